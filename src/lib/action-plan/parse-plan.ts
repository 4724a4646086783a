import { sortIssues, type DataIssue } from '../issues';
import { parseYaml, yamlLineOf } from '../parse-yaml';
import { parsePeriod } from './parse-period';
import { resolveSchedules, type Schedule } from './resolve-schedule';
import { ActionPlanFileSchema, DEFAULT_DURATION_DAYS, DEFAULT_REPORT_MAX_AGE_DAYS, type Activity, type Measure, type TheoryOfChange } from './schema';

/** A measure with its activity and resolved dates. */
export interface PlannedMeasure extends Measure {
	activityId: number;
	schedule: Schedule;
}

/** A validated plan: every measure has a schedule (possibly without dates). */
export interface ActionPlan {
	title: string;
	reportMaxAgeDays: number;
	activities: (Omit<Activity, 'measures'> & { measures: PlannedMeasure[] })[];
	theory: TheoryOfChange;
}

/**
 * Returns the plan in a YAML text, or `null` with every problem found: YAML and schema errors
 * (unparseable periods, unknown statuses, bad dates), then duplicate ids, measures filed under the
 * wrong activity, unknown or circular dependencies and unknown activities in the logic model.
 * Each issue is located at its line (sorted by line); its column is the dotted YAML path.
 */
export function parseActionPlan(text: string, file: string): { plan: ActionPlan | null; issues: DataIssue[] } {
	const parsed = parseYaml(text, file, ActionPlanFileSchema);
	if (!parsed.value) return { plan: null, issues: parsed.issues };
	const data = parsed.value;
	const issues: DataIssue[] = [];
	const at = (path: (string | number)[], message: string) =>
		issues.push({ file, line: yamlLineOf(text, path), column: path.join('.'), message });

	// Ids: unique, and each measure under its own activity.
	const measurePath = new Map<string, (string | number)[]>();
	const activityIds = new Set<number>();
	data.activities.forEach((a, i) => {
		if (activityIds.has(a.id)) at(['activities', i, 'id'], `activity ${a.id} appears twice`);
		activityIds.add(a.id);
		a.measures.forEach((m, j) => {
			const path = ['activities', i, 'measures', j];
			const first = measurePath.get(m.id);
			if (first) at([...path, 'id'], `measure "${m.id}" appears twice (first on line ${yamlLineOf(text, [...first, 'id'])})`);
			else measurePath.set(m.id, path);
			if (m.id.split('.')[0] !== String(a.id)) at([...path, 'id'], `measure "${m.id}" is listed under activity ${a.id}`);
			if (m.duration_days !== undefined && parsePeriod(m.period).ok && !/^avhengig/i.test(m.period.trim())) {
				at([...path, 'duration_days'], 'duration_days applies only to "Avhengig av" periods');
			}
		});
	});

	// Dependencies.
	const measures = data.activities.flatMap((a) => a.measures);
	const { schedules, problems } = resolveSchedules(
		measures.map((m) => {
			const p = parsePeriod(m.period);
			return { id: m.id, period: p.ok ? p.period : { kind: 'unscheduled' as const }, durationDays: m.duration_days ?? DEFAULT_DURATION_DAYS };
		}),
	);
	for (const p of problems) at([...measurePath.get(p.id)!, 'period'], p.message);

	// The logic model may only point at activities that exist.
	data.theory_of_change.aktiviteter.forEach((item, i) => {
		if (item.activity !== undefined && !activityIds.has(item.activity)) {
			at(['theory_of_change', 'aktiviteter', i, 'activity'], `activity ${item.activity} is not in the plan`);
		}
	});

	if (issues.length > 0) return { plan: null, issues: sortIssues(issues) };
	return {
		plan: {
			title: data.title,
			reportMaxAgeDays: data.report_max_age_days ?? DEFAULT_REPORT_MAX_AGE_DAYS,
			activities: data.activities.map((a) => ({
				...a,
				measures: a.measures.map((m) => ({ ...m, activityId: a.id, schedule: schedules.get(m.id)! })),
			})),
			theory: data.theory_of_change,
		},
		issues: [],
	};
}
