import type { DataIssue } from '../issues';
import { yamlLineOf } from '../parse-yaml';
import { parsePeriod } from './parse-period';
import { resolveSchedules, type Schedule } from './resolve-schedule';
import { DEFAULT_DURATION_DAYS } from './schema';

/** The parts of a plan file the cross-measure rules read; anything else may still be invalid. */
export interface PlanOutline {
	activities: {
		id: unknown;
		measures: { id: string; period: unknown; duration_days?: unknown }[];
	}[];
	theoryActivities: unknown[];
}

/**
 * Returns the problems only the whole file shows (duplicate ids, a measure under the wrong
 * activity, `duration_days` without a dependency, unknown or circular dependencies, logic-model
 * boxes pointing at missing activities) and each measure's schedule. Works on an outline of a file
 * that failed its schema too, so one run reports everything; periods that do not parse count as
 * unscheduled here (the schema reports them).
 */
export function checkPlanRules(
	outline: PlanOutline,
	text: string,
	file: string,
): { issues: DataIssue[]; schedules: Map<string, Schedule> } {
	const issues: DataIssue[] = [];
	const at = (path: (string | number)[], message: string) =>
		issues.push({ file, line: yamlLineOf(text, path), column: path.join('.'), message });
	const periodOf = (m: { period: unknown }) =>
		typeof m.period === 'string' ? parsePeriod(m.period) : null;

	// Ids: unique, and each measure under its own activity.
	const measurePath = new Map<string, (string | number)[]>();
	const activityIds = new Set<unknown>();
	outline.activities.forEach((a, i) => {
		if (activityIds.has(a.id)) at(['activities', i, 'id'], `activity ${a.id} appears twice`);
		activityIds.add(a.id);
		a.measures.forEach((m, j) => {
			const path = ['activities', i, 'measures', j];
			const first = measurePath.get(m.id);
			if (first)
				at(
					[...path, 'id'],
					`measure "${m.id}" appears twice (first on line ${yamlLineOf(text, [...first, 'id'])})`,
				);
			else measurePath.set(m.id, path);
			if (m.id.split('.')[0] !== String(a.id))
				at([...path, 'id'], `measure "${m.id}" is listed under activity ${a.id}`);
			const period = periodOf(m);
			if (m.duration_days !== undefined && period?.ok && period.period.kind !== 'after') {
				at([...path, 'duration_days'], 'duration_days applies only to "Avhengig av" periods');
			}
		});
	});

	// Dependencies.
	const { schedules, problems } = resolveSchedules(
		outline.activities.flatMap((a) =>
			a.measures.map((m) => {
				const p = periodOf(m);
				const days =
					typeof m.duration_days === 'number' && m.duration_days >= 1
						? m.duration_days
						: DEFAULT_DURATION_DAYS;
				return {
					id: m.id,
					period: p?.ok ? p.period : { kind: 'unscheduled' as const },
					durationDays: days,
				};
			}),
		),
	);
	for (const p of problems) at([...measurePath.get(p.id)!, 'period'], p.message);

	// The logic model may only point at activities that exist.
	outline.theoryActivities.forEach((activity, i) => {
		if (activity !== undefined && !activityIds.has(activity)) {
			at(
				['theory_of_change', 'aktiviteter', i, 'activity'],
				`activity ${activity} is not in the plan`,
			);
		}
	});
	return { issues, schedules };
}

/** Returns the outline of any parsed YAML value, skipping what does not have the expected shape. */
export function outlinePlan(value: unknown): PlanOutline {
	const list = (v: unknown): Record<string, unknown>[] =>
		Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x !== null) : [];
	const root = (typeof value === 'object' && value !== null ? value : {}) as Record<
		string,
		unknown
	>;
	const theory = (
		typeof root.theory_of_change === 'object' && root.theory_of_change !== null
			? root.theory_of_change
			: {}
	) as Record<string, unknown>;
	return {
		activities: list(root.activities).map((a) => ({
			id: a.id,
			measures: list(a.measures)
				.filter((m) => typeof m.id === 'string')
				.map((m) => ({ id: m.id as string, period: m.period, duration_days: m.duration_days })),
		})),
		theoryActivities: list(theory.aktiviteter).map((t) => t.activity),
	};
}
