import { formatDays, formatPercent, MISSING } from '../format';
import { addMonths, type Month } from '../dates';
import type { KpiTarget, Targets } from '../targets';
import { KPI_DEFINITIONS, type KpiId } from './definitions';

/** Returns a KPI value with its unit in nb-NO form: `86,4 %`, `2,3 døgn`, `1 767 døgn`; `–` for null. */
export function formatKpiValue(
	kpi: KpiId,
	value: number | null | undefined,
	unit: KpiTarget['unit'],
): string {
	if (value === null || value === undefined) return MISSING;
	if (unit === 'andel') return formatPercent(value);
	return formatDays(value, KPI_DEFINITIONS[kpi].kind === 'count' ? 0 : 1);
}

/** Returns a goal achievement fraction as a whole percentage (`65 %`); `–` for null. */
export function formatAchievement(achievement: number | null | undefined): string {
	return formatPercent(achievement, 0);
}

/** The words beside a goal achievement left out by {@link isStartNearTarget}. */
export const NEAR_TARGET_NOTE = 'startet nær målet';

/**
 * Returns true when a goal achievement says nothing and should not be shown: the baseline was worse
 * than the target by less than the KPI's tolerance (the deviation the levels accept as minor), so
 * the whole way to go is shorter than the noise, and a share of it can be −5 000 %. False without
 * an achievement, or when the baseline already met the target (the achievement is then 0 or 100 %).
 * `target` and `baseline` are on the record's scale; the tolerance is the KPI's.
 */
export function isStartNearTarget(
	r: { achievement: number | null; baseline: number | null; target: number | null },
	spec: Pick<KpiTarget, 'direction' | 'tolerance'>,
): boolean {
	if (r.achievement === null || r.baseline === null || r.target === null) return false;
	const gap = spec.direction === 'lower' ? r.baseline - r.target : r.target - r.baseline;
	return gap > 0 && gap < spec.tolerance;
}

/** Returns the area a KPI's headline is shown for: its target area, else the whole helsefellesskap. */
export function headlineArea(targets: Targets, kpi: KpiId): string {
	return targets.kpis[kpi].target_area ?? 'all';
}

/**
 * Returns the last month before each goal-achievement milestone: 50 % of the way from the
 * baseline to the target one year after the effective date, 100 % (the target) two years after.
 * The labels are short enough for a chart.
 */
export function milestoneMonths(effectiveDate: string): { month: Month; label: string }[] {
	const first: Month = effectiveDate.slice(0, 7);
	const startsOnFirst = effectiveDate.endsWith('-01');
	const end = (years: number) => addMonths(first, years * 12 - (startsOnFirst ? 1 : 0));
	return [
		// «50 % av målet» would read as half the target value; it is half the way there.
		{ month: end(1), label: '50 % av veien til målet' },
		{ month: end(2), label: 'Målet (100 %)' },
	];
}

/**
 * Returns a KPI label without a trailing «per år», so a period can follow it: «Antall UKP-døgn
 * per år» → «Antall UKP-døgn», then «… per måned» instead of «… per år per måned».
 */
export function kpiBaseLabel(label: string): string {
	return label.replace(/ per år$/, '');
}

/**
 * Returns the value a relative target gives from a baseline: `baseline × (1 + change)`, e.g. 24,7
 * døgn «redusert med 20 %» (change −0.2) → 19,76 døgn; `null` without a baseline.
 */
export function applyRelativeChange(
	baseline: number | null | undefined,
	change: number,
): number | null {
	if (baseline === null || baseline === undefined) return null;
	return baseline * (1 + change);
}

/** Calendar years of monthly history a KPI page draws and tabulates (every month is in the CSV downloads). */
export const PAGE_YEARS = 5;

/**
 * Returns the first month a KPI page's monthly chart and tables show: January of the year
 * PAGE_YEARS − 1 before the latest month's, so a page holds at most five calendar years of months
 * and does not grow with the history (`2026-10` → `2022-01`).
 */
export function pageWindowStart(latestMonth: string): string {
	return `${Number(latestMonth.slice(0, 4)) - (PAGE_YEARS - 1)}-01`;
}
