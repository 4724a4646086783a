import type { Month } from '../dates';
import type { KpiId } from '../kpi/definitions';
import type { Rebase } from './settings';

/** A run of consecutive points of a series between two rebases. */
export interface Segment {
	months: Month[];
	values: number[];
	/** The reason of the rebase that starts it; `null` for the first. */
	reason: string | null;
}

/** Returns the rebases that apply to a KPI in an area: those that name it (or every KPI) and the area (or every area). */
export function rebasesFor(kpi: KpiId, area: string, rebases: readonly Rebase[]): Rebase[] {
	return rebases.filter(
		(r) =>
			(r.kpis === undefined || r.kpis.includes(kpi)) &&
			(r.areas === undefined || r.areas.includes(area)),
	);
}

/**
 * Returns the points (months with a value, sorted) split at each rebase's `from` month, oldest
 * first. A segment without points (a rebase before the first point, or two rebases inside one gap)
 * is left out, so the first segment returned always holds the first point and has no reason. A
 * segment's reason is that of the latest rebase crossed before it; of two rebases from the same
 * month, the first listed. Empty for a series without values.
 */
export function splitSegments(
	values: readonly { month: Month; value: number | null }[],
	rebases: readonly Rebase[],
): Segment[] {
	const points = values
		.filter((v): v is { month: Month; value: number } => v.value !== null)
		.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
	const starts = [...rebases].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
	const segments: Segment[] = [];
	let current: Segment | null = null;
	let next = 0;
	for (const point of points) {
		let reason: string | null = null;
		let crossed = false;
		// Every rebase the previous point had not reached; the latest of them starts this segment.
		while (next < starts.length && starts[next].from <= point.month) {
			if (!crossed || starts[next].from !== starts[next - 1].from) reason = starts[next].reason;
			crossed = true;
			next++;
		}
		if (current === null || crossed) {
			current = { months: [], values: [], reason: current === null ? null : reason };
			segments.push(current);
		}
		current.months.push(point.month);
		current.values.push(point.value);
	}
	return segments;
}
