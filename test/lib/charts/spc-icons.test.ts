import { describe, expect, it } from 'vitest';
import {
	assuranceShapes,
	SPC_ICON_COLOURS,
	variationShapes,
} from '../../../src/lib/charts/spc-icons';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { h } from '../../../src/lib/charts/svg';
import { roundSvg } from '../../helpers/svg';

const icon = (shapes: ReturnType<typeof variationShapes>) =>
	h('svg', { width: 20, height: 20, viewBox: '0 0 20 20' }, shapes);

describe('variationShapes(variation, side) and assuranceShapes(assurance, direction)', () => {
	it('draws spc-icons as in its snapshot: the variation icons, then the assurance icons', async () => {
		const chart = {
			parts: [
				icon(variationShapes('common', null)),
				icon(variationShapes('improvement', 'high')),
				icon(variationShapes('improvement', 'low')),
				icon(variationShapes('concern', 'high')),
				icon(variationShapes('none', null)),
				icon(assuranceShapes('pass', 'lower')),
				icon(assuranceShapes('fail', 'lower')),
				icon(assuranceShapes('hit_or_miss', 'lower')),
				icon(assuranceShapes('none', 'lower')),
			],
		};
		const summary =
			'Felles årsak, forbedring høy og lav, bekymring, ingen vurdering; når målet, når ikke målet, kan nå målet, ingen vurdering.';
		await expect(
			roundSvg(renderStandalone(chart, { title: 'spc-icons', summary, synthetic: false })),
		).toMatchFileSnapshot('output/spc-icons.svg');
	});

	it('tells improvement from concern without colour: a filled disc against a thick ring', () => {
		const [improvement] = variationShapes('improvement', 'high');
		const [concern] = variationShapes('concern', 'high');
		expect(improvement.attrs.fill).toBe(SPC_ICON_COLOURS.improvement);
		expect(concern.attrs.fill).toBe(SPC_ICON_COLOURS.paper);
		expect(Number(concern.attrs['stroke-width'])).toBeGreaterThan(2);
	});

	it('points the arrow the way the latest point lies, and draws noise as a zigzag', () => {
		expect(variationShapes('improvement', 'high')[1].attrs.d).toMatch(/^M10 5v10/); // the head at the top
		expect(variationShapes('improvement', 'low')[1].attrs.d).toMatch(/^M10 15V5/);
		expect(variationShapes('common', null)[1].attrs.d).toMatch(/^M4.2 11l/);
		expect(variationShapes('none', null)[0].attrs['stroke-dasharray']).toBeDefined();
	});

	it.each([
		[
			'pass',
			'lower',
			'the range under the target',
			(line: number, top: number, bottom: number) => line < top && bottom <= 16,
		],
		[
			'pass',
			'higher',
			'the range over the target',
			(line: number, _top: number, bottom: number) => line > bottom,
		],
		[
			'fail',
			'lower',
			'the range over the target',
			(line: number, _top: number, bottom: number) => line > bottom,
		],
		['fail', 'higher', 'the range under the target', (line: number, top: number) => line < top],
		[
			'hit_or_miss',
			'lower',
			'the target across the range',
			(line: number, top: number, bottom: number) => line > top && line < bottom,
		],
	] as const)('draws %s for %s-is-better as %s', (assurance, direction, _words, holds) => {
		const [, bar, target] = assuranceShapes(assurance, direction);
		const top = Number(bar.attrs.y);
		const bottom = top + Number(bar.attrs.height);
		const line = Number(/^M3\.5 ([\d.]+)h13$/.exec(String(target.attrs.d))![1]);
		expect(holds(line, top, bottom)).toBe(true);
	});
});
