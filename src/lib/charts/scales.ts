import { extent, max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { monthIndex, type Month } from '../dates';

/** Returns an x scale over month positions, and the January positions to tick years at. */
export function monthScale(months: Month[], range: [number, number]) {
	const [lo, hi] = extent(months.map(monthIndex)) as [number, number];
	const x = scaleLinear()
		.domain([lo, Math.max(hi, lo + 1)])
		.range(range);
	const years = months.filter((m) => m.endsWith('-01'));
	return { x: (m: Month) => x(monthIndex(m)), yearTicks: years };
}

/**
 * Returns a y scale for values: from 0 for counts and days; for shares a band around the data
 * (shares of 80–95 % would be a flat line on 0–100 %), which the axis labels make plain.
 */
export function valueScale(values: (number | null)[], range: [number, number], fromZero: boolean) {
	const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
	const hi = max(present) ?? 1;
	const lo = fromZero
		? 0
		: Math.max(0, (min(present) ?? 0) - (hi - (min(present) ?? 0)) * 0.25 - 0.01);
	return scaleLinear()
		.domain([lo, hi + (hi - lo) * 0.08 || 1])
		.range(range)
		.nice(5);
}

/**
 * Returns every k-th of the year ticks, with k the smallest that keeps them `minGap` px apart, so
 * twenty years on a small chart do not print over each other; all of them when they fit.
 */
export function spacedYears(yearTicks: Month[], x: (m: Month) => number, minGap: number): Month[] {
	if (yearTicks.length < 2) return yearTicks;
	const step = Math.ceil(minGap / (x(yearTicks[1]) - x(yearTicks[0])));
	return yearTicks.filter((_, i) => i % step === 0);
}

/** The y scale of a chart: a position for a value, and the values to tick at. */
export type ValueScale = ReturnType<typeof valueScale>;

/** Returns a coordinate rounded to 0.1 px: finer is invisible and only makes the markup longer. */
export function round1(n: number): number {
	return Math.round(n * 10) / 10;
}
