import { formatDays, formatPercent, MISSING } from '../format';
import { addMonths, type Month } from '../dates';
import type { KpiTarget, Targets } from '../targets';
import { KPI_DEFINITIONS, type KpiId } from './definitions';

/** Returns a KPI value with its unit in nb-NO form: `86,4 %`, `2,3 døgn`, `1 767 døgn`; `–` for null. */
export function formatKpiValue(kpi: KpiId, value: number | null | undefined, unit: KpiTarget['unit']): string {
	if (value === null || value === undefined) return MISSING;
	if (unit === 'andel') return formatPercent(value);
	return formatDays(value, KPI_DEFINITIONS[kpi].kind === 'count' ? 0 : 1);
}

/** Returns a goal achievement fraction as a whole percentage (`65 %`); `–` for null. */
export function formatAchievement(achievement: number | null | undefined): string {
	return formatPercent(achievement, 0);
}

/** Returns the area a KPI's headline is shown for: its target area, else the whole helsefellesskap. */
export function headlineArea(targets: Targets, kpi: KpiId): string {
	return targets.kpis[kpi].target_area ?? 'all';
}

/** Returns the last month before each goal-achievement milestone: 50 % one year and 100 % two years after the effective date. */
export function milestoneMonths(effectiveDate: string): { month: Month; label: string }[] {
	const first: Month = effectiveDate.slice(0, 7);
	const startsOnFirst = effectiveDate.endsWith('-01');
	const end = (years: number) => addMonths(first, years * 12 - (startsOnFirst ? 1 : 0));
	return [
		{ month: end(1), label: '50 % av målet' },
		{ month: end(2), label: '100 % av målet' },
	];
}
