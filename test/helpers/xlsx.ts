import XLSX from 'xlsx';
import type { CellValue, DownloadColumn, DownloadTable } from '../../src/lib/downloads/table';
import { ABOUT_SHEET, TABLE_SHEET } from '../../src/downloads/xlsx';
import { parseCsv } from '../../src/lib/csv';

// Reads a workbook back with SheetJS, not the code that wrote it (src/downloads/spreadsheet-ml.ts),
// so the tests see what a spreadsheet program sees. What SheetJS's community edition does
// not parse (bold fonts, frozen panes) is read from the raw sheet and style parts it hands over.

export interface ReadCell {
	/** SheetJS's type: n number, s text, b boolean, z stub (styled but empty). */
	t: string;
	v?: number | string | boolean;
	/** The number format. */
	z?: string;
	/** The formula, when the cell has one. */
	f?: string;
}

export interface ReadWorkbook {
	sheetNames: string[];
	/** Returns the cell at a 0-based row and column of a sheet, or undefined when there is none. */
	cell(sheet: string, row: number, column: number): ReadCell | undefined;
	/** Returns every row of a sheet as values (empty cells as null). */
	values(sheet: string): (number | string | boolean | null)[][];
	/**
	 * Returns the widths in characters of the first `count` columns of a sheet part
	 * (`xl/worksheets/sheet1.xml`), from its `<col>` ranges; a column without one has the default
	 * width (Excel's 8.43, which writers leave out).
	 */
	widths(sheetPart: string, count: number): number[];
	/** Returns the heights in points of the rows of a sheet part that set one, by 1-based row number. */
	heights(sheetPart: string): Record<number, number>;
	/** Returns the text of a part of the zip (`xl/worksheets/sheet1.xml`). */
	part(path: string): string;
	/** Returns true when the cell (A1 style) of the sheet part uses a bold font. */
	isBold(sheetPart: string, ref: string): boolean;
	props: XLSX.FullProperties;
}

/** Returns a workbook read from .xlsx bytes with SheetJS (numbers as numbers, dates as serials, formats kept). */
export function readWorkbook(bytes: Uint8Array): ReadWorkbook {
	const book = XLSX.read(bytes, {
		type: 'array',
		cellNF: true,
		cellStyles: true,
		cellDates: false,
		bookFiles: true,
	});
	const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
	const part = (path: string) => new TextDecoder().decode(files[path].content);
	const sheet = (name: string) => book.Sheets[name];
	return {
		sheetNames: book.SheetNames,
		cell: (name, row, column) =>
			sheet(name)[XLSX.utils.encode_cell({ r: row, c: column })] as ReadCell | undefined,
		values: (name) =>
			XLSX.utils.sheet_to_json(sheet(name), {
				header: 1,
				raw: true,
				defval: null,
				blankrows: true,
			}),
		widths: (sheetPart, count) =>
			Array.from({ length: count }, (_, i) => widths(part(sheetPart))[i] ?? DEFAULT_WIDTH),
		heights: (sheetPart) =>
			Object.fromEntries(
				[...part(sheetPart).matchAll(/<row r="(\d+)"[^>]*\bht="([\d.]+)"/g)].map((m) => [
					Number(m[1]),
					Number(m[2]),
				]),
			),
		part,
		isBold: (sheetPart, ref) => isBold(part(sheetPart), part('xl/styles.xml'), ref),
		props: book.Props ?? {},
	};
}

/** Returns the rows frozen at the top of a sheet part (its pane's ySplit), 0 when none. */
export function frozenRows(sheetXml: string): number {
	const pane = /<pane\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
	return /state="frozen"/.test(pane) ? Number(/ySplit="(\d+)"/.exec(pane)?.[1] ?? 0) : 0;
}

const DEFAULT_WIDTH = 8.43;

function widths(sheetXml: string): number[] {
	const out: number[] = [];
	for (const [col] of sheetXml.matchAll(/<col\b[^>]*\/>/g)) {
		const [min, max, width] = ['min', 'max', 'width'].map((a) =>
			Number(new RegExp(`${a}="([\\d.]+)"`).exec(col)?.[1]),
		);
		for (let i = min; i <= max; i++) out[i - 1] = width;
	}
	return out;
}

