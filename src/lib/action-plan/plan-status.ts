import { isIsoDate } from '../dates';
import { computeCounts, computeFlags, type MeasureFlags, type PlanCounts } from './flags';
import type { ActionPlan, PlannedMeasure } from './parse-plan';

/** A measure as the pages show it: plan data, dates and derived flags. */
export interface MeasureStatus extends PlannedMeasure {
	flags: MeasureFlags;
}

/** The plan on one day: flags per measure, counts per activity and in total. */
export interface PlanStatus extends Omit<ActionPlan, 'activities'> {
	today: string;
	activities: (Omit<ActionPlan['activities'][number], 'measures'> & {
		measures: MeasureStatus[];
		counts: PlanCounts;
	})[];
	counts: PlanCounts;
}

/**
 * Returns "today" for a build: `override` (the `TODAY` setting, `YYYY-MM-DD`) when given, else the
 * data's as-of date, so a build is reproducible and never reads the clock. Throws on a bad override.
 */
export function resolveToday(asOf: string, override?: string): string {
	if (override === undefined || override === '') return asOf;
	if (!isIsoDate(override))
		throw new Error(`TODAY must be a date written YYYY-MM-DD, got "${override}"`);
	return override;
}

/** Returns the plan with every measure's flags on `today` and the counts per activity and in total. */
export function computePlanStatus(plan: ActionPlan, today: string): PlanStatus {
	const activities = plan.activities.map((a) => {
		const measures = a.measures.map((m) => ({
			...m,
			flags: computeFlags(m, today, plan.reportMaxAgeDays),
		}));
		return { ...a, measures, counts: computeCounts(measures) };
	});
	return {
		...plan,
		today,
		activities,
		counts: computeCounts(activities.flatMap((a) => a.measures)),
	};
}

/** Returns the measure with this id, or `undefined`. */
export function findMeasure(status: PlanStatus, id: string): MeasureStatus | undefined {
	return status.activities.flatMap((a) => a.measures).find((m) => m.id === id);
}
