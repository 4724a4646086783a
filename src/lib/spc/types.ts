import type { Month } from '../dates';
import type { KpiId } from '../kpi/definitions';

// The shapes of DOMAIN.md "Variation: signal or noise (SPC)". Field names are the export's, so a
// point or series serialises as the contract fixes it; extra fields come after the contract's.

/** The special-cause rules, in the order that decides the latest point's variation. */
export const SPC_RULES = ['astronomical', 'trend', 'two_of_three', 'shift'] as const;
export type SpcRule = (typeof SPC_RULES)[number];

/** `none`: no limits; `common`: no rule; else a special cause on the better or the worse side. */
export type Variation = 'none' | 'common' | 'improvement' | 'concern';

/** `pass`: the target lies beyond the limits on the good side; `fail`: on the bad side; `none`: no limits or no target. */
export type Assurance = 'none' | 'pass' | 'fail' | 'hit_or_miss';

/** Which way a KPI is better. */
export type Direction = 'lower' | 'higher';

/** One series to chart: a KPI in an area, its monthly values as the KPI export gives them. */
export interface SpcSeriesInput {
	kpi: KpiId;
	area: string;
	direction: Direction;
	/** The target on a monthly scale (`ukp_days`: yearly ÷ 12), or `null` when the series has none. */
	target: number | null;
	/** Months in any order; a `null` value is a month without data and is left out. */
	values: { month: Month; value: number | null }[];
}

/** Centre line and process limits of one segment. */
export interface SpcLimits {
	mean: number;
	/** Mean moving range between consecutive points of the segment. */
	mrBar: number;
	lpl: number;
	upl: number;
}

/** One plotted point: a month with a value. */
export interface SpcPoint {
	kpi: KpiId;
	area: string;
	month: Month;
	value: number;
	/** The segment the point belongs to, counted from 0 over the series' non-empty segments. */
	segment: number;
	/** `null` (like `lpl`, `upl`) in a segment with fewer than `min_points` points. */
	mean: number | null;
	lpl: number | null;
	upl: number | null;
	/** Rules the point is flagged by, in {@link SPC_RULES} order; empty without limits. */
	rules: SpcRule[];
}

/** One segment of a series, for charts and the rebase log. */
export interface SpcSegment {
	segment: number;
	/** First and last month with a value in the segment. */
	from: Month;
	to: Month;
	points: number;
	mean: number | null;
	lpl: number | null;
	upl: number | null;
	/** The reason of the rebase that starts the segment; `null` for the first segment. */
	reason: string | null;
}

/** The verdict on one series. */
export interface SpcSeries {
	kpi: KpiId;
	area: string;
	/** Of the latest point. */
	variation: Variation;
	/** Of the latest segment that has limits, against `target`. */
	assurance: Assurance;
	direction: Direction;
	target: number | null;
	/** The latest month with a value, `null` for an empty series. */
	latest: Month | null;
	segments: SpcSegment[];
}

export interface SpcResult {
	points: SpcPoint[];
	series: SpcSeries[];
}
