import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import type { MeasureStatus } from '../../lib/action-plan/plan-status';
import { assumedDurationDays } from '../../lib/action-plan/parse-plan';
import { levelLabel } from '../../lib/levels';
import { getSite } from '../../loaders/project';

// The numbers behind the Gantt charts: one row per measure with its period as written, the dates
// the timeline draws, status and flags. `tiltak.csv` is the whole plan, `aktivitet-N.csv` one activity.
// `duration_days` is the length a measure that waits for another is drawn with; the draft gives
// none, so `duration_assumed` is true there (see /om-data/#forutsetninger).
export async function getStaticPaths() {
	return [{ params: { file: 'tiltak' } }, ...(await getSite()).plan!.activities.map((a) => ({ params: { file: `aktivitet-${a.id}` } }))];
}

/** Returns one CSV row for a measure (dates ISO, empty when not scheduled). */
function row(m: MeasureStatus) {
	return {
		activity: m.activityId,
		measure: m.id,
		text: m.text,
		period: m.period,
		start: m.schedule.start ?? '',
		end: m.schedule.end ?? '',
		after: m.schedule.after.join(' '),
		duration_days: assumedDurationDays(m) ?? '',
		duration_assumed: assumedDurationDays(m) !== null,
		priority: m.priority ?? '',
		scope: m.scope ?? '',
		responsible: m.responsible ?? '',
		status: m.status ?? '',
		status_label: m.status ? levelLabel(m.status) : '',
		status_date: m.status_date ?? '',
		done: m.done,
		overdue: m.flags.overdue,
		not_reported: m.flags.notReported,
		starting_soon: m.flags.startingSoon,
		comment: m.status_comment ?? '',
	};
}

export const GET: APIRoute = async ({ params }) => {
	const plan = (await getSite()).plan!;
	const id = params.file === 'tiltak' ? null : Number(params.file!.replace('aktivitet-', ''));
	const measures = plan.activities.filter((a) => id === null || a.id === id).flatMap((a) => a.measures);
	const rows = measures.map(row);
	return new Response(rows.length ? formatCsv(Object.keys(rows[0]), rows) : '', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
