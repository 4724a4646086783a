import { assumedDurationDays } from '../action-plan/parse-plan';
import { STARTING_SOON_DAYS } from '../action-plan/schema';
import type { PlanStatus } from '../action-plan/plan-status';
import { LEVELS, levelLabel } from '../levels';
import { formatDate } from '../format';
import { editionMeta, periodOfDates, type DownloadContext } from './context';
import type { DownloadTable } from './table';
import { rowsFromRecords } from './table';

// The numbers behind the Gantt charts of /handlingsplan/: one row per measure with its period as
// written, the dates the timeline draws (with the length a measure that waits for another is
// drawn with: the draft gives none, so `duration_assumed` is true there), status and flags. `handlingsplan/tiltak` is the whole
// plan, `handlingsplan/aktivitet-N` one activity. The columns are those the site has published.

/** The plan on the data's date, and whether its statuses are demo text (the site's `LoadedPlan`). */
type Plan = PlanStatus & { statusDemo: boolean };
type PlanMeasure = Plan['activities'][number]['measures'][number];

/**
 * Returns the plan's downloads: the whole plan first (`handlingsplan/tiltak`), then one per
 * activity (`handlingsplan/aktivitet-N`). No patient numbers, so nothing is hidden; when the
 * statuses are demo text (`statusDemo`), every table is marked synthetic and says so.
 */
export function computeActionPlanDownloads(plan: Plan, context: DownloadContext): DownloadTable[] {
	const all = plan.activities.flatMap((a) => a.measures);
	const whole = planTable(plan, all, context, {
		file: 'handlingsplan/tiltak',
		title: 'Handlingsplanen: alle tiltak',
		description: `Alle ${all.length} tiltak i handlingsplanens ${plan.activities.length} aktiviteter`,
		page: '/handlingsplan/',
	});
	const activities = plan.activities.map((a) =>
		planTable(plan, a.measures, context, {
			file: `handlingsplan/aktivitet-${a.id}`,
			title: `Handlingsplanen, aktivitet ${a.id}: ${a.title}`,
			description: `De ${a.measures.length} tiltakene i aktivitet ${a.id}`,
			page: `/handlingsplan/${a.id}/`,
		}),
	);
	return [whole, ...activities];
}

interface PlanTableNames {
	file: string;
	title: string;
	/** The start of the description: which measures. */
	description: string;
	page: string;
}

function planTable(
	plan: Plan,
	measures: readonly PlanMeasure[],
	context: DownloadContext,
	names: PlanTableNames,
): DownloadTable {
	const demo = plan.statusDemo
		? ' Statusene, kommentarene og statusdatoene er demotekst, ikke rapportert av de ansvarlige enhetene.'
		: '';
	const dates = measures.flatMap((m) => [m.schedule.start, m.schedule.end]);
	// Without a single date the table has no period; the description says why, so the catalogue's gap is explained.
	const undated = dates.every((d) => d === null)
		? ' Ingen av tiltakene har datoer ennå (utkastet skriver «Dato - dato» eller venter på et tiltak uten dato), så tabellen har ikke noe tidsrom.'
		: '';
	return {
		...names,
		description: `${names.description}, med tidsrom slik det er skrevet, datoene tidslinjen tegner, prioritet, omfang, ansvarlig, status og flagg per ${formatDate(plan.today)}.${undated}${demo}`,
		definition: `«Forfalt»: sluttdatoen er passert og tiltaket er ikke gjennomført. «Ikke rapportert»: ikke gjennomført, og ingen status eller en status eldre enn ${plan.reportMaxAgeDays} dager. «Starter snart»: starter innen ${STARTING_SOON_DAYS} dager.`,
		source: plan.title,
		period: periodOfDates(dates),
		synthetic: plan.statusDemo,
		...editionMeta(context, false),
		keywords: ['handlingsplan', 'tiltak'],
		columns: [
			{ id: 'activity', heading: 'Aktivitet', kind: 'integer' },
			{ id: 'measure', heading: 'Tiltak', kind: 'text' },
			{ id: 'text', heading: 'Beskrivelse', kind: 'text' },
			{ id: 'period', heading: 'Tidsrom (som skrevet)', kind: 'text' },
			{ id: 'start', heading: 'Start', kind: 'date' },
			{ id: 'end', heading: 'Slutt', kind: 'date' },
			{ id: 'after', heading: 'Avhenger av', kind: 'text' },
			{ id: 'duration_days', heading: 'Varighet (dager)', kind: 'integer' },
			{ id: 'duration_assumed', heading: 'Varigheten er antatt', kind: 'boolean' },
			{ id: 'priority', heading: 'Prioritet', kind: 'text' },
			{ id: 'scope', heading: 'Omfang', kind: 'text' },
			{ id: 'responsible', heading: 'Ansvarlig', kind: 'text' },
			{
				id: 'status',
				heading: 'Status',
				kind: 'text',
				labels: Object.fromEntries(LEVELS.map((l) => [l.level, l.short])),
			},
			{ id: 'status_label', heading: 'Status (tekst)', kind: 'text' },
			{ id: 'status_date', heading: 'Statusdato', kind: 'date' },
			{ id: 'done', heading: 'Gjennomført', kind: 'boolean' },
			{ id: 'overdue', heading: 'Forfalt', kind: 'boolean' },
			{ id: 'not_reported', heading: 'Ikke rapportert', kind: 'boolean' },
			{ id: 'starting_soon', heading: 'Starter snart', kind: 'boolean' },
			{ id: 'comment', heading: 'Kommentar', kind: 'text' },
		],
		rows: rowsFromRecords(measures.map(record)),
	};
}

// Empty cells are `null`: the CSV writes them as it wrote '' before.
function record(m: PlanMeasure) {
	return {
		activity: m.activityId,
		measure: m.id,
		text: m.text,
		period: m.period,
		start: m.schedule.start,
		end: m.schedule.end,
		after: m.schedule.after.length > 0 ? m.schedule.after.join(' ') : null,
		duration_days: assumedDurationDays(m),
		duration_assumed: assumedDurationDays(m) !== null,
		priority: m.priority,
		scope: m.scope,
		responsible: m.responsible,
		status: m.status ?? null,
		status_label: m.status ? levelLabel(m.status) : null,
		status_date: m.status_date ?? null,
		done: m.done,
		overdue: m.flags.overdue,
		not_reported: m.flags.notReported,
		starting_soon: m.flags.startingSoon,
		comment: m.status_comment ?? null,
	};
}
