// UKP days a year against the number of places: the Erlang C line, the simulated 10th–90th
// percentile band with the median as dots, the target as a dashed line, and today's places and the
// places the target needs as labelled verticals. Line, band, dots and dashes differ by shape as
// well as colour, so the chart prints in black and white.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { yAxisGrid } from './axes';
import type { Chart } from './chart';
import { round1, valueScale } from './scales';
import { chartRoot, h, lines, type SvgElement } from './svg';

/** The line: expected UKP days a year at each number of places (`null` where the queue is unstable). */
export interface CapacityLinePoint {
	places: number;
	ukpDaysPerYear: number | null;
}

/** The band: the simulated 10th, 50th and 90th percentiles of UKP days a year at a number of places. */
export interface CapacityBandPoint {
	places: number;
	p10: number;
	p50: number;
	p90: number;
}

/** A vertical marker at a number of places, with its label above the plot. */
export interface PlacesMarker {
	places: number;
	label: string;
}

export interface CapacityCurveOptions {
	band: CapacityBandPoint[];
	/** The horizontal target line (UKP days a year) and its label. */
	target: { value: number; label: string };
	/** Today's places, and the places the target needs (absent when out of reach). */
	today: PlacesMarker;
	needed?: PlacesMarker | null;
	/** Formats the y axis labels (`formatDays(v, 0)`). */
	format: (value: number) => string;
	width?: number;
	/** Height of the plot; the key adds {@link KEY_HEIGHT} below. */
	height?: number;
}

/** Height of the key under the plot: two rows. */
export const KEY_HEIGHT = 48;
/** Room above the plot for the two marker labels. */
const LABEL_ROOM = 34;

/**
 * Returns the chart of `data` (in order of places) with `options.band` as a shaded area from p10 to
 * p90 and a dot at each median, the target as a dashed horizontal line, today and the places needed
 * as verticals labelled above the plot; x ticks at whole places, y from 0 through `options.format`.
 */
export function capacityCurve(data: CapacityLinePoint[], options: CapacityCurveOptions): Chart {
	const { band, target, today, needed = null, format, width = 720, height = 320 } = options;
	const margin = { top: LABEL_ROOM, right: 20, bottom: 34, left: 64 };
	const y = valueScale(
		[...data.map((d) => d.ukpDaysPerYear), ...band.map((b) => b.p90), target.value],
		[height - margin.bottom, margin.top],
		true,
	);
	margin.left = Math.max(
		margin.left,
		Math.max(...y.ticks(5).map((t) => format(t).length)) * 7 + 10,
	);
	const places = [...data.map((d) => d.places), ...band.map((b) => b.places)];
	const x = scaleLinear()
		.domain([Math.min(...places), max(places) ?? 1])
		.range([margin.left, width - margin.right]);
	const bottom = height - margin.bottom;
	const linePath =
		line<CapacityLinePoint>()
			.defined((d) => d.ukpDaysPerYear !== null)
			.x((d) => round1(x(d.places)))
			.y((d) => round1(y(d.ukpDaysPerYear!)))(data) ?? '';
	const bandPath =
		area<CapacityBandPoint>()
			.x((b) => round1(x(b.places)))
			.y0((b) => round1(y(b.p10)))
			.y1((b) => round1(y(b.p90)))(band) ?? '';
	const ty = round1(y(target.value));
	const svg = chartRoot(
		width,
		height + KEY_HEIGHT,
		lines(
			yAxisGrid(y, { left: margin.left, right: width - margin.right, format }),
			xAxis(x, margin.left, width - margin.right, bottom),
			h('path', {
				class: 'band',
				d: bandPath,
				fill: 'var(--chart-1)',
				'fill-opacity': '0.18',
				stroke: 'var(--chart-1)',
				'stroke-opacity': '0.5',
				'stroke-width': '1',
			}),
			h('line', {
				x1: margin.left,
				x2: width - margin.right,
				y1: ty,
				y2: ty,
				stroke: 'var(--chart-target)',
				'stroke-width': '2',
				'stroke-dasharray': '8 4',
			}),
			h('text', { x: width - margin.right, y: ty - 6, 'text-anchor': 'end' }, target.label),
			h('path', { d: linePath, fill: 'none', stroke: 'var(--chart-1)', 'stroke-width': '2.5' }),
			band.map((b) =>
				h('circle', {
					cx: round1(x(b.places)),
					cy: round1(y(b.p50)),
					r: '3.5',
					fill: 'var(--bg, #fff)',
					stroke: 'var(--chart-1)',
					'stroke-width': '1.5',
				}),
			),
			marker(today, x, { bottom, right: width - margin.right, labelY: 12, dash: '2 3' }),
			needed && marker(needed, x, { bottom, right: width - margin.right, labelY: 28, dash: '6 3' }),
			key(margin.left, height + 14),
		),
	);
	return { parts: [svg] };
}

