// The level shapes in a 16 × 16 box, so status reads without colour (black-and-white print, colour
// blindness): circle with a tick, triangle with an exclamation mark, square with a cross, and a
// dashed ring for "not assessed". IconSprite.astro puts them once per page in a <symbol> that
// LevelIcon.astro points to; the Gantt draws them in a <g> (its standalone file has no page around it).
import type { Level } from '../kpi/progress';
import { h, type SvgElement } from './svg';

/** The levels with an icon, "not assessed" (`null`) last. */
export const ICON_LEVELS: readonly (Level | null)[] = ['green', 'yellow', 'red', null];

/** Returns the id of a level icon's `<symbol>` on a page: `level-green`, …, `level-none` for `null`. */
export function levelSymbolId(level: Level | null): string {
	return `level-${level ?? 'none'}`;
}

/** Returns the shapes of a level's icon in a 16 × 16 box; `null` (not assessed) is a dashed ring. */
export function levelShapes(level: Level | null): SvgElement[] {
	switch (level) {
		case 'green':
			return [
				h('circle', {
					cx: '8',
					cy: '8',
					r: '7.2',
					fill: 'var(--green)',
					stroke: '#000',
					'stroke-width': '0.8',
				}),
				h('path', {
					d: 'M4.5 8.3l2.3 2.3 4.7-5',
					fill: 'none',
					stroke: '#fff',
					'stroke-width': '2',
				}),
			];
		case 'yellow':
			return [
				h('path', {
					d: 'M8 0.8L15.4 14.6H0.6Z',
					fill: 'var(--yellow)',
					stroke: '#000',
					'stroke-width': '0.8',
				}),
				h('path', { d: 'M8 5v5M8 11.6v1.6', stroke: '#000', 'stroke-width': '1.8' }),
			];
		case 'red':
			return [
				h('rect', {
					x: '0.8',
					y: '0.8',
					width: '14.4',
					height: '14.4',
					fill: 'var(--red)',
					stroke: '#000',
					'stroke-width': '0.8',
				}),
				h('path', { d: 'M4.6 4.6l6.8 6.8M11.4 4.6l-6.8 6.8', stroke: '#fff', 'stroke-width': '2' }),
			];
		case null:
			return [
				h('circle', {
					cx: '8',
					cy: '8',
					r: '6.5',
					fill: 'none',
					stroke: 'currentColor',
					'stroke-width': '1.5',
					'stroke-dasharray': '2 2',
				}),
			];
	}
}
