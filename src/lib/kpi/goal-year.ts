import type { Targets } from '../targets';
import { KPI_IDS, type KpiId } from './definitions';
import { headlineArea, milestoneMonths } from './present';
import { trajectoryFraction } from './progress';
import type { KpiResults, Level } from './types';

// ASU's question for the meeting pack: did each KPI reach its target in the year the trajectory
// reaches 100 % ("Innen utgangen av 2025")? One row per KPI, from the yearly KPI records.

/** One KPI held against its target for a calendar year. */
export interface GoalYearRow {
	kpi: KpiId;
	/** ASU's number, 1–6. */
	number: number;
	/** Where the KPI is measured: `all`, or the target unit (`oya-helsehus`). */
	area: string;
	/** The baseline-year value for the area; `null` without data or when hidden. */
	baseline: number | null;
	/** The year's value (ratio of sums over its months); `null` without data. */
	value: number | null;
	/** The target for the year (a count target pro rata when the year is not complete). */
	target: number | null;
	/** The value the trajectory expects at the end of the year: the target once the 100 % milestone has passed. */
	expected: number | null;
	/** Goal achievement as a fraction, not clipped (1 = the whole way from baseline to target). */
	achievement: number | null;
	/** True when the value is on or better than the target; `null` without value or target. */
	reached: boolean | null;
	level: Level | null;
	/** False when some municipality or month of the year lacks data. */
	complete: boolean;
	provisional: boolean;
	/** True when the public edition hides the value; then value, achievement and `reached` are `null`. */
	suppressed: boolean;
	monthsWithData: number;
}

/** The table for one year. */
export interface GoalYearTable {
	year: string;
	/** The share of the way from baseline to target the trajectory expects at the end of the year (1 at and after the 100 % milestone). */
	expectedShare: number;
	/** The last month before the 100 % milestone (two years after the effective date). */
	milestoneMonth: string;
	rows: GoalYearRow[];
	/** Rows whose target was reached, and rows that could be judged at all. */
	reachedCount: number;
	judgedCount: number;
	/** True when the data holds all twelve months of the year. */
	fullYear: boolean;
}

/** Returns the calendar year of the 100 % milestone: two years after the effective date (2025 for 1 January 2024). */
export function goalYearOf(targets: Pick<Targets, 'effective_date'>): string {
	return milestoneMonths(targets.effective_date)[1].month.slice(0, 4);
}

/**
 * Returns each KPI's value for `year` against its target, the expected share of the way and the
 * level, from the yearly records of `results` for the KPI's headline area (the whole
 * helsefellesskap, or the target unit). A KPI without a record for the year gets a row of `null`s.
 */
export function computeGoalYearTable(
	results: KpiResults,
	targets: Targets,
	year: string,
	kpiIds: readonly KpiId[] = KPI_IDS,
): GoalYearTable {
	const baselineYear = targets.baseline_year;
	const rows = kpiIds.map((kpi): GoalYearRow => {
		const area = headlineArea(targets, kpi);
		const r = results.get(kpi, area, year);
		const hidden = r?.suppressed ?? false;
		const value = hidden ? null : (r?.value ?? null);
		const target = r?.target ?? null;
		return {
			kpi,
			number: KPI_IDS.indexOf(kpi) + 1,
			area,
			baseline: baselineOf(results, kpi, area, baselineYear),
			value,
			target,
			expected: r?.expected ?? null,
			achievement: hidden ? null : (r?.achievement ?? null),
			reached:
				value === null || target === null
					? null
					: isOnOrBetter(targets.kpis[kpi].direction, value, target),
			level: hidden ? null : (r?.level ?? null),
			complete: r?.complete ?? false,
			provisional: r?.provisional ?? false,
			suppressed: hidden,
			monthsWithData: r?.monthsWithData ?? 0,
		};
	});
	const effective = Date.parse(`${targets.effective_date}T00:00:00Z`);
	const fullYear = results.months.filter((m) => m.startsWith(`${year}-`)).length === 12;
	return {
		year,
		expectedShare: trajectoryFraction(effective, Date.UTC(Number(year) + 1, 0, 1)),
		milestoneMonth: milestoneMonths(targets.effective_date)[1].month,
		rows,
		reachedCount: rows.filter((r) => r.reached === true).length,
		judgedCount: rows.filter((r) => r.reached !== null).length,
		fullYear,
	};
}

// The baseline year's record may be hidden in a public edition like any other.
function baselineOf(results: KpiResults, kpi: KpiId, area: string, year: string): number | null {
	const r = results.get(kpi, area, year);
	return r && !r.suppressed ? r.value : null;
}

function isOnOrBetter(direction: 'lower' | 'higher', value: number, target: number): boolean {
	// The same tolerance as the level rules: a share printed as "90,0 %" must not read as missed.
	return direction === 'lower' ? value <= target + 1e-9 : value >= target - 1e-9;
}
