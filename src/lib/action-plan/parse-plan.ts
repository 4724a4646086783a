import { parse } from 'yaml';
import { sortIssues, type DataIssue } from '../issues';
import { parseYaml, YAML_SYNTAX } from '../parse-yaml';
import { checkPlanRules, outlinePlan } from './check-plan-rules';
import type { Schedule } from './resolve-schedule';
import {
	ActionPlanFileSchema,
	DEFAULT_DURATION_DAYS,
	DEFAULT_REPORT_MAX_AGE_DAYS,
	type Activity,
	type ChangesFromDraft,
	type Measure,
	type TheoryOfChange,
} from './schema';

/** A measure with its activity and resolved dates. */
export interface PlannedMeasure extends Measure {
	activityId: number;
	schedule: Schedule;
}

/** A validated plan: every measure has a schedule (possibly without dates). */
export interface ActionPlan {
	title: string;
	/** How the file's words differ from the draft's; `null` when the file says nothing. */
	changesFromDraft: ChangesFromDraft | null;
	reportMaxAgeDays: number;
	activities: (Omit<Activity, 'measures'> & { measures: PlannedMeasure[] })[];
	theory: TheoryOfChange;
}

/**
 * Returns the days an `Avhengig av` measure is drawn as lasting (`duration_days`, else
 * {@link DEFAULT_DURATION_DAYS}): always our assumption, since the draft gives no length; `null`
 * for every other kind of period, whose dates come from the draft.
 */
export function assumedDurationDays(
	measure: Pick<PlannedMeasure, 'schedule' | 'duration_days'>,
): number | null {
	return measure.schedule.kind === 'after'
		? (measure.duration_days ?? DEFAULT_DURATION_DAYS)
		: null;
}

/**
 * Returns the plan in a YAML text, or `null` with every problem found at once: YAML and schema
 * errors (unparseable periods, unknown statuses, bad dates) and the whole-file rules of
 * {@link checkPlanRules} (duplicate ids, unknown or circular dependencies …). Each issue is located
 * at its line (sorted by line); its column is the dotted YAML path.
 */
export function parseActionPlan(
	text: string,
	file: string,
): { plan: ActionPlan | null; issues: DataIssue[] } {
	const parsed = parseYaml(text, file, ActionPlanFileSchema);
	const syntaxError = parsed.issues.some((i) => i.message.startsWith(YAML_SYNTAX));
	if (syntaxError) return { plan: null, issues: parsed.issues };
	const outline = outlinePlan(parsed.value ?? parse(text.replace(/^\uFEFF/, '')));
	const rules = checkPlanRules(outline, text, file);
	const data = parsed.value;
	if (!data || rules.issues.length > 0)
		return { plan: null, issues: sortIssues([...parsed.issues, ...rules.issues]) };
	return {
		plan: {
			title: data.title,
			changesFromDraft: data.changes_from_draft ?? null,
			reportMaxAgeDays: data.report_max_age_days ?? DEFAULT_REPORT_MAX_AGE_DAYS,
			activities: data.activities.map((a) => ({
				...a,
				measures: a.measures.map((m) => ({
					...m,
					activityId: a.id,
					schedule: rules.schedules.get(m.id)!,
				})),
			})),
			theory: data.theory_of_change,
		},
		issues: [],
	};
}
