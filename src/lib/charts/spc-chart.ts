// The SPC (XmR) chart of one KPI series, as NHS "Making Data Count" draws it: the monthly values,
// each segment's mean and process limits, the target, and the points flagged by a special-cause
// rule marked by the rule's shape (filled for an improvement, hollow for a concern); under the plot one row per rule
// marks every month it flags, so a point with several rules shows them all. A rebase is a dashed
// vertical line with its reason. Lines differ by dash pattern, so it prints in black and white.
import { line } from 'd3-shape';
import { monthIndex, monthRange, type Month } from '../dates';
import { formatMonth } from '../format';
import { computeVariation } from '../spc/summary';
import { RULE_WORDS } from '../spc/present';
import { SPC_RULES, type Direction, type SpcPoint, type SpcSegment } from '../spc/types';
import { yAxisGrid } from './axes';
import type { Chart } from './chart';
import { monthScale, round1, spacedYears, valueScale } from './scales';
import {
	CHAR_WIDTH,
	layoutKey,
	ruleShape,
	SIDE_PAINT,
	spcKeyEntries,
	type MarkPaint,
	VALUE_COLOUR,
} from './spc-marks';
import { chartRoot, h, lines, type SvgChild, type SvgElement } from './svg';

/** One point of the chart: a month with a value, its segment's line and the rules it is flagged by. */
export type SpcChartPoint = Pick<
	SpcPoint,
	'month' | 'value' | 'segment' | 'mean' | 'lpl' | 'upl' | 'rules'
>;

/** One segment: its months, limits (`null` without) and the reason of the rebase that starts it. */
export type SpcChartSegment = Pick<
	SpcSegment,
	'segment' | 'from' | 'to' | 'mean' | 'lpl' | 'upl' | 'reason'
>;

export interface SpcChartOptions {
	/** The series' segments, as the SPC engine gives them. */
	segments: SpcChartSegment[];
	/** Which way is better: decides whether a flagged point is an improvement or a concern. */
	direction: Direction;
	/** The target on the monthly scale, drawn across the chart; `null` for none. */
	target: number | null;
	/** Formats the y axis labels. */
	format: (value: number) => string;
	/** Counts and days start at 0; shares get a y axis around the data. */
	fromZero: boolean;
	/** Limits outside these bounds are not drawn (a share's limit over 100 %, a count's under 0); the table has them. */
	bounds?: { min?: number; max?: number };
	/** Points a segment needs for limits, for the note on a segment without them. */
	minPoints: number;
	width?: number;
	/** Height of the plot; reason labels, the signal rows and the key add to it. */
	height?: number;
}

const YEAR_GAP = 40;
const RULE_ROW = 14;

/**
 * Returns the SPC chart of `points` (month order, months without a value left out): the value line
 * (broken at a missing month and at a rebase) with a dot per month, or the shape of its first rule
 * when flagged, filled for an improvement and hollow for a concern; per segment with limits the mean (solid) and the process limits
 * (dotted), per segment without them a note; the target (dashed); a dashed vertical line with the
 * reason at each rebase; one row per rule under the axis; a key below.
 */
