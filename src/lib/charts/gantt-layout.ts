import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { assumedDurationDays } from '../action-plan/parse-plan';
import type { MeasureStatus, PlanStatus } from '../action-plan/plan-status';
import { addDays } from '../dates';

// Coordinates for the Gantt chart (gantt-chart.ts draws them). One row per measure under a header
// row per activity; unscheduled measures keep their row with a note instead of a bar.

/**
 * The timeline in «Strategi for kompetansegruppen: Utkast til strategisk plan, handlingsplan og
 * tidslinje for syv aktiviteter» spans Q1 2024 – Q4 2025; the chart widens to any date (or today) outside.
 */
export const GANTT_DEFAULT_RANGE = ['2024-01-01', '2025-12-31'] as const;

/** Sizes in px: chart width, label column, right margin, top (key and quarters), row and activity header heights, bottom. */
export const GANTT_SIZE = {
	width: 1100,
	label: 360,
	right: 24,
	top: 44,
	row: 20,
	header: 24,
	bottom: 12,
};

const QUARTER = utcMonth.every(3)!;

export interface GanttRow {
	kind: 'activity' | 'measure';
	y: number;
	label: string;
	/** Full text for the tooltip (`<title>`). */
	title: string;
	measure?: MeasureStatus;
	/**
	 * Bar from start to end (inclusive), for ranges and resolved dependencies; `assumedDays` when its
	 * length is our assumption (a measure that waits for another: the draft gives no length).
	 */
	bar?: { x: number; width: number; assumedDays?: number };
	/** Deadline diamond at the end date. */
	milestone?: { x: number };
	/** Where the status icon and the note go, right of the bar or diamond. */
	iconX?: number;
	note?: string;
}

export interface GanttLayout {
	width: number;
	height: number;
	rows: GanttRow[];
	quarters: { x: number; width: number; label: string; yearStart: boolean }[];
	today: { x: number; label: string } | null;
	arrows: { d: string; from: string; to: string }[];
	domain: [string, string];
}

/** Returns the positions of every element of the Gantt chart of `status` (only `activityIds` when given). */
export function computeGanttLayout(status: PlanStatus, activityIds?: number[]): GanttLayout {
	const activities = status.activities.filter((a) => !activityIds || activityIds.includes(a.id));
	const measures = activities.flatMap((a) => a.measures);

	// Time scale, widened to whole quarters around every date and today.
	const dates = [
		...GANTT_DEFAULT_RANGE,
		status.today,
		...measures.flatMap((m) => [m.schedule.start, m.schedule.end]),
	]
		.filter((d): d is string => d !== null)
		.sort();
	const t0 = QUARTER.floor(new Date(dates[0]));
	const t1 = QUARTER.ceil(new Date(addDays(dates[dates.length - 1], 1)));
	const x = scaleUtc()
		.domain([t0, t1])
		.range([GANTT_SIZE.label, GANTT_SIZE.width - GANTT_SIZE.right]);
	const xDay = (iso: string) => x(new Date(iso));
	const xEnd = (iso: string) => x(new Date(addDays(iso, 1))); // an end date covers its whole day

	const { rows, height } = layoutRows(activities, xDay, xEnd);
	const quarters = QUARTER.range(t0, t1).map((q) => {
		const next = utcMonth.offset(q, 3);
		return {
			x: x(q),
			width: x(next) - x(q),
			label: `Q${q.getUTCMonth() / 3 + 1} ${q.getUTCFullYear()}`,
			yearStart: +utcYear.floor(q) === +q,
		};
	});
	return {
		width: GANTT_SIZE.width,
		height,
		rows,
		quarters,
		today: { x: xDay(status.today), label: `i dag ${formatShort(status.today)}` },
		arrows: dependencyArrows(measures, rows),
		domain: [t0.toISOString().slice(0, 10), addDays(t1.toISOString().slice(0, 10), -1)],
	};
}

/** Returns a header row per activity and a row per measure under it, and the chart height they need. */
function layoutRows(
	activities: PlanStatus['activities'],
	xDay: (iso: string) => number,
	xEnd: (iso: string) => number,
): { rows: GanttRow[]; height: number } {
	const S = GANTT_SIZE;
	const rows: GanttRow[] = [];
	let y = S.top;
	for (const a of activities) {
		rows.push({
			kind: 'activity',
			y: y + S.header / 2,
			label: clip(`${a.id}. ${a.title}`, 50),
			title: `${a.id}. ${a.title}`,
		});
		y += S.header;
		for (const m of a.measures) {
			rows.push(measureRow(m, y + S.row / 2, xDay, xEnd));
			y += S.row;
		}
	}
	return { rows, height: y + S.bottom };
}

/** Returns an arrow from the end of each measure waited for to the start of the bar that waits for it. */
function dependencyArrows(measures: MeasureStatus[], rows: GanttRow[]): GanttLayout['arrows'] {
	const rowOf = new Map(rows.filter((r) => r.measure).map((r) => [r.measure!.id, r]));
	return measures.flatMap((m) => {
		const to = rowOf.get(m.id);
		if (!to?.bar) return [];
		return m.schedule.after.flatMap((id) => {
			const from = rowOf.get(id);
			const fromX = from?.bar ? from.bar.x + from.bar.width : from?.milestone?.x;
			if (!from || fromX === undefined) return [];
			return [{ d: arrowPath(fromX, from.y, to.bar!.x, to.y), from: id, to: m.id }];
		});
	});
}

function measureRow(
	m: MeasureStatus,
	y: number,
	xDay: (iso: string) => number,
	xEnd: (iso: string) => number,
): GanttRow {
	const row: GanttRow = {
		kind: 'measure',
		y,
		label: clip(`${m.id} ${m.text}`, 52),
		title: `${m.id} ${m.text} (${m.period})`,
		measure: m,
	};
	const { start, end, kind } = m.schedule;
	const notes = [m.done ? 'gjennomført' : '', m.flags.overdue ? 'forfalt' : ''].filter(Boolean);
	if (end === null) {
		row.note =
			kind === 'after'
				? `venter på ${m.schedule.after.join(', ')} (ikke tidfestet)`
				: 'ikke tidfestet';
		row.iconX = GANTT_SIZE.label + 10;
	} else if (start === null) {
		row.milestone = { x: xDay(end) };
		row.iconX = xDay(end) + 12;
	} else {
		row.bar = { x: xDay(start), width: Math.max(2, xEnd(end) - xDay(start)) };
		row.iconX = row.bar.x + row.bar.width + 10;
		const assumed = assumedDurationDays(m);
		if (assumed !== null) {
			row.bar.assumedDays = assumed;
			notes.unshift(`antatt varighet ${assumed} dager`);
		}
	}
	if (end !== null) row.note = notes.join(', ');
	return row;
}

// Short right-angle arrow: down from the earlier measure's end, then right into the later bar.
function arrowPath(x1: number, y1: number, x2: number, y2: number): string {
	const r = (n: number) => Math.round(n * 10) / 10;
	const top = y2 - 7;
	if (x2 - x1 < 10) return `M${r(x1)},${r(y1 + 6)}V${r(top)}`;
	return `M${r(x1)},${r(y1 + 6)}V${r(y2)}H${r(x2 - 1)}`;
}

function clip(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function formatShort(iso: string): string {
	const [yy, mm, dd] = iso.split('-').map(Number);
	return `${dd}.${mm}.${yy}`;
}