/** Returns the x axis with a tick and label at five or so whole numbers of places. */
function xAxis(
	x: ReturnType<typeof scaleLinear<number, number>>,
	left: number,
	right: number,
	bottom: number,
): SvgElement {
	const ticks = x.ticks(6).filter(Number.isInteger);
	const tick = (t: number) =>
		h(
			'g',
			{},
			lines(
				h('line', {
					x1: round1(x(t)),
					x2: round1(x(t)),
					y1: bottom,
					y2: bottom + 5,
					stroke: 'currentColor',
				}),
				h('text', { x: round1(x(t)), y: bottom + 18, 'text-anchor': 'middle' }, String(t)),
			),
		);
	return h(
		'g',
		{ class: 'axis x' },
		lines(
			h('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: 'currentColor' }),
			ticks.map(tick),
			h('text', { x: right, y: bottom + 32, 'text-anchor': 'end' }, 'Antall plasser'),
		),
	);
}

/** Room a marker label needs to the right of its line (about 30 characters at 12 px). */
const LABEL_WIDTH = 200;

/** Returns a vertical dashed line at a number of places, its label `labelY` px from the top (left of the line near the right edge). */
function marker(
	m: PlacesMarker,
	x: (places: number) => number,
	at: { bottom: number; right: number; labelY: number; dash: string },
): SvgElement {
	const mx = round1(x(m.places));
	const flip = mx + LABEL_WIDTH > at.right;
	return h(
		'g',
		{ class: 'marker' },
		lines(
			h('line', {
				x1: mx,
				x2: mx,
				y1: at.labelY + 4,
				y2: at.bottom,
				stroke: 'var(--chart-traj)',
				'stroke-width': '1.5',
				'stroke-dasharray': at.dash,
			}),
			h(
				'text',
				{ x: mx, y: at.labelY, dx: flip ? '-4' : '4', 'text-anchor': flip ? 'end' : 'start' },
				m.label,
			),
		),
	);
}

/** Returns the key in two rows: line and band; median dots and target. */
function key(left: number, top: number): SvgElement {
	const text = (x: number, y: number, label: string) =>
		h('text', { x: String(x), y: String(y), dy: '0.32em' }, label);
	return h(
		'g',
		{ class: 'key', transform: `translate(${left},${top})` },
		lines(
			[
				h('line', {
					x1: '0',
					x2: '24',
					y1: '0',
					y2: '0',
					stroke: 'var(--chart-1)',
					'stroke-width': '2.5',
				}),
				text(30, 0, 'Forventet (Erlang C)'),
			],
			[
				h('rect', {
					x: '200',
					y: '-6',
					width: '24',
					height: '12',
					fill: 'var(--chart-1)',
					'fill-opacity': '0.18',
					stroke: 'var(--chart-1)',
					'stroke-opacity': '0.5',
				}),
				text(230, 0, 'Simulert, 8 av 10 år innenfor (10.–90. persentil)'),
			],
			[
				h('circle', {
					cx: '12',
					cy: '20',
					r: '3.5',
					fill: 'var(--bg, #fff)',
					stroke: 'var(--chart-1)',
					'stroke-width': '1.5',
				}),
				text(30, 20, 'Simulert median'),
			],
			[
				h('line', {
					x1: '200',
					x2: '224',
					y1: '20',
					y2: '20',
					stroke: 'var(--chart-target)',
					'stroke-width': '2',
					'stroke-dasharray': '8 4',
				}),
				text(230, 20, 'Mål'),
			],
		),
	);
}
