// The marks of the SPC chart that carry meaning without colour: one shape per special-cause rule
// (diamond, triangle, square, large circle); an improvement filled, a concern hollow with a thick
// edge (as the variation icons), so the side reads in black and white too; and the key that names
// every line, shape and paint.
import { RULE_WORDS, VARIATION_WORDS } from '../spc/present';
import { SPC_RULES, type SpcRule } from '../spc/types';
import { round1 } from './scales';
import { h, lines, type SvgChild, type SvgElement } from './svg';

/** A mark's paint: fill and outline. */
export type MarkPaint = { fill: string; stroke: string; 'stroke-width': string };

/** Returns the paint of a flagged point by the side it lies on, and the neutral paint of the key's shape samples. */
export const SIDE_PAINT: Readonly<Record<'improvement' | 'concern' | 'neutral', MarkPaint>> = {
	improvement: { fill: 'var(--chart-1)', stroke: 'currentColor', 'stroke-width': '0.8' },
	concern: { fill: 'var(--bg, #fff)', stroke: 'var(--chart-2)', 'stroke-width': '2' },
	neutral: { fill: 'var(--chart-traj)', stroke: 'currentColor', 'stroke-width': '0.8' },
};

/** The colour of the value line and of points without a signal. */
export const VALUE_COLOUR = 'var(--chart-traj)';

/** Returns the shape of a rule centred on (x, y), `size` px from the centre to a tip, in `markPaint`. */
export function ruleShape(
	rule: SpcRule,
	x: number,
	y: number,
	size: number,
	markPaint: MarkPaint,
): SvgElement {
	const paint = { ...markPaint, class: `spc-mark spc-${rule}` };
	const [cx, cy, s] = [round1(x), round1(y), size];
	switch (rule) {
		case 'astronomical':
			return h('path', {
				d: `M${cx},${round1(cy - s * 1.2)}l${round1(s * 1.2)},${round1(s * 1.2)}l${round1(-s * 1.2)},${round1(s * 1.2)}l${round1(-s * 1.2)},${round1(-s * 1.2)}z`,
				...paint,
			});
		case 'trend':
			return h('path', {
				d: `M${cx},${round1(cy - s * 1.1)}L${round1(cx + s)},${round1(cy + s * 0.8)}H${round1(cx - s)}z`,
				...paint,
			});
		case 'two_of_three':
			return h('rect', {
				x: round1(cx - s * 0.8),
				y: round1(cy - s * 0.8),
				width: round1(s * 1.6),
				height: round1(s * 1.6),
				...paint,
			});
		case 'shift':
			return h('circle', { cx, cy, r: round1(s * 0.9), ...paint });
	}
}

/** One entry of the key: a sample drawn around (0, 0) in a 24 px wide slot, and its words. */
export interface KeyEntry {
	sample: SvgChild;
	label: string;
}

const ENTRY_GAP = 18;
const ROW_HEIGHT = 18;
/** Returns about the width in px of a character of 12 px text in the page's sans-serif, for fitting labels. */
export const CHAR_WIDTH = 6.6;

/** Returns the key's entries: the lines drawn, the rule shapes, and the two fills' meanings. */
export function spcKeyEntries(show: {
	target: boolean;
	limits: boolean;
	rebase: boolean;
}): KeyEntry[] {
	const sample = (attrs: Record<string, string>) =>
		h('line', { x1: '0', x2: '24', y1: '0', y2: '0', ...attrs });
	const entries: (KeyEntry | false)[] = [
		{
			sample: [
				sample({ stroke: VALUE_COLOUR, 'stroke-width': '2' }),
				h('circle', { cx: '12', cy: '0', r: '2.5', fill: VALUE_COLOUR }),
			],
			label: 'Verdi',
		},
		show.limits && {
			sample: sample({ stroke: 'currentColor', 'stroke-width': '1.5' }),
			label: 'Gjennomsnitt',
		},
		show.limits && {
			sample: sample({ stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-dasharray': '2 3' }),
			label: 'Prosessgrenser',
		},
		show.target && {
			sample: sample({
				stroke: 'var(--chart-target)',
				'stroke-width': '2',
				'stroke-dasharray': '8 4',
			}),
			label: 'Mål',
		},
		show.rebase && {
			sample: h('line', {
				x1: '12',
				x2: '12',
				y1: '-7',
				y2: '7',
				stroke: 'currentColor',
				'stroke-width': '1.5',
				'stroke-dasharray': '5 3',
			}),
			label: 'Ny periode (rebasing)',
		},
		...SPC_RULES.map((rule) => ({
			sample: ruleShape(rule, 12, 0, 5, SIDE_PAINT.neutral),
			label: RULE_WORDS[rule].label,
		})),
		{
			sample: h('circle', { cx: '12', cy: '0', r: '5', ...SIDE_PAINT.improvement }),
			label: `Fylt blå: ${VARIATION_WORDS.improvement.toLowerCase()}`,
		},
		{
			sample: h('circle', { cx: '12', cy: '0', r: '4.5', ...SIDE_PAINT.concern }),
			label: `Hul, oransje kant: ${VARIATION_WORDS.concern.toLowerCase()}`,
		},
	];
	return entries.filter((e): e is KeyEntry => e !== false);
}

/** Returns the key laid out in rows from `left` to `right` starting at `top`, and its height. */
export function layoutKey(
	entries: KeyEntry[],
	left: number,
	right: number,
	top: number,
): { key: SvgElement; height: number } {
	let x = left;
	let row = 0;
	const placed = entries.map((entry) => {
		const width = 30 + entry.label.length * CHAR_WIDTH;
		if (x > left && x + width > right) [x, row] = [left, row + 1];
		const at = { x, y: top + row * ROW_HEIGHT };
		x += width + ENTRY_GAP;
		return h(
			'g',
			{ transform: `translate(${round1(at.x)},${at.y})` },
			lines(entry.sample, h('text', { x: '30', y: '0', dy: '0.32em' }, entry.label)),
		);
	});
	return { key: h('g', { class: 'key' }, lines(placed)), height: (row + 1) * ROW_HEIGHT };
}
