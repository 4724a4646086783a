import type { Benchmark } from './payment-settings';
import type { Series, SeriesPoint } from './series';

/** A rate per UKP day for one year, and which year's rate it really is. */
export interface YearRate {
	rate: number | null;
	/** The year whose rate was used: the same year, or the last known year before it. */
	rateYear: string | null;
	/** True when the year had no rate of its own and the last known one was used. */
	carried: boolean;
	/** The point the rate comes from (its own source and confidence, if it has them); `null` without a rate. */
	point: SeriesPoint | null;
}

/**
 * Returns the rate of a year from a rate series with yearly points (`2024: 5745`): the year's own
 * rate, or for a later year the last known one (`carried`); `null` before the first known year.
 */
export function computeRateForYear(series: Pick<Series, 'points'>, year: string): YearRate {
	const known = series.points
		.filter((p) => /^\d{4}$/.test(p.period) && p.value !== null)
		.sort((a, b) => a.period.localeCompare(b.period));
	const own = known.find((p) => p.period === year);
	if (own) return { rate: own.value, rateYear: year, carried: false, point: own };
	const before = known.filter((p) => p.period < year).pop();
	if (!before) return { rate: null, rateYear: null, carried: false, point: null };
	return { rate: before.value, rateYear: before.period, carried: true, point: before };
}

/** Returns the benchmark in force in a month under Halland's agreement, or `null` when none applies. */
export function findBenchmark(benchmarks: Benchmark[], month: string): Benchmark | null {
	return benchmarks.find((b) => b.from <= month && month <= b.to) ?? null;
}
