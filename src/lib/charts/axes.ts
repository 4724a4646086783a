import { round1, type ValueScale } from './scales';
import { h, lines, type SvgElement } from './svg';

/** Returns horizontal grid lines with their labels at the y scale's five-or-so ticks, shared by the line charts. */
export function yAxisGrid(
	y: ValueScale,
	options: { left: number; right: number; format: (value: number) => string },
): SvgElement {
	const { left, right, format } = options;
	return h(
		'g',
		{ class: 'axis y' },
		lines(
			y.ticks(5).map((t) =>
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
							{ x: left - 6, y: round1(y(t)), dy: '0.32em', 'text-anchor': 'end' },
							format(t),
						),
					),
				),
			),
		),
	);
}