export function spcChart(points: SpcChartPoint[], options: SpcChartOptions): Chart {
	const { segments, target, format, fromZero, width = 720, height = 240 } = options;
	const reasons = segments.filter((s) => s.reason !== null);
	const hasLimits = segments.some((s) => s.mean !== null);
	const frame = { top: 16 + (reasons.length > 0 ? 18 : 0), right: 16, left: 64, bottom: 0 };
	frame.bottom = frame.top + height;
	const visible = (v: number | null) =>
		v !== null && v >= (options.bounds?.min ?? -Infinity) && v <= (options.bounds?.max ?? Infinity);
	const limitValues = segments.flatMap((s) => [s.mean, s.lpl, s.upl]).filter(visible);
	const y = valueScale(
		[...points.map((p) => p.value), ...limitValues, target],
		[frame.bottom, frame.top],
		fromZero,
	);
	frame.left = Math.max(
		frame.left,
		Math.max(...y.ticks(5).map((t) => format(t).length)) * 7 + 10,
		hasLimits ? 80 : 0,
	);
	const months =
		points.length > 0 ? monthRange(points[0].month, points[points.length - 1].month) : [];
	const { x, yearTicks } = monthScale(months.length > 0 ? months : ['2000-01'], [
		frame.left,
		width - frame.right,
	]);
	const step = months.length > 1 ? x(months[1]) - x(months[0]) : 0;
	const scales = { x, y, step, visible, ...frame, right: width - frame.right };
	const stripTop = frame.bottom + 34;
	const { key, height: keyHeight } = layoutKey(
		spcKeyEntries({ target: target !== null, limits: hasLimits, rebase: reasons.length > 0 }),
		frame.left,
		width - frame.right,
		stripTop + (hasLimits ? SPC_RULES.length * RULE_ROW : 0) + 12,
	);
	const total = stripTop + (hasLimits ? SPC_RULES.length * RULE_ROW : 0) + 12 + keyHeight;
	const svg = chartRoot(
		width,
		total,
		lines(
			yAxisGrid(y, { left: frame.left, right: width - frame.right, format }),
			xAxis(
				spacedYears(yearTicks, x, YEAR_GAP).map((m) => round1(x(m))),
				spacedYears(yearTicks, x, YEAR_GAP),
				frame.left,
				width - frame.right,
				frame.bottom,
			),
			segments.map((s) => segmentLines(s, scales, options.minPoints)),
			target !== null &&
				h('line', {
					class: 'spc-target',
					x1: frame.left,
					x2: width - frame.right,
					y1: round1(y(target)),
					y2: round1(y(target)),
					stroke: 'var(--chart-target)',
					'stroke-width': '2',
					'stroke-dasharray': '8 4',
				}),
			reasons.map((s) => rebaseLine(s, scales)),
			h('path', {
				class: 'spc-value',
				d: valuePath(points, scales),
				fill: 'none',
				stroke: VALUE_COLOUR,
				'stroke-width': '2',
			}),
			points.map((p, i) => pointMark(p, points[i - 1], scales, options.direction)),
			hasLimits && ruleRows(points, scales, options.direction, stripTop),
			key,
		),
	);
	return { parts: [svg] };
}

interface Scales {
	x: (m: Month) => number;
	y: (v: number) => number;
	/** Width of one month. */
	step: number;
	visible: (v: number | null) => boolean;
	top: number;
	bottom: number;
	left: number;
	right: number;
}

// The value line: a new subpath after a month without a value and at a rebase.
function valuePath(points: SpcChartPoint[], s: Scales): string {
	const broken = points.flatMap((p, i) => {
		const prev = points[i - 1];
		const gap =
			prev !== undefined &&
			(prev.segment !== p.segment || monthIndex(p.month) !== monthIndex(prev.month) + 1);
		return gap ? [null, p] : [p];
	});
	return (
		line<SpcChartPoint | null>()
			.defined((p) => p !== null)
			.x((p) => s.x(p!.month))
			.y((p) => s.y(p!.value))(broken) ?? ''
	);
}

// A dot, or the shape of the point's first rule (the one that decides its side) painted by its side.
function pointMark(
	p: SpcChartPoint,
	prev: SpcChartPoint | undefined,
	s: Scales,
	direction: Direction,
): SvgElement {
	const [cx, cy] = [s.x(p.month), s.y(p.value)];
	const rule = p.rules[0];
	if (rule === undefined)
		return h('circle', { cx: round1(cx), cy: round1(cy), r: '2.5', fill: VALUE_COLOUR });
	return ruleShape(rule, cx, cy, 5, sidePaint(p, prev, rule, direction));
}

function sidePaint(
	p: SpcChartPoint,
	prev: SpcChartPoint | undefined,
	rule: SpcChartPoint['rules'][number],
	direction: Direction,
): MarkPaint {
	const limits = { mean: p.mean!, lpl: p.lpl!, upl: p.upl!, mrBar: 0 };
	const previous = prev !== undefined && prev.segment === p.segment ? prev.value : null;
	const side = computeVariation({ value: p.value, previous, limits, rules: [rule] }, direction);
	return side === 'concern' ? SIDE_PAINT.concern : SIDE_PAINT.improvement;
}

