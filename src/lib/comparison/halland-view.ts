import { monthRange, type Month } from '../dates';
import type { Benchmark } from './payment-settings';
import type { Series } from './series';

/** One month of the Halland chart. */
export interface HallandMonth {
	month: Month;
	halland: number | null;
	riket: number | null;
	/** The benchmark in force that month, `null` outside every benchmark period. */
	benchmark: number | null;
	/** True above the benchmark in force, `null` without a value or benchmark. */
	above: boolean | null;
	/** Why Halland's value is missing (the note in Region Halland's presentation), if it is. */
	note: string | null;
}

/**
 * Returns Halland's monthly series beside riket, month by month over both series' range, with the
 * benchmark in force and whether Halland's value is above it (strictly, as in the agreement). A
 * month without a point, or with `null`, has no value and keeps its note.
 */
export function computeHallandMonths(
	halland: Series,
	riket: Series,
	benchmarks: Benchmark[],
): HallandMonth[] {
	const monthly = (s: Series) =>
		new Map(s.points.filter((p) => /^\d{4}-\d{2}$/.test(p.period)).map((p) => [p.period, p]));
	const h = monthly(halland);
	const r = monthly(riket);
	const months = [...h.keys(), ...r.keys()].sort();
	if (months.length === 0) return [];
	return monthRange(months[0], months[months.length - 1]).map((month) => {
		const value = h.get(month)?.value ?? null;
		const benchmark = benchmarks.find((b) => b.from <= month && month <= b.to)?.days ?? null;
		return {
			month,
			halland: value,
			riket: r.get(month)?.value ?? null,
			benchmark,
			above: value === null || benchmark === null ? null : value > benchmark,
			note: value === null ? (h.get(month)?.note ?? 'Ingen verdi for måneden.') : null,
		};
	});
}
