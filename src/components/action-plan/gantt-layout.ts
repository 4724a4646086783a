import { scaleUtc, utcMonth, utcYear } from 'd3';
import { addDays } from '../../lib/dates';
import type { MeasureStatus, PlanStatus } from '../../lib/action-plan/plan-status';

// Coordinates for the Gantt SVG, computed at build time (no DOM). One row per measure under a
// header row per activity; unscheduled measures keep their row with a note instead of a bar.

/** The seed's chart spans Q1 2024 – Q4 2025; it widens to any date (or today) outside. */
export const GANTT_DEFAULT_RANGE = ['2024-01-01', '2025-12-31'] as const;

export const GANTT_SIZE = { width: 1100, label: 360, right: 24, top: 44, row: 20, header: 24, bottom: 12 };

export interface GanttRow {
	kind: 'activity' | 'measure';
	y: number;
	label: string;
	/** Full text for the tooltip (`<title>`). */
	title: string;
	measure?: MeasureStatus;
	/** Bar from start to end (inclusive), for ranges and resolved dependencies. */
	bar?: { x: number; width: number };
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
	const S = GANTT_SIZE;
	const activities = status.activities.filter((a) => !activityIds || activityIds.includes(a.id));
	const measures = activities.flatMap((a) => a.measures);

	// Time scale, widened to whole quarters around every date and today.
	const dates = [...GANTT_DEFAULT_RANGE, status.today, ...measures.flatMap((m) => [m.schedule.start, m.schedule.end])].filter((d): d is string => d !== null).sort();
	const quarter = utcMonth.every(3)!;
	const t0 = quarter.floor(new Date(dates[0]));
	const t1 = quarter.ceil(new Date(addDays(dates[dates.length - 1], 1)));
	const x = scaleUtc().domain([t0, t1]).range([S.label, S.width - S.right]);
	const xDay = (iso: string) => x(new Date(iso));
	const xEnd = (iso: string) => x(new Date(addDays(iso, 1))); // an end date covers its whole day

	// Rows.
	const rows: GanttRow[] = [];
	let y = S.top;
	for (const a of activities) {
		rows.push({ kind: 'activity', y: y + S.header / 2, label: clip(`${a.id}. ${a.title}`, 50), title: `${a.id}. ${a.title}` });
		y += S.header;
		for (const m of a.measures) {
			rows.push(measureRow(m, y + S.row / 2, xDay, xEnd));
			y += S.row;
		}
	}
	const rowOf = new Map(rows.filter((r) => r.measure).map((r) => [r.measure!.id, r]));

	// Dependency arrows: from the end of the measure waited for to the start of the waiting one.
	const arrows = measures.flatMap((m) => {
		const to = rowOf.get(m.id);
		if (!to?.bar) return [];
		return m.schedule.after.flatMap((id) => {
			const from = rowOf.get(id);
			const fromX = from?.bar ? from.bar.x + from.bar.width : from?.milestone?.x;
			if (!from || fromX === undefined) return [];
			return [{ d: arrowPath(fromX, from.y, to.bar!.x, to.y), from: id, to: m.id }];
		});
	});

	const quarters = quarter.range(t0, t1).map((q) => {
		const next = utcMonth.offset(q, 3);
		return { x: x(q), width: x(next) - x(q), label: `Q${q.getUTCMonth() / 3 + 1} ${q.getUTCFullYear()}`, yearStart: +utcYear.floor(q) === +q };
	});
	const [d0, d1] = [t0.toISOString().slice(0, 10), addDays(t1.toISOString().slice(0, 10), -1)];
	return {
		width: S.width,
		height: y + S.bottom,
		rows,
		quarters,
		today: { x: xDay(status.today), label: `i dag ${formatShort(status.today)}` },
		arrows,
		domain: [d0, d1],
	};
}

function measureRow(m: MeasureStatus, y: number, xDay: (iso: string) => number, xEnd: (iso: string) => number): GanttRow {
	const row: GanttRow = { kind: 'measure', y, label: clip(`${m.id} ${m.text}`, 52), title: `${m.id} ${m.text} (${m.period})`, measure: m };
	const { start, end, kind } = m.schedule;
	const notes = [m.done ? 'gjennomført' : '', m.flags.overdue ? 'forfalt' : ''].filter(Boolean);
	if (end === null) {
		row.note = kind === 'after' ? `venter på ${m.schedule.after.join(', ')} (ikke tidfestet)` : 'ikke tidfestet';
		row.iconX = GANTT_SIZE.label + 10;
	} else if (start === null) {
		row.milestone = { x: xDay(end) };
		row.iconX = xDay(end) + 12;
	} else {
		row.bar = { x: xDay(start), width: Math.max(2, xEnd(end) - xDay(start)) };
		row.iconX = row.bar.x + row.bar.width + 10;
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