// Under the axis, a row per rule with its short name and its shape at every month it flags.
function ruleRows(
	points: SpcChartPoint[],
	s: Scales,
	direction: Direction,
	top: number,
): SvgElement {
	const row = (rule: (typeof SPC_RULES)[number], i: number) => {
		const cy = top + i * RULE_ROW;
		const flagged = points.flatMap((p, k) =>
			p.rules.includes(rule)
				? [ruleShape(rule, s.x(p.month), cy, 4, sidePaint(p, points[k - 1], rule, direction))]
				: [],
		);
		return h(
			'g',
			{ class: `spc-row spc-row-${rule}` },
			lines(
				h(
					'text',
					{ x: s.left - 10, y: cy, dy: '0.32em', 'text-anchor': 'end' },
					RULE_WORDS[rule].short,
				),
				h('line', {
					x1: s.left,
					x2: s.right,
					y1: cy,
					y2: cy,
					stroke: 'currentColor',
					'stroke-opacity': '0.15',
				}),
				flagged,
			),
		);
	};
	return h('g', { class: 'spc-rules' }, lines(SPC_RULES.map(row)));
}

// A segment's mean and limits over its months, or a note where it has too few points for them.
function segmentLines(seg: SpcChartSegment, s: Scales, minPoints: number): SvgChild {
	const [x1, x2] = [round1(s.x(seg.from)), round1(s.x(seg.to))];
	if (seg.mean === null) {
		// The whole note where it fits in the segment's room, else its first words (the text summary says why).
		const long = `Ingen grenser: færre enn ${minPoints} punkter`;
		const note = x1 + long.length * CHAR_WIDTH <= s.right ? long : 'Ingen grenser';
		return h('text', { class: 'spc-no-limits', x: x1 + 4, y: s.top + 12 }, note);
	}
	const at = (v: number | null, attrs: Record<string, string>) =>
		s.visible(v)
			? h('line', {
					x1,
					x2,
					y1: round1(s.y(v!)),
					y2: round1(s.y(v!)),
					stroke: 'currentColor',
					'stroke-width': '1.5',
					...attrs,
				})
			: null;
	return h(
		'g',
		{ class: 'spc-limits', 'data-segment': seg.segment },
		lines(
			at(seg.mean, { class: 'spc-mean' }),
			at(seg.upl, { class: 'spc-upl', 'stroke-dasharray': '2 3' }),
			at(seg.lpl, { class: 'spc-lpl', 'stroke-dasharray': '2 3' }),
		),
	);
}

// Between the segment's first month and the month before, with «Ny periode: <reason>» above the plot.
function rebaseLine(seg: SpcChartSegment, s: Scales): SvgElement {
	const lx = round1(s.x(seg.from) - s.step / 2);
	const toRight = lx < (s.left + s.right) / 2;
	const room = toRight ? s.right - lx - 4 : lx - s.left - 4;
	const text = `Ny periode fra ${formatMonth(seg.from)}: ${seg.reason}`;
	const fit = Math.max(8, Math.floor(room / CHAR_WIDTH));
	return h(
		'g',
		{ class: 'spc-rebase' },
		lines(
			h('line', {
				x1: lx,
				x2: lx,
				y1: s.top - 14,
				y2: s.bottom,
				stroke: 'currentColor',
				'stroke-width': '1.5',
				'stroke-dasharray': '5 3',
			}),
			h(
				'text',
				{ x: toRight ? lx + 4 : lx - 4, y: s.top - 10, 'text-anchor': toRight ? 'start' : 'end' },
				text.length > fit ? `${text.slice(0, fit - 1)}…` : text,
			),
		),
	);
}

function xAxis(
	xs: number[],
	years: Month[],
	left: number,
	right: number,
	bottom: number,
): SvgElement {
	const tick = (x: number, m: Month) =>
		h(
			'g',
			{},
			lines(
				h('line', { x1: x, x2: x, y1: bottom, y2: bottom + 5, stroke: 'currentColor' }),
				h('text', { x, y: bottom + 18, 'text-anchor': 'start' }, m.slice(0, 4)),
			),
		);
	return h(
		'g',
		{ class: 'axis x' },
		lines(
			h('line', { x1: left, x2: right, y1: bottom, y2: bottom, stroke: 'currentColor' }),
			years.map((m, i) => tick(xs[i], m)),
		),
	);
}
