// Monthly lines with gaps where a month has no value, an optional benchmark line, and months above
// the benchmark marked with a filled square (shape, not only colour).
import { line } from 'd3-shape';
import type { Month } from '../dates';
import { yAxisGrid } from './axes';
import type { Chart } from './chart';
import { monthScale, round1, spacedYears, valueScale } from './scales';
import { chartRoot, h, lines, type SvgChild, type SvgElement } from './svg';

export interface MonthSeries {
	label: string;
	values: { month: Month; value: number | null }[];
	/** Dash pattern of the line (`6 3`), so series differ without colour. */
	dash?: string;
	/** Mark the points above the benchmark. */
	highlight?: boolean;
}

export interface MonthLinesOptions {
	/** Every month on the x axis, in order. */
	months: Month[];
	/** Formats the y axis labels. */
	format: (value: number) => string;
	/** A benchmark line, drawn only over its months when `from`/`to` are given. */
	benchmark?: { value: number; label: string; from?: Month; to?: Month };
	width?: number;
	/** Height of the plot; the key adds 28 below. */
	height?: number;
	/** A dot on every value (off for long series, where the dots would weigh more than the lines). */
	dots?: boolean;
}

const COLOURS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-traj)'];
const KEY_HEIGHT = 28;
/** Room for a year label («2024» at 12 px is about 30 px wide). */
const YEAR_GAP = 40;
/** Width of one entry in the key. */
const KEY_STEP = 190;

/**
 * Returns one line per series over `options.months` on a y axis from 0, with gaps where a value is
 * null; highlighted series get a red square on each month above the benchmark within its period;
 * a key below names the series and the benchmark.
 */
export function monthLines(series: MonthSeries[], options: MonthLinesOptions): Chart {
	const { months, format, benchmark, width = 720, height = 280, dots = true } = options;
	const margin = { top: 14, right: 16, bottom: 28, left: 56 };
	const { x, yearTicks } = monthScale(months, [margin.left, width - margin.right]);
	const y = valueScale(
		series.flatMap((s) => s.values.map((v) => v.value)).concat(benchmark ? [benchmark.value] : []),
		[height - margin.bottom, margin.top],
		true,
	);
	const path = (s: MonthSeries) =>
		line<{ month: Month; value: number | null }>()
			.defined((d) => d.value !== null)
			.x((d) => x(d.month))
			.y((d) => y(d.value as number))(s.values) ?? '';
	const inPeriod = (m: Month) =>
		(!benchmark?.from || m >= benchmark.from) && (!benchmark?.to || m <= benchmark.to);
	const above = (s: MonthSeries) =>
		benchmark && s.highlight
			? s.values.filter((v) => v.value !== null && v.value > benchmark.value && inPeriod(v.month))
			: [];
	// Without dots, a value between two gaps would draw nothing, so it still gets its dot.
	const isolated = (s: MonthSeries, k: number) =>
		(s.values[k - 1]?.value ?? null) === null && (s.values[k + 1]?.value ?? null) === null;
	const colour = (i: number) => COLOURS[i % COLOURS.length];
	const bottom = height - margin.bottom;
	const benchmarkLine =
		benchmark &&
		h('line', {
			x1: round1(benchmark.from ? x(benchmark.from) : margin.left),
			x2: round1(benchmark.to ? x(benchmark.to) : width - margin.right),
			y1: round1(y(benchmark.value)),
			y2: round1(y(benchmark.value)),
			stroke: 'var(--chart-target)',
			'stroke-width': '2',
			'stroke-dasharray': '8 4',
		});
	const svg = chartRoot(
		width,
		height + KEY_HEIGHT,
		lines(
			yAxisGrid(y, { left: margin.left, right: width - margin.right, format }),
			h('line', {
				x1: margin.left,
				x2: width - margin.right,
				y1: bottom,
				y2: bottom,
				stroke: 'currentColor',
			}),
			spacedYears(yearTicks, x, YEAR_GAP).map((m) =>
				h('text', { x: round1(x(m)), y: bottom + 18 }, m.slice(0, 4)),
			),
			benchmarkLine,
			series.map((s, i) =>
				h('path', {
					d: path(s),
					fill: 'none',
					stroke: colour(i),
					'stroke-width': '2.5',
					'stroke-dasharray': s.dash,
				}),
			),
			series.map((s, i) =>
				s.values
					.filter((v, k) => v.value !== null && (dots || isolated(s, k)))
					.map((v) =>
						h('circle', {
							cx: round1(x(v.month)),
							cy: round1(y(v.value as number)),
							r: '2.5',
							fill: colour(i),
						}),
					),
			),
			series.map((s) =>
				above(s).map((v) =>
					h('rect', {
						x: round1(x(v.month)) - 4.5,
						y: round1(y(v.value as number)) - 4.5,
						width: '9',
						height: '9',
						fill: 'var(--red, #c0262d)',
					}),
				),
			),
			key(series, benchmark?.label, margin.left, height + 14),
		),
	);
	return { parts: [svg] };
}

/** Returns the key: each series' line sample and label, then the benchmark's, then the square's meaning. */
function key(
	series: MonthSeries[],
	benchmarkLabel: string | undefined,
	left: number,
	top: number,
): SvgElement {
	// The benchmark's entry has a slot for the square's meaning (kept, empty, without a highlight).
	const entry = (i: number, sample: SvgElement, label: string, ...extra: SvgChild[]) =>
		h(
			'g',
			{ transform: `translate(${left + i * KEY_STEP},${top})` },
			lines([sample, h('text', { x: '28', y: '0', dy: '0.32em' }, label)], ...extra),
		);
	const sample = (stroke: string, width: string, dash?: string) =>
		h('line', {
			x1: '0',
			x2: '22',
			y1: '0',
			y2: '0',
			stroke,
			'stroke-width': width,
			'stroke-dasharray': dash,
		});
	const square = series.some((s) => s.highlight) && [
		h('rect', { x: '150', y: '-4.5', width: '9', height: '9', fill: 'var(--red, #c0262d)' }),
		h('text', { x: '165', y: '0', dy: '0.32em' }, 'Over referanseverdien'),
	];
	return h(
		'g',
		{ class: 'key' },
		lines(
			series.map((s, i) => entry(i, sample(COLOURS[i % COLOURS.length], '2.5', s.dash), s.label)),
			benchmarkLabel !== undefined &&
				entry(series.length, sample('var(--chart-target)', '2', '8 4'), benchmarkLabel, square),
		),
	);
}
