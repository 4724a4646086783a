// A small trend line for KPI cards and area tables; the text next to it carries the numbers, so it is
// decorative (aria-hidden) and has no axes.
import { line } from 'd3-shape';
import type { Month } from '../dates';
import type { Channel } from './channels';
import type { Chart } from './chart';
import { monthScale, valueScale } from './scales';
import { h, lines } from './svg';

export interface SparklineOptions<T> {
	/** The month of each datum. */
	x: Channel<T, Month>;
	/** The value of each datum; `null` leaves a gap. */
	y: Channel<T, number | null>;
	/** A dashed target line across the chart. */
	target?: number | null;
	/** Counts and days start at 0; shares get a y range around the data. */
	fromZero: boolean;
	width?: number;
	height?: number;
}

/**
 * Returns the sparkline of `data` in month order, e.g. `sparkline(records, { x: 'period', y: 'value',
 * fromZero: true })`: the line with gaps where `y` is null, and the target as a dashed line.
 */
export function sparkline<T>(data: T[], options: SparklineOptions<T>): Chart {
	const { target = null, fromZero, width = 240, height = 48 } = options;
	const month = (d: T) => d[options.x] as Month;
	const value = (d: T) => d[options.y] as number | null;
	const { x } = monthScale(data.map(month), [2, width - 2]);
	const y = valueScale([...data.map(value), target], [height - 3, 3], fromZero);
	const d =
		line<T>()
			.defined((p) => value(p) !== null)
			.x((p) => x(month(p)))
			.y((p) => y(value(p) as number))(data) ?? '';
	const targetLine =
		target !== null &&
		h('line', {
			x1: '0',
			x2: width,
			y1: y(target),
			y2: y(target),
			stroke: 'var(--chart-target)',
			'stroke-width': '1.5',
			'stroke-dasharray': '6 3',
		});
	const svg = h(
		'svg',
		{
			class: 'sparkline',
			viewBox: `0 0 ${width} ${height}`,
			width,
			height,
			'aria-hidden': 'true',
			focusable: 'false',
		},
		lines(
			targetLine,
			h('path', { d, fill: 'none', stroke: 'var(--chart-1)', 'stroke-width': '2' }),
		),
	);
	return { parts: [svg] };
}
