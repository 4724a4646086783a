// Horizontal bars, one per row, with an optional reference line. Synthetic bars are hatched and
// non-comparable bars carry ▲, so neither depends on colour alone.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Chart } from './chart';
import { round1 } from './scales';
import { chartRoot, h, lines, type SvgElement } from './svg';

export interface Bar {
	label: string;
	value: number | null;
	synthetic?: boolean;
	comparable?: boolean;
	/** Distinguishes the helsefellesskap's own bars from reference bars. */
	own?: boolean;
}

export interface BarChartOptions {
	/** Formats the value written after each bar. */
	format: (value: number) => string;
	/** A dashed vertical line across the bars, labelled below (a benchmark or target). */
	reference?: { value: number; label: string };
	width?: number;
}

const ROW_HEIGHT = 26;
/** Longer labels are cut with «…» so they fit left of the bars. */
const MAX_LABEL = 46;

/**
 * Returns one bar per datum in the given order on an x axis from 0, its value written after it;
 * «– (ingen verdi)» for a null value; own bars in the first colour, references in the second,
 * synthetic ones hatched; the chart is as tall as its rows.
 */
export function barChart(data: Bar[], options: BarChartOptions): Chart {
	const { format, reference, width = 720 } = options;
	const margin = { top: 8, right: 90, bottom: reference ? 30 : 8, left: 290 };
	const height = margin.top + margin.bottom + ROW_HEIGHT * data.length;
	const values = data.map((d) => d.value ?? 0).concat(reference ? [reference.value] : []);
	const x = scaleLinear()
		.domain([0, Math.max(...values, 0.001)])
		.range([margin.left, width - margin.right])
		.nice();
	const y = scaleBand()
		.domain(data.map((_, i) => String(i)))
		.range([margin.top, height - margin.bottom])
		.padding(0.25);
	// Unique per set of labels, so two bar charts on one page do not share (or clash over) a pattern.
	const patternId = `hatch-${Math.abs(
		data
			.map((d) => d.label)
			.join('|')
			.split('')
			.reduce((acc, c) => (acc * 31 + c.charCodeAt(0)) | 0, 7),
	)}`;
	const row = (d: Bar, i: number) => {
		const top = y(String(i))!;
		const mid = round1(top + y.bandwidth() / 2);
		const label = `${d.comparable === false ? '▲ ' : ''}${d.label}`;
		const text = (tx: number, content: string, anchor?: string) =>
			h('text', { x: tx, y: mid, dy: '0.32em', 'text-anchor': anchor }, content);
		const fill =
			d.synthetic && !d.own ? `url(#${patternId})` : d.own ? 'var(--chart-1)' : 'var(--chart-2)';
		const bar =
			d.value === null
				? text(margin.left + 4, '– (ingen verdi)')
				: lines(
						h('rect', {
							x: margin.left,
							y: round1(top),
							width: Math.max(0, round1(x(d.value) - margin.left)),
							height: round1(y.bandwidth()),
							fill,
							stroke: d.synthetic ? 'var(--chart-2)' : 'none',
						}),
						text(round1(x(d.value)) + 4, format(d.value)),
					);
		return h(
			'g',
			{},
			lines(
				text(
					margin.left - 6,
					label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
					'end',
				),
				bar,
			),
		);
	};
	const svg = chartRoot(
		width,
		height,
		lines(
			hatch(patternId),
			data.map(row),
			reference &&
				referenceLine(
					round1(x(reference.value)),
					margin.top - 4,
					height - margin.bottom + 4,
					height - 8,
					reference.label,
				),
		),
	);
	return { parts: [svg] };
}

/** Returns the hatch pattern of synthetic reference bars. */
function hatch(id: string): SvgElement {
	const pattern = h(
		'pattern',
		{ id, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
		lines([
			h('rect', { width: '6', height: '6', fill: 'var(--bg, #fff)' }),
			h('line', {
				x1: '0',
				y1: '0',
				x2: '0',
				y2: '6',
				stroke: 'var(--chart-2)',
				'stroke-width': '3',
			}),
		]),
	);
	return h('defs', {}, lines(pattern));
}

function referenceLine(
	x: number,
	y1: number,
	y2: number,
	labelY: number,
	label: string,
): SvgElement {
	return h(
		'g',
		{},
		lines(
			h('line', {
				x1: x,
				x2: x,
				y1,
				y2,
				stroke: 'var(--chart-target)',
				'stroke-width': '2',
				'stroke-dasharray': '6 3',
			}),
			h('text', { x, y: labelY, 'text-anchor': 'middle' }, label),
		),
	);
}
