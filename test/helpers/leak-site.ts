import { formatCsv } from '../../src/lib/csv';
import type { ProtectedTable } from '../../src/lib/privacy/protected-table';
import type { SiteContext, SiteFile } from '../../src/lib/privacy/read-site';
import { ukpTableSources } from '../../src/lib/privacy/ukp-table';
import { buildCheckerTable } from '../../src/lib/privacy/withheld';
import type { UkpRow } from '../../src/lib/schema';
import { MUNICIPALITIES } from './privacy';

// Files shaped like a built site's, written from a protected table: what the leak checker reads.

/** Returns the leak checker's table of UKP rows over the test municipalities (threshold 4), with payable days (3 free days) when given. */
export function checkerTableOf(rows: UkpRow[], payableDays?: Map<string, number>): ProtectedTable {
	return buildCheckerTable(
		ukpTableSources({
			municipalities: MUNICIPALITIES,
			ukp: rows,
			shortTerm: [],
			payableDays: payableDays && { freeDays: 3, byMonth: payableDays },
		}),
		4,
	);
}

/** Returns what the checker knows besides the files: populations of 1 000 (67+) and 300 (80+) per municipality, 3 free days, Halland pays all days. */
export function contextOf(table: ProtectedTable): SiteContext {
	const populations = new Map(MUNICIPALITIES.map((m) => [m.code, { p67: 1000, p80: 300 }]));
	return { table, populations, rules: { freeDays: 3, liablePays: 'all_days' } };
}

/** Returns the sum of a column of a group over an area and period, or `null` for a node without data. */
export function sumOf(
	table: ProtectedTable,
	column: string,
	area: string,
	period: string,
	group = 'ukp',
): number | null {
	const g = table.groups.find((x) => x.spec.id === group)!;
	const node = g.areaIndex.get(area)! * table.periods.length + table.periodIndex.get(period)!;
	return g.exists[node]
		? g.values[node * g.measures.length + g.spec.columns.indexOf(column)]
		: null;
}

/**
 * Returns `sammenligning/maanedssnitt.csv` as the site writes it (KPI layout: mean over all stays =
 * days / stays) for every area of the stays group and every month and year; an `area|period` in
 * `hidden` is empty with suppressed = true.
 */
export function meanCsv(table: ProtectedTable, hidden: ReadonlySet<string>): SiteFile {
	const areas = table.groups.find((g) => g.spec.id === 'ukp')!.areas;
	const periods = table.periods.filter((p) => p.kind !== 'rolling12');
	const rows = areas.flatMap((a) =>
		periods.map(({ id: period }) => {
			const [days, stays] = [
				sumOf(table, 'ukp_days', a.id, period),
				sumOf(table, 'ukp_stays', a.id, period),
			];
			const off = hidden.has(`${a.id}|${period}`);
			return {
				kpi: 'mean_all_stays',
				area: a.id,
				name: a.name,
				period,
				value: off || !stays ? null : days! / stays,
				numerator: off ? null : days,
				denominator: off ? null : stays,
				suppressed: off,
			};
		}),
	);
	return {
		path: 'sammenligning/maanedssnitt.csv',
		text: formatCsv(
			['kpi', 'area', 'name', 'period', 'value', 'numerator', 'denominator', 'suppressed'],
			rows,
			4,
		),
	};
}

/** A row of a KPI download. */
export interface KpiCsvRow {
	kpi: string;
	area: string;
	period: string;
	numerator: number | null;
	denominator: number | null;
}

/** Returns a KPI download (`kpi/<kpi>/omrader.csv`) with the value as numerator / denominator (or the numerator for a count). */
export function kpiCsv(kpi: string, rows: KpiCsvRow[]): SiteFile {
	const full = rows.map((r) => ({
		...r,
		area_name: r.area,
		value: r.denominator === null ? r.numerator : r.numerator! / r.denominator,
		suppressed: false,
	}));
	return {
		path: `kpi/${kpi}/omrader.csv`,
		text: formatCsv(
			['kpi', 'area', 'area_name', 'period', 'value', 'numerator', 'denominator', 'suppressed'],
			full,
		),
	};
}

/** The columns of `betalingsmodeller.csv`, as its route writes them. */
const PAYMENT_COLUMNS = [
	'municipality',
	'month',
	'ukp_stays',
	'ukp_days',
	'rate_nok',
	'rate_year',
	'norway_nok',
	'sweden_days',
	'sweden_nok',
	'sweden_basis',
	'mean_all_stays',
	'benchmark_days',
	'halland_liable',
	'halland_nok',
	'suppressed',
];

/** Returns `betalingsmodeller.csv` with the given rows (missing cells empty). */
export function paymentCsv(rows: Record<string, string | number | boolean | null>[]): SiteFile {
	return { path: 'sammenligning/betalingsmodeller.csv', text: formatCsv(PAYMENT_COLUMNS, rows, 2) };
}

/** Returns the calculator's data file, as the payment page's calculator fetches it. */
export function calculatorFile(data: object): SiteFile {
	return { path: 'sammenligning/betalingsmodeller/kalkulator.json', text: JSON.stringify(data) };
}

/** Returns a page with the calculator's data embedded in it (as the payment page once did). */
export function calculatorPage(data: object): SiteFile {
	return {
		path: 'sammenligning/betalingsmodeller/index.html',
		text: `<html><body><script type="application/json" data-calc-data>${JSON.stringify(data)}</script></body></html>`,
	};
}
