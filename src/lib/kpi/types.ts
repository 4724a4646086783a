import type { Area } from '../areas';
import type { Month } from '../dates';
import type { SeasonalProfile } from './seasonal-profile';

/** The three levels of the Leseveiledning, for KPIs and measures alike. */
export type Level = 'green' | 'yellow' | 'red';

/** The six KPI ids, in the order ASU numbered them. */
export const KPI_IDS = [
	'ukp_days',
	'zero_day_share',
	'mean_ukp_days',
	'direct_home_share',
	'readmission_share',
	'short_term_los',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** count: Σ numerator; share and mean: Σ numerator / Σ denominator (ratio of sums). */
export type KpiKind = 'count' | 'share' | 'mean';

/** Where a KPI's numbers come from: `ukp_monthly.csv` or `short_term_monthly.csv`. */
export type KpiSource = 'ukp' | 'short_term';

/** The sums of the count columns a KPI needs (contract column ids) over the rows and months being measured. */
export type ColumnSum = Readonly<Record<string, number>>;

/** One KPI: its formula over the rollup's sums, and the plain Norwegian words for it. */
export interface KpiDefinition {
	id: KpiId;
	source: KpiSource;
	kind: KpiKind;
	/**
	 * The count columns a row must have for it to count: numerator and denominator are summed over
	 * the same rows, so a missing cell never counts as 0 and both cover the same stays.
	 */
	needs: readonly string[];
	/** Returns the numerator from the sums of the needed columns. */
	numerator(sum: ColumnSum): number;
	/** Returns the denominator from the sums of the needed columns; absent for counts. */
	denominator?(sum: ColumnSum): number;
	/** The formula in plain Norwegian, shown on the KPI page. */
	formula: string;
}

export type PeriodType = 'month' | 'year' | 'rolling12';

/** One KPI value for one area and period, with what it is measured against. */
export interface KpiRecord {
	kpi: KpiId;
	/** `all`, a municipality code, `cluster:<name>`, or (short-term) a unit id. */
	area: string;
	/** `2024-05` (month), `2024` (calendar year, to date for the running year) or `2025-11/2026-10` (rolling 12 months, area `all` only). */
	period: string;
	periodType: PeriodType;
	/** Σ numerator / Σ denominator (a count for `ukp_days`); `null` without data or with a zero denominator. */
	value: number | null;
	numerator: number | null;
	/** `null` for counts. */
	denominator: number | null;
	/** Months of the period that had data. */
	monthsWithData: number;
	/** Months of the period inside the data's range (fewer than 12 for the running year). */
	monthsInPeriod: number;
	/** False when a month of the period lacks data from some of the area's municipalities (or units): sums are then partial. */
	complete: boolean;
	/** The readmission share is provisional while 30 days have not passed since the latest month. */
	provisional: boolean;
	/** Target for this period: counts pro rata (1 767 × months / 12); `null` where no target applies. */
	target: number | null;
	/** Value on the trajectory at the end of the period, on the same scale as `target`. */
	expected: number | null;
	/** Goal achievement as a fraction (1 = target reached); not clipped. */
	achievement: number | null;
	level: Level | null;
	/** Baseline-year value for this area, on the same scale as `target`. */
	baseline: number | null;
	/** Year-end forecast of a count for the running year (value per month with data × 12). */
	forecast: number | null;
	/** True in a public build when the value is hidden to protect small counts (see lib/privacy). */
	suppressed: boolean;
}

/** Every KPI record of a data set, with lookups. Records are made when first asked for. */
export interface KpiResults {
	/** Every record, grouped by KPI and area, periods in month, year, rolling order. */
	readonly records: KpiRecord[];
	/** Areas of the UKP KPIs: all, clusters, municipalities. */
	areas: Area[];
	/** Short-term units. */
	units: Area[];
	/** Every month from the first to the latest month with data. */
	months: Month[];
	latestMonth: Month;
	/** The small-count threshold the records were suppressed with (public outputs), or `null` when nothing is hidden. */
	suppressionThreshold: number | null;
	/** How each count KPI's yearly target spreads over the months (seasonal or flat). */
	profiles: Partial<Record<KpiId, SeasonalProfile>>;
	/** Returns the record for a KPI, area and period, if there is one. */
	get(kpi: KpiId, area: string, period: string): KpiRecord | undefined;
	/** Returns the records of one KPI and area of one period type, oldest first. */
	series(kpi: KpiId, area: string, periodType: PeriodType): KpiRecord[];
	/** Returns every KPI and area that has records, in record order (without making the records). */
	seriesKeys(): { kpi: KpiId; area: string }[];
}
