import { round1, type ValueScale } from './scales';
import { h, lines, type SvgElement } from './svg';

export interface GridOptions {
	left: number;
	right: number;
	format: (value: number) => string;
}

/** Returns horizontal grid lines with their labels at the y scale's five-or-so ticks, shared by the line charts. */
export function yAxisGrid(y: ValueScale, options: GridOptions): SvgElement {
	return h('g', { class: 'axis y' }, lines(gridTicks(y, { ...options, ticks: 5, gap: 6 })));
}

/**
 * Returns one group per tick of the y scale: a faint line from `left` to `right` and its label
 * `gap` to the left of it (in `fontSize` when given; small panels use smaller text).
 */
export function gridTicks(
	y: ValueScale,
	options: GridOptions & { ticks: number; gap: number; fontSize?: string },
): SvgElement[] {
	const { left, right, format, ticks, gap, fontSize } = options;
	return y.ticks(ticks).map((t) =>
		h(
			'g',
			{},
			lines(
				h('line', {
					x1: left,
					x2: right,
					y1: round1(y(t)),
					y2: round1(y(t)),
					stroke: 'currentColor',
					'stroke-opacity': '0.15',
				}),
				h(
					'text',
					{
						x: left - gap,
						y: round1(y(t)),
						dy: '0.32em',
						'text-anchor': 'end',
						// Only when given: the standalone file adds its own font size to a label without one.
						...(fontSize === undefined ? {} : { 'font-size': fontSize }),
					},
					format(t),
				),
			),
		),
	);
}
