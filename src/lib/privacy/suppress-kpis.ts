import { mapResults } from '../kpi/results';
import type { KpiId, KpiRecord, KpiResults } from '../kpi/types';
import type { OutputId } from './ukp-table';

/** Says whether an output may show a value for an area and period (see `outputShown`). */
export type OutputShown = (output: OutputId, area: string, period: string) => boolean;

export interface SuppressionOptions {
	/** What the protected table lets a public output show. */
	shown: OutputShown;
	/** The small-count threshold in force, for the footnotes. */
	threshold: number;
	/** The targets' baseline year: an area whose baseline-year value is hidden has no published baseline. */
	baselineYear: string;
}

/** Returns true for a count that a public output must not show: 1 up to and including `threshold`. */
export function isSmallCount(count: number | null | undefined, threshold: number): boolean {
	return count !== null && count !== undefined && count >= 1 && count <= threshold;
}

/**
 * Returns results fit for a public output: a record whose counts the protected table hides (see
 * `protectTable`) loses its value, counts, achievement, level and forecast; an area whose
 * baseline-year value is hidden loses its baseline, expected value, achievement and level too,
 * since those would give the baseline away.
 */
export function suppressKpiResults(
	results: KpiResults,
	{ shown, threshold, baselineYear }: SuppressionOptions,
): KpiResults {
	const series = results.seriesKeys();
	const isShown = (kpi: KpiId, area: string, period: string) => shown(kpi, area, period);
	return mapResults(
		results,
		series,
		(r): KpiRecord => {
			if (!isShown(r.kpi, r.area, r.period)) return withheld(r);
			if (r.baseline !== null && !isShown(r.kpi, r.area, baselineYear))
				return { ...r, baseline: null, expected: null, achievement: null, level: null };
			return r;
		},
		{ suppressionThreshold: threshold },
	);
}

function withheld(r: KpiRecord): KpiRecord {
	return {
		...r,
		value: null,
		numerator: null,
		denominator: null,
		achievement: null,
		level: null,
		forecast: null,
		baseline: null,
		expected: null,
		suppressed: true,
	};
}
