// The action plan as a Gantt timeline. Reads in black and white: status is a shape (level-shapes.ts)
// and a word in the table next to it, deadlines are diamonds, bars have black outlines.
import type { Level } from '../kpi/progress';
import { formatNumber } from '../format';
import type { Chart, StyleRule } from './chart';
import { GANTT_SIZE, type GanttLayout, type GanttRow } from './gantt-layout';
import { levelShapes } from './level-shapes';
import { h, lines, type SvgElement } from './svg';

export interface GanttChartOptions {
	/** Unique on the page: the arrow marker's id is `<id>-arrow`. */
	id: string;
}

/**
 * What GanttChart.astro's CSS gives the chart, for the standalone file; keep the two in step
 * (test/lib/charts/gantt-chart.test.ts compares them).
 */
export const GANTT_STYLES: StyleRule[] = [
	['text', { 'font-size': 11, fill: 'currentColor' }],
	['text.activity', { 'font-weight': 700, 'font-size': 12 }],
	['text.quarter', { 'font-weight': 600 }],
	['text.note', { 'font-style': 'italic' }],
	['text.today-label', { 'font-weight': 700 }],
	['.grid', { stroke: 'var(--line)', 'stroke-width': 1 }],
	['.grid.year', { stroke: 'currentColor', 'stroke-width': 1.2 }],
	['.separator', { stroke: 'var(--line)' }],
	['.bar', { stroke: 'currentColor', 'stroke-width': 1 }],
	['.bar-none', { fill: 'none', 'stroke-dasharray': '3 2' }],
	['.bar-assumed', { 'stroke-width': 1.5, 'stroke-dasharray': '8 2 1 2' }],
	['.diamond', { fill: 'currentColor', stroke: 'currentColor' }],
	['.arrow', { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 }],
	['.today', { stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': '6 3' }],
];

const FILL: Record<Level, string> = {
	green: 'var(--green)',
	yellow: 'var(--yellow)',
	red: 'var(--red)',
};
const ICON_SIZE = 14;

/**
 * Returns the Gantt chart of a layout (`computeGanttLayout`): a key, the quarters with year lines,
 * a header per activity and a row per measure (bar, deadline diamond or note, status icon), the
 * dependency arrows and the today line. Full texts are in `<title>` tooltips.
 */
export function ganttChart(layout: GanttLayout, options: GanttChartOptions): Chart {
	const marker = `${options.id}-arrow`;
	const bottom = layout.height - GANTT_SIZE.bottom;
	const svg = h(
		'svg',
		{
			class: 'gantt',
			viewBox: `0 0 ${layout.width} ${layout.height}`,
			width: layout.width,
			height: layout.height,
			xmlns: 'http://www.w3.org/2000/svg',
		},
		lines(
			h('defs', {}, lines(arrowHead(marker))),
			key(marker),
			quarters(layout.quarters, bottom),
			layout.rows.map((r) =>
				r.kind === 'activity' ? activityRow(r, layout.width) : measureRow(r),
			),
			h(
				'g',
				{ class: 'arrows' },
				lines(
					layout.arrows.map((a) =>
						h(
							'path',
							{ d: a.d, class: 'arrow', 'marker-end': `url(#${marker})` },
							h('title', {}, `${a.to} starter når ${a.from} slutter`),
						),
					),
				),
			),
			layout.today && todayLine(layout.today, bottom),
		),
	);
	return { parts: [svg], styles: GANTT_STYLES };
}

/** Returns one sentence on the measures drawn: how many, from when to when, by status, overdue and unscheduled. */
export function summarizeGantt(layout: GanttLayout): string {
	const measures = layout.rows.flatMap((r) => (r.measure ? [r.measure] : []));
	const count = (pred: (m: (typeof measures)[number]) => boolean) => measures.filter(pred).length;
	const quarterOf = (iso: string) =>
		`Q${Math.floor((+iso.slice(5, 7) - 1) / 3) + 1} ${iso.slice(0, 4)}`;
	return (
		`${formatNumber(measures.length)} tiltak fra ${quarterOf(layout.domain[0])} til ${quarterOf(layout.domain[1])}: ` +
		`${count((m) => m.status === 'green')} uten avvik, ${count((m) => m.status === 'yellow')} med mindre avvik, ` +
		`${count((m) => m.status === 'red')} med kritiske avvik og ${count((m) => !m.status)} uten status; ` +
		`${count((m) => m.flags.overdue)} forfalt og ${count((m) => m.schedule.end === null)} ikke tidfestet.`
	);
}

/** Returns the arrowhead marker of the dependency arrows. */
function arrowHead(id: string): SvgElement {
	const attrs = {
		id,
		viewBox: '0 0 8 8',
		refX: '7',
		refY: '4',
		markerWidth: '7',
		markerHeight: '7',
		orient: 'auto-start-reverse',
	};
	return h('marker', attrs, lines(h('path', { d: 'M0,0L8,4L0,8Z', fill: 'currentColor' })));
}

/** Returns the key: what a diamond, a bar, an arrow, the dashed line and a bar of assumed length mean. */
function key(marker: string): SvgElement {
	return h(
		'g',
		{ class: 'key', transform: 'translate(0,14)' },
		lines(
			h('path', { d: 'M6,0l5,5l-5,5l-5-5Z', class: 'diamond' }),
			h('text', { x: '16', y: '9' }, 'frist («Innen»)'),
			h('rect', { x: '112', y: '1', width: '22', height: '8', class: 'bar bar-none' }),
			h('text', { x: '140', y: '9' }, 'tidsrom'),
			h('path', { d: 'M202,0V9', class: 'arrow', 'marker-end': `url(#${marker})` }),
			h('text', { x: '210', y: '9' }, 'avhengighet'),
			h('path', { d: 'M292,-2V12', class: 'today' }),
			h('text', { x: '298', y: '9' }, 'i dag'),
			h('rect', { x: '340', y: '1', width: '22', height: '8', class: 'bar bar-none bar-assumed' }),
			h('text', { x: '368', y: '9' }, 'antatt varighet (vår forutsetning)'),
		),
	);
}

/** Returns a grid line at the start of each quarter (stronger at a new year) with the quarter's name above. */
function quarters(list: GanttLayout['quarters'], bottom: number): SvgElement {
	const quarter = (q: GanttLayout['quarters'][number]) =>
		h(
			'g',
			{},
			lines(
				h('line', {
					x1: q.x,
					x2: q.x,
					y1: GANTT_SIZE.top - 18,
					y2: bottom,
					class: q.yearStart ? 'grid year' : 'grid',
				}),
				h(
					'text',
					{
						x: q.x + q.width / 2,
						y: GANTT_SIZE.top - 6,
						'text-anchor': 'middle',
						class: 'quarter',
					},
					q.label,
				),
			),
		);
	return h('g', { class: 'quarters' }, lines(list.map(quarter)));
}

/** Returns an activity's header row: a separator line and its (clipped) title. */
function activityRow(r: GanttRow, width: number): SvgElement {
	return h(
		'g',
		{ class: 'activity-row' },
		lines(
			h('line', {
				x1: '0',
				x2: width - GANTT_SIZE.right,
				y1: r.y - GANTT_SIZE.header / 2,
				y2: r.y - GANTT_SIZE.header / 2,
				class: 'separator',
			}),
			h('text', { x: '4', y: r.y + 4, class: 'activity' }, h('title', {}, r.title), r.label),
		),
	);
}

/** Returns a measure's row: its label, bar or diamond, status icon and note. */
function measureRow(r: GanttRow): SvgElement {
	const m = r.measure!;
	const icon = h(
		'g',
		{
			class: `gantt-icon level-${m.status ?? 'none'}`,
			transform: `translate(${r.iconX! - ICON_SIZE / 2},${r.y - ICON_SIZE / 2}) scale(${ICON_SIZE / 16})`,
			'aria-hidden': 'true',
		},
		lines(levelShapes(m.status ?? null)),
	);
	return h(
		'g',
		{ class: 'measure-row', 'data-measure': m.id },
		lines(
			h('text', { x: '14', y: r.y + 4, class: 'measure' }, h('title', {}, r.title), r.label),
			r.bar &&
				h('rect', {
					x: r.bar.x,
					y: r.y - 6,
					width: r.bar.width,
					height: '12',
					class: `bar bar-${m.status ?? 'none'}${r.bar.assumedDays !== undefined ? ' bar-assumed' : ''}`,
					fill: m.status ? FILL[m.status] : 'none',
				}),
			r.milestone &&
				h('path', { d: `M${r.milestone.x},${r.y - 7}l7,7l-7,7l-7-7Z`, class: 'diamond' }),
			icon,
			r.note &&
				h(
					'text',
					{
						x: r.iconX! + 11,
						y: r.y + 4,
						class: r.bar || r.milestone ? 'note' : 'note unscheduled',
					},
					r.note,
				),
		),
	);
}

/** Returns the dashed today line with its date above. */
function todayLine(today: { x: number; label: string }, bottom: number): SvgElement {
	return h(
		'g',
		{ class: 'today-line' },
		lines(
			h('line', { x1: today.x, x2: today.x, y1: GANTT_SIZE.top - 4, y2: bottom, class: 'today' }),
			h(
				'text',
				{ x: today.x - 4, y: GANTT_SIZE.top - 24, 'text-anchor': 'end', class: 'today-label' },
				today.label,
			),
		),
	);
}
