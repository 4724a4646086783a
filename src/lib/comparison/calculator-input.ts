import type { Area } from '../areas';
import type { PublishedPayments } from './published-payments';

/** The path of the calculator's data, which the payment page's calculator fetches (kept out of the page, which stays light). */
export const CALCULATOR_DATA_PATH = '/sammenligning/betalingsmodeller/kalkulator.json';

/** Returns the years the payment page's area table and calculator cover: the last four (every year is in the CSV files). */
export function recentPaymentYears(years: readonly string[]): string[] {
	return years.slice(-4);
}

/**
 * What the browser calculator gets, in short keys and lists (a file it fetches): only the
 * municipality-months the page shows, so its totals equal the page's tables at the default settings.
 */
export interface CalculatorData {
	/** The first month (`YYYY-MM`): index k of every per-month list is k months later. */
	f: string;
	/** Years: index j of every per-year list, and the result columns. */
	y: string[];
	/** Areas: name, indices of the member municipalities, indices of the years whose total is hidden. */
	a: [string, number[], number[]][];
	/**
	 * Per municipality: its shown months with data as flat triples (month index, UKP stays, UKP days).
	 * Hidden months and months without data are left out (stays may be `null` when only the days exist).
	 */
	v: (number | null)[][];
	/** Per municipality: the Swedish rule's payable days per year over the shown months; `null` without any. */
	w: (number | null)[][];
}

/** Returns the calculator's data from the payments as the page shows them. */
export function computeCalculatorData(
	published: PublishedPayments,
	areas: Area[],
	months: string[],
	years: string[],
): CalculatorData {
	const municipalities = areas.filter((a) => a.kind === 'municipality').map((a) => a.id);
	const position = new Map(municipalities.map((code, i) => [code, i]));
	const monthAt = new Map(months.map((m, i) => [m, i]));
	const yearAt = new Map(years.map((y, j) => [y, j]));
	const v = municipalities.map((): (number | null)[] => []);
	const w = municipalities.map(() => years.map((): number | null => null));
	for (const r of published.months) {
		const i = position.get(r.municipality);
		const k = monthAt.get(r.month);
		const j = yearAt.get(r.year);
		if (i === undefined || k === undefined || j === undefined || r.suppressed || r.days === null)
			continue;
		v[i].push(k, r.stays, r.days);
		if (r.swedenDays !== null) w[i][j] = (w[i][j] ?? 0) + r.swedenDays;
	}
	const a = areas.map((area): [string, number[], number[]] => [
		area.label,
		area.members.map((code) => position.get(code)!),
		years.flatMap((y, j) => (published.totalOf(area.id, y)?.suppressed ? [j] : [])),
	]);
	return {
		f: months[0] ?? '',
		y: years,
		a,
		v,
		w: w.map((row) => row.map((v) => (v === null ? null : Math.round(v * 100) / 100))),
	};
}
