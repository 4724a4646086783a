// Monthly KPI values with the target line, the expected trajectory and the 50 %/100 % milestones.
// Lines differ by dash pattern as well as colour, so the chart prints in black and white.
import { line } from 'd3-shape';
import type { Month } from '../dates';
import { yAxisGrid } from './axes';
import type { Chart } from './chart';
import { monthScale, round1, spacedYears, valueScale } from './scales';
import { chartRoot, h, lines, type SvgElement } from './svg';

/** One month of a KPI: its value, target and expected value (each `null` when there is none). */
export interface KpiPoint {
	month: Month;
	value: number | null;
	target: number | null;
	expected: number | null;
	/** Not final yet (the latest month's readmissions): drawn as an open ring. */
	provisional?: boolean;
}

export interface KpiLineChartOptions {
	/** Formats the y axis labels (`formatKpiValue`). */
	format: (value: number) => string;
	/** Counts and days start at 0; shares get a y axis around the data. */
	fromZero: boolean;
	/** Diamonds on the trajectory, e.g. «50 %» one year after the effective date. */
	milestones?: { month: Month; label: string }[];
	width?: number;
	/** Height of the plot; the key adds 28 below. */
	height?: number;
}

const KEY_HEIGHT = 28;
/** Room for a year label («2024» at 12 px is about 30 px wide). */
const YEAR_GAP = 40;

/**
 * Returns the line chart of `data`, one point per month in month order: the value (solid, with a dot
 * per month and a ring where provisional), the target (dashed) and the trajectory (dotted), each with
 * a gap where a month has none; y labels through `options.format`; a key below.
 */
export function kpiLineChart(data: KpiPoint[], options: KpiLineChartOptions): Chart {
	const { format, fromZero, milestones = [], width = 720, height = 300 } = options;
	const margin = { top: 16, right: 16, bottom: 28, left: 64 };
	const y = valueScale(
		data.flatMap((d) => [d.value, d.target, d.expected]),
		[height - margin.bottom, margin.top],
		fromZero,
	);
	// Room for the longest y label ("1 200 døgn" is ~70 px at 12 px), so it is not cut off at the left edge.
	margin.left = Math.max(
		margin.left,
		Math.max(...y.ticks(5).map((t) => format(t).length)) * 7 + 10,
	);
	const { x, yearTicks } = monthScale(
		data.map((d) => d.month),
		[margin.left, width - margin.right],
	);
	const bottom = height - margin.bottom;
	const path = (key: 'value' | 'target' | 'expected') =>
		line<KpiPoint>()
			.defined((d) => d[key] !== null)
			.x((d) => x(d.month))
			.y((d) => y(d[key] as number))(data) ?? '';
	const at = (d: KpiPoint) => ({ cx: round1(x(d.month)), cy: round1(y(d.value as number)) });
	const provisional = data.filter((d) => d.provisional && d.value !== null);
	const marks = milestones.flatMap((m) => {
		const point = data.find((d) => d.month === m.month);
		return point && point.expected !== null
			? [{ ...m, mx: round1(x(m.month)), my: round1(y(point.expected)) }]
			: [];
	});
	const svg = chartRoot(
		width,
		height + KEY_HEIGHT,
		lines(
			yAxisGrid(y, { left: margin.left, right: width - margin.right, format }),
			xAxis(
				spacedYears(yearTicks, x, YEAR_GAP).map((m) => ({ x: round1(x(m)), label: m.slice(0, 4) })),
				margin.left,
				width - margin.right,
				bottom,
			),
			h('path', {
				d: path('target'),
				fill: 'none',
				stroke: 'var(--chart-target)',
				'stroke-width': '2',
				'stroke-dasharray': '8 4',
			}),
			h('path', {
				d: path('expected'),
				fill: 'none',
				stroke: 'var(--chart-traj)',
				'stroke-width': '2',
				'stroke-dasharray': '2 3',
			}),
			h('path', {
				d: path('value'),
				fill: 'none',
				stroke: 'var(--chart-1)',
				'stroke-width': '2.5',
			}),
			data
				.filter((d) => d.value !== null)
				.map((d) => h('circle', { ...at(d), r: '2', fill: 'var(--chart-1)' })),
			provisional.map((d) =>
				h('circle', {
					...at(d),
					r: '5',
					fill: 'var(--bg, #fff)',
					stroke: 'var(--chart-1)',
					'stroke-width': '2',
				}),
			),
			marks.map((m) => milestone(m.mx, m.my, m.label)),
			key(margin.left, height + 14, provisional.length > 0),
		),
	);
	return { parts: [svg] };
}

/** Returns the x axis line with a tick and the year at each January. */
function xAxis(
	years: { x: number; label: string }[],
	left: number,
	right: number,
	bottom: number,
): SvgElement {
	const tick = (t: { x: number; label: string }) =>
		h(
			'g',
			{},
			lines(
				h('line', { x1: t.x, x2: t.x, y1: bottom, y2: bottom + 5, stroke: 'currentColor' }),
				h('text', { x: t.x, y: bottom + 18, 'text-anchor': 'start' }, t.label),
			),
		);
	return h(
		'g',
		{ class: 'axis x' },
		lines(
			h('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: 'currentColor' }),
			years.map(tick),
		),
	);
}

/** Returns a diamond on the trajectory with its label above. */
function milestone(x: number, y: number, label: string): SvgElement {
	return h(
		'g',
		{ class: 'milestone' },
		lines(
			h('path', {
				d: `M${x},${y - 7}l7,7l-7,7l-7,-7z`,
				fill: 'var(--bg, #fff)',
				stroke: 'currentColor',
				'stroke-width': '1.5',
			}),
			h('text', { x, y: y - 11, 'text-anchor': 'middle' }, label),
		),
	);
}

/** Returns the key: a sample of each line with its name, and the ring when a month is provisional. */
function key(left: number, top: number, provisional: boolean): SvgElement {
	const text = (x: number, label: string) =>
		h('text', { x: String(x), y: '0', dy: '0.32em' }, label);
	const sample = (x: number, stroke: string, width: string, dash?: string) =>
		h('line', {
			x1: String(x),
			x2: String(x + 24),
			y1: '0',
			y2: '0',
			stroke,
			'stroke-width': width,
			'stroke-dasharray': dash,
		});
	return h(
		'g',
		{ class: 'key', transform: `translate(${left},${top})` },
		lines(
			[sample(0, 'var(--chart-1)', '2.5'), text(30, 'Verdi')],
			[sample(90, 'var(--chart-target)', '2', '8 4'), text(120, 'Mål')],
			[
				sample(170, 'var(--chart-traj)', '2', '2 3'),
				text(200, 'Forventet bane (50 % etter ett år, 100 % etter to)'),
			],
			provisional && [
				h('circle', {
					cx: '520',
					cy: '0',
					r: '5',
					fill: 'none',
					stroke: 'var(--chart-1)',
					'stroke-width': '2',
				}),
				text(530, 'Foreløpig'),
			],
		),
	);
}
