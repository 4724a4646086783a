import { formatCsv } from '../csv';
import { isIsoDate, isMonth, type IsoDate } from '../dates';

// One description of a download table, from which both files are made: the CSV for programs
// (contract ids, RFC 4180, as before) and the Excel workbook for people (Norwegian headings,
// display formats, "skjult" cells, an "Om tallene" sheet). Pages, the workbook writer and the
// open-data catalogue all read the same object, so they cannot drift apart.

/** A cell value: `null` is an empty cell (no value: missing data or a zero denominator), never 0. */
export type CellValue = string | number | boolean | null;

/**
 * How a column is typed and shown: `text` as written; `integer` and `decimal` as numbers with
 * thousands separators; `share` a fraction shown as a percentage; `month` (`YYYY-MM`) and `date`
 * (`YYYY-MM-DD`) as real dates; `year` as a number without separators; `boolean` as ja/nei.
 */
export type ColumnKind =
	'text' | 'integer' | 'decimal' | 'share' | 'month' | 'date' | 'year' | 'boolean';

export interface DownloadColumn {
	/** The data contract id, which is the CSV header (`ukp_days`). */
	id: string;
	/** The Norwegian heading with its unit, as the workbook shows it (`UKP-døgn`, `Andel (%)`). */
	heading: string;
	kind: ColumnKind;
	/** Decimals the workbook shows: `decimal` (default 1) and `share` (of the percentage, default 1). */
	decimals?: number;
	/** Norwegian labels the workbook shows instead of text ids (`red` → `Kritiske avvik …`); the CSV keeps ids. */
	labels?: Readonly<Record<string, string>>;
}

export interface DownloadRow {
	/** The row's values by contract id; a missing key is an empty cell. */
	values: Readonly<Record<string, CellValue>>;
	/** Contract ids of the cells hidden for privacy: never written, whatever `values` holds. */
	hidden?: readonly string[];
}

/** A period as calendar dates, both included (DCAT's startDate and endDate). */
export interface DownloadPeriod {
	start: IsoDate;
	end: IsoDate;
}

/** The small-count rule in force in this output (DOMAIN.md "Privacy"). */
export interface DownloadSuppression {
	/** Counts from 1 up to and including this are hidden. */
	threshold: number;
	/** The note under the table that explains a "skjult" cell. */
	footnote: string;
}

/** What a table is, without its rows: enough for the catalogue and the "Om tallene" sheet. */
export interface DownloadMeta {
	/** Site path of the download without extension and leading slash (`kpi/ukp_days/maaned`). */
	file: string;
	title: string;
	/** What the table holds, in a sentence or two. */
	description: string;
	/** How the numbers are computed, when the table has a formula. */
	definition?: string;
	/** Where the numbers come from. */
	source: string;
	/** The period the rows cover, or `null` when they have no time axis. */
	period: DownloadPeriod | null;
	/** The date of the data (the extract's `as_of`). */
	asOf: IsoDate;
	/** True for synthetic demo data: every output then says so. */
	synthetic: boolean;
	/** The small-count rule in force, or `null` when nothing is hidden (a table without patient counts, or a partner output). */
	suppression: DownloadSuppression | null;
	/** True for a partner output with every number shown: not for publication, and every file says so. */
	restricted?: boolean;
	/** Search words for the catalogue, besides the catalogue's own. */
	keywords?: readonly string[];
	/** Site path of the page that shows the table (`/kpi/ukp_days/`). */
	page?: string;
	/**
	 * The countries the rows cover, for the catalogue's `dct:spatial`, when they are not (only) the
	 * catalogue's own area: `['SE']` for a Swedish series, `['NO', 'SE', 'DK']` for a comparison.
	 */
	countries?: readonly Country[];
}

/** A country of the data: Norway, Sweden or Denmark (as comparison series name them). */
export type Country = 'NO' | 'SE' | 'DK';

export interface DownloadTable extends DownloadMeta {
	columns: readonly DownloadColumn[];
	rows: readonly DownloadRow[];
	/** Decimals of numbers in the CSV (formatCsv's `decimals`); all of them when not given. */
	csvDecimals?: number;
}

/**
 * Returns the table as the site's CSV: contract ids as headers, UTF-8, comma, RFC 4180 quoting,
 * exactly what `formatCsv` writes for the same columns and values. Hidden cells are empty.
 */
export function formatDownloadCsv(table: DownloadTable): string {
	const ids = table.columns.map((c) => c.id);
	return formatCsv(ids, table.rows.map(publishedValues), table.csvDecimals);
}

/** Returns a row's values with its hidden cells emptied (`null`), so nothing hidden is ever written. */
export function publishedValues(row: DownloadRow): Record<string, CellValue> {
	const values: Record<string, CellValue> = { ...row.values };
	for (const id of row.hidden ?? []) values[id] = null;
	return values;
}

/**
 * Returns download rows from plain records (one per row, keyed by contract id), hiding in each
 * the columns `hiddenOf(record)` names (none when not given).
 */
export function rowsFromRecords<R extends Record<string, CellValue>>(
	records: readonly R[],
	hiddenOf?: (record: R) => readonly string[],
): DownloadRow[] {
	return records.map((values) => {
		const hidden = hiddenOf?.(values) ?? [];
		return hidden.length > 0 ? { values, hidden } : { values };
	});
}

/**
 * Returns the problems of a table, one line each (`row 3: ukp_days: "x" must be a number`):
 * duplicate column ids, hidden ids that are not columns, hidden cells without a suppression rule,
 * values of the wrong type, and a period that ends before it starts. Empty when the table is sound.
 */
export function checkDownloadTable(table: DownloadTable): string[] {
	const problems: string[] = [];
	const ids = table.columns.map((c) => c.id);
	ids.forEach((id, i) => ids.indexOf(id) !== i && problems.push(`column ${id} appears twice`));
	if (
		table.period &&
		!(
			isIsoDate(table.period.start) &&
			isIsoDate(table.period.end) &&
			table.period.start <= table.period.end
		)
	) {
		problems.push(
			`period ${table.period.start}–${table.period.end} must be two dates, the first not after the second`,
		);
	}
	if (table.suppression === null && table.rows.some((row) => (row.hidden ?? []).length > 0))
		problems.push('cells are hidden, but no suppression rule is given');
	table.rows.forEach((row, r) => {
		for (const id of row.hidden ?? [])
			if (!ids.includes(id)) problems.push(`row ${r + 1}: ${id}: hidden, but not a column`);
		for (const column of table.columns) {
			const rule = kindRule(column.kind, row.values[column.id] ?? null);
			if (rule)
				problems.push(
					`row ${r + 1}: ${column.id}: ${JSON.stringify(row.values[column.id])} ${rule}`,
				);
		}
	});
	return problems;
}

// The rule a value breaks for its column kind, or null when it fits; null (empty) fits every kind.
function kindRule(kind: ColumnKind, value: CellValue): string | null {
	if (value === null) return null;
	switch (kind) {
		case 'text':
			return typeof value === 'string' ? null : 'must be text';
		case 'integer':
			return Number.isInteger(value) ? null : 'must be a whole number';
		case 'decimal':
		case 'share':
			return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
		case 'year':
			return /^\d{4}$/.test(String(value)) ? null : 'must be a year (YYYY)';
		case 'month':
			return typeof value === 'string' && isMonth(value) ? null : 'must be a month (YYYY-MM)';
		case 'date':
			return typeof value === 'string' && isIsoDate(value) ? null : 'must be a date (YYYY-MM-DD)';
		case 'boolean':
			return typeof value === 'boolean' ? null : 'must be true or false';
	}
}
