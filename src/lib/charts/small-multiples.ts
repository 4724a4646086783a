// One small monthly chart per area on a shared y scale, with the benchmark line; a month without a
// value (or hidden for privacy) is a gap. The page sets the panels in a CSS grid.
import { line } from 'd3-shape';
import type { Month } from '../dates';
import type { Chart } from './chart';
import { gridTicks } from './axes';
import { monthScale, round1, spacedYears, valueScale } from './scales';
import { chartRoot, h, lines } from './svg';

export interface Panel {
	label: string;
	values: { month: Month; value: number | null }[];
}

export interface SmallMultiplesOptions {
	/** Every month on the x axis, in order. */
	months: Month[];
	/** Formats the y axis labels. */
	format: (value: number) => string;
	/** A dashed line at this value in every panel. */
	benchmark?: number;
}

const WIDTH = 220;
const HEIGHT = 110;
/** Room for a year label in a panel: on a 180 px axis, five years show every other one. */
const YEAR_GAP = 40;
/** Panels per row in the standalone file (the page's grid fits as many as its width allows). */
const COLUMNS = 4;

/**
 * Returns one 220 × 110 panel per datum, all on one y scale from 0 with two or three ticks: the
 * panel's label, years on the x axis as far apart as they need, the benchmark, and the line with gaps at nulls.
 */
export function smallMultiples(panels: Panel[], options: SmallMultiplesOptions): Chart {
	const { months, format, benchmark } = options;
	const margin = { top: 20, right: 6, bottom: 16, left: 34 };
	const { x, yearTicks } = monthScale(months, [margin.left, WIDTH - margin.right]);
	const y = valueScale(
		panels.flatMap((p) => p.values.map((v) => v.value)).concat(benchmark ?? []),
		[HEIGHT - margin.bottom, margin.top],
		true,
	);
	const path = (p: Panel) =>
		line<{ month: Month; value: number | null }>()
			.defined((d) => d.value !== null)
			.x((d) => x(d.month))
			.y((d) => y(d.value as number))(p.values) ?? '';
	const [left, right] = [margin.left, WIDTH - margin.right];
	const grid = gridTicks(y, { left, right, format, ticks: 2, gap: 4, fontSize: '10' });
	const years = spacedYears(yearTicks, x, YEAR_GAP).map((m) =>
		h('text', { x: round1(x(m)), y: HEIGHT - 3, 'font-size': '10' }, m.slice(0, 4)),
	);
	const benchmarkLine =
		benchmark !== undefined &&
		h('line', {
			x1: left,
			x2: right,
			y1: round1(y(benchmark)),
			y2: round1(y(benchmark)),
			stroke: 'var(--chart-target)',
			'stroke-width': '1.5',
			'stroke-dasharray': '5 3',
		});
	const parts = panels.map((p) =>
		chartRoot(
			WIDTH,
			HEIGHT,
			lines(
				h('text', { x: left, y: '13', 'font-weight': '600' }, p.label),
				grid,
				years,
				benchmarkLine,
				h('path', { d: path(p), fill: 'none', stroke: 'var(--chart-1)', 'stroke-width': '1.5' }),
			),
		),
	);
	// The page's `.small-multiples svg text` rule (SmallMultiples.astro) outweighs the 10 px attributes.
	return { parts, columns: COLUMNS, styles: [['text', { 'font-size': 11 }]] };
}