function isBold(sheetXml: string, stylesXml: string, ref: string): boolean {
	const style = Number(new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(sheetXml)?.[1] ?? 0);
	const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
	const xf = xfs.match(/<xf\b[^>]*\/?>/g)?.[style] ?? '';
	const fontId = Number(/fontId="(\d+)"/.exec(xf)?.[1] ?? 0);
	const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml)?.[1] ?? '';
	const font = fonts.match(/<font>[\s\S]*?<\/font>|<font\/>/g)?.[fontId] ?? '';
	return /<b\/>|<b val="1"\/>/.test(font);
}

/** The display format a reader must find for each kind, written out here rather than taken from the code. */
const FORMATS: Record<DownloadColumn['kind'], (c: DownloadColumn) => string | undefined> = {
	text: () => undefined,
	boolean: () => undefined,
	integer: () => '#,##0',
	decimal: (c) => (c.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(c.decimals ?? 1)}`),
	share: (c) => (c.decimals === 0 ? '0\\ %' : `0.${'0'.repeat(c.decimals ?? 1)}\\ %`),
	month: () => '[$-414]mmm\\ yyyy',
	date: () => 'dd.mm.yyyy',
	year: () => '0',
};

/** Returns the value a spreadsheet holds for a table cell: numbers as numbers, dates as serials, ja/nei, labels. */
function expectedValue(column: DownloadColumn, value: CellValue): number | string | null {
	if (value === null) return null;
	const serial = (iso: string) =>
		(Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
	if (column.kind === 'month') return serial(`${value}-01`);
	if (column.kind === 'date') return serial(String(value));
	if (column.kind === 'year') return Number(value);
	if (column.kind === 'boolean') return value ? 'ja' : 'nei';
	if (column.kind === 'text') return column.labels?.[String(value)] ?? String(value);
	return value as number;
}

/** Compares every cell of the table sheet with the table it was written from; returns the mismatches. */
export function compareTableSheet(book: ReadWorkbook, table: DownloadTable): string[] {
	const problems: string[] = [];
	table.columns.forEach((column, c) => {
		const head = book.cell(TABLE_SHEET, 0, c);
		if (head?.v !== column.heading) problems.push(`heading ${c}: ${head?.v} ≠ ${column.heading}`);
		table.rows.forEach((row, r) => {
			const cell = book.cell(TABLE_SHEET, r + 1, c);
			const hidden = row.hidden?.includes(column.id) ?? false;
			const want = hidden ? 'skjult' : expectedValue(column, row.values[column.id] ?? null);
			const got = cell === undefined || cell.t === 'z' ? null : cell.v;
			if (got !== want)
				problems.push(
					`row ${r + 1} ${column.id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`,
				);
			if (typeof want === 'number' && cell?.t !== 'n')
				problems.push(`row ${r + 1} ${column.id}: stored as ${cell?.t}, not a number`);
			const format = FORMATS[column.kind](column);
			if (want !== null && !hidden && format && cell?.z !== format)
				problems.push(`row ${r + 1} ${column.id}: format ${cell?.z} ≠ ${format}`);
		});
	});
	return problems;
}

/** Returns the days from the spreadsheet epoch (1899-12-30) to a `YYYY-MM-DD` date. */
function serialOf(iso: string): number {
	return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Returns the column ids the "Om tallene" sheet lists, in order (its lines `Heading: csv_id` after "Kolonner (CSV-navn)"), with their headings. */
export function aboutColumns(book: ReadWorkbook): { heading: string; id: string }[] {
	const rows = book.values(ABOUT_SHEET);
	const first = rows.findIndex((r) => r[0] === 'Kolonner (CSV-navn)');
	if (first < 0) return [];
	return rows.slice(first).map((r) => {
		const text = String(r[1]);
		const at = text.lastIndexOf(': ');
		return { heading: text.slice(0, at), id: text.slice(at + 2) };
	});
}

/**
 * Compares the table sheet of a workbook, cell by cell, with the CSV of the same table, knowing
 * nothing of the table but what the two files say; returns the mismatches. A non-empty CSV cell
 * must hold the same value in the workbook: a number within the CSV's rounding, a month or date
 * as its spreadsheet serial, a year as a number, true/false as ja/nei, text as written (without the
 * CSV's formula-guarding apostrophe), or, for an id (`green`, `astronomical;shift`), a label that stands for the same id
 * all through the column.
 * An empty CSV cell must be empty, or "skjult" in a row whose `suppressed` is true. No cell is a formula.
 */
export function compareWithCsv(book: ReadWorkbook, csv: string): string[] {
	const header = csv.slice(0, csv.indexOf('\n')).split(',');
	const records = parseCsv(csv, 'csv', header).records.map((r) => r.cells);
	const problems: string[] = [];
	const about = aboutColumns(book);
	if (about.map((c) => c.id).join(',') !== header.join(','))
		problems.push(
			`"Om tallene" lists ${about.map((c) => c.id).join(',')}, the CSV has ${header.join(',')}`,
		);
	header.forEach((id, c) => {
		if (book.cell(TABLE_SHEET, 0, c)?.v !== about[c]?.heading)
			problems.push(`heading ${c}: ${book.cell(TABLE_SHEET, 0, c)?.v} ≠ ${about[c]?.heading}`);
		const labels = new Map<string, string>();
		records.forEach((cells, r) => {
			const cell = book.cell(TABLE_SHEET, r + 1, c);
			const got = cell === undefined || cell.t === 'z' ? null : (cell.v ?? null);
			if (cell?.f !== undefined) problems.push(`row ${r + 1} ${id}: a formula`);
			const problem = cellProblem(cells[id], got, cells.suppressed === 'true', labels);
			if (problem) problems.push(`row ${r + 1} ${id}: ${problem}`);
		});
		const ids = [...labels.keys()];
		if (new Set(labels.values()).size !== ids.length)
			problems.push(
				`${id}: two ids share a label (${ids.map((k) => `${k} → ${labels.get(k)}`).join(', ')})`,
			);
	});
	const extra = book.values(TABLE_SHEET)[records.length + 1];
	if (extra && extra.some((v) => v !== null))
		problems.push(`row ${records.length + 1} follows the last CSV row without a blank row between`);
	return problems;
}

function cellProblem(
	text: string,
	got: number | string | boolean | null,
	suppressed: boolean,
	labels: Map<string, string>,
): string | null {
	const shown = JSON.stringify(got);
	if (text === '')
		return got === null || (got === 'skjult' && suppressed)
			? null
			: `${shown} where the CSV is empty${suppressed ? '' : ' and the row is not suppressed'}`;
	if (text === 'true' || text === 'false')
		return got === (text === 'true' ? 'ja' : 'nei') ? null : `${shown} for ${text}`;
	if (typeof got === 'number') {
		const expected = /^\d{4}-\d{2}$/.test(text)
			? serialOf(`${text}-01`)
			: /^\d{4}-\d{2}-\d{2}$/.test(text)
				? serialOf(text)
				: Number(text);
		const decimals = /e/i.test(text) ? 12 : (text.split('.')[1] ?? '').length;
		return Math.abs(got - expected) <= 0.5 * 10 ** -decimals + 1e-9 ? null : `${got} ≠ ${text}`;
	}
	const plain = /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
	if (got === plain) return null;
	// Only an id (lower-case letters, digits, `_` and `-`: `green`, `ukp_days`; ids joined by `;`) may be shown as a label.
	if (
		typeof got !== 'string' ||
		got === '' ||
		!/^[a-z][a-z0-9_-]*(;[a-z][a-z0-9_-]*)*$/.test(plain)
	)
		return `${shown} ≠ ${JSON.stringify(text)}`;
	// A label for an id (`green` → `Ingen avvik`): the same id must always get the same label.
	if (!labels.has(plain)) labels.set(plain, got);
	return labels.get(plain) === got
		? null
		: `${shown} ≠ ${JSON.stringify(labels.get(plain))}, the label ${JSON.stringify(plain)} had before`;
}
