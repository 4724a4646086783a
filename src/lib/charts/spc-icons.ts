// The variation and assurance icons in a 20 × 20 box, in the spirit of NHS "Making Data Count" but
// our own shapes, always next to their words (SpcBadge.astro): the shape and its insides carry the
// meaning in black and white, colour only repeats it. Fixed colours on a white disc or tile, so
// they read the same on a dark page and on paper.
//
// Variation is a circle: a zigzag for common cause (noise), an arrow for a special cause pointing
// the way the latest point lies (up: high, down: low); filled for an improvement, a thick ring for
// a concern; a dashed ring with a dash for no verdict.
// Assurance is a rounded tile showing where the target line (dashed) lies against the process's
// range (the bar): clear of it on the good side (pass), on the bad side (fail), or across it.
import type { Assurance, Direction, Variation } from '../spc/types';
import { h, type SvgElement } from './svg';

/** The colours of the icons: the chart colours of global.css in light mode, fixed. */
export const SPC_ICON_COLOURS = {
	improvement: '#00509e',
	concern: '#8a4b00',
	common: '#5c5c5c',
	ink: '#1a1a1a',
	paper: '#ffffff',
	target: '#1e7b34',
} as const;

const C = SPC_ICON_COLOURS;

/** Returns the shapes of a variation icon in a 20 × 20 box; `side` is where the latest point lies for a special cause (`null` otherwise). */
export function variationShapes(variation: Variation, side: 'high' | 'low' | null): SvgElement[] {
	const arrow = side === 'low' ? 'M10 15V5M6 11l4 4 4-4' : 'M10 5v10M6 9l4-4 4 4';
	switch (variation) {
		case 'none':
			return [
				h('circle', {
					cx: '10',
					cy: '10',
					r: '8.6',
					fill: C.paper,
					stroke: C.common,
					'stroke-width': '1.4',
					'stroke-dasharray': '2.5 2',
				}),
				h('path', { d: 'M6.5 10h7', stroke: C.ink, 'stroke-width': '1.6' }),
			];
		case 'common':
			return [
				h('circle', {
					cx: '10',
					cy: '10',
					r: '8.6',
					fill: C.paper,
					stroke: C.common,
					'stroke-width': '1.4',
				}),
				h('path', {
					d: 'M4.2 11l2.4-3.2 2.6 4.6 2.6-4.6 2.6 4.6 1.4-1.8',
					fill: 'none',
					stroke: C.ink,
					'stroke-width': '1.5',
				}),
			];
		case 'improvement':
			return [
				h('circle', {
					cx: '10',
					cy: '10',
					r: '9',
					fill: C.improvement,
					stroke: C.ink,
					'stroke-width': '0.8',
				}),
				h('path', { d: arrow, fill: 'none', stroke: C.paper, 'stroke-width': '2.2' }),
			];
		case 'concern':
			return [
				h('circle', {
					cx: '10',
					cy: '10',
					r: '8',
					fill: C.paper,
					stroke: C.concern,
					'stroke-width': '2.6',
				}),
				h('path', { d: arrow, fill: 'none', stroke: C.concern, 'stroke-width': '2.2' }),
			];
	}
}

/** Returns the shapes of an assurance icon in a 20 × 20 box, drawn the way the chart shows the KPI (`direction`: which way is better). */
export function assuranceShapes(assurance: Assurance, direction: Direction): SvgElement[] {
	const tile = (dash?: string) =>
		h('rect', {
			x: '1',
			y: '1',
			width: '18',
			height: '18',
			rx: '3.5',
			fill: C.paper,
			stroke: C.common,
			'stroke-width': '1.4',
			'stroke-dasharray': dash,
		});
	if (assurance === 'none')
		return [tile('2.5 2'), h('path', { d: 'M6.5 10h7', stroke: C.ink, 'stroke-width': '1.6' })];
	// The bar is the range between the process limits, the line the target: for lower-is-better a
	// pass has the whole range under the target; higher-is-better is the mirror image.
	const goodBelow = direction === 'lower';
	const layout = {
		pass: goodBelow ? { line: 5, top: 8, bottom: 16 } : { line: 15, top: 4, bottom: 12 },
		fail: goodBelow ? { line: 15, top: 4, bottom: 12 } : { line: 5, top: 8, bottom: 16 },
		hit_or_miss: { line: 10, top: 4, bottom: 16 },
	}[assurance];
	const fill = assurance === 'pass' ? C.improvement : assurance === 'fail' ? C.concern : C.common;
	return [
		tile(),
		h('rect', {
			x: '7',
			y: String(layout.top),
			width: '6',
			height: String(layout.bottom - layout.top),
			fill,
			stroke: C.ink,
			'stroke-width': '0.6',
		}),
		h('path', {
			d: `M3.5 ${layout.line}h13`,
			stroke: C.target,
			'stroke-width': '2',
			'stroke-dasharray': '3 1.5',
		}),
	];
}
