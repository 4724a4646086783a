import { describe, expect, it } from 'vitest';
import { levelShapes } from '../../../src/lib/charts/level-shapes';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { h, renderSvg } from '../../../src/lib/charts/svg';
import { roundSvg } from '../../helpers/svg';

describe('levelShapes(level)', () => {
	it('draws level-shapes as in its snapshot: the four icons side by side', async () => {
		const icon = (level: Parameters<typeof levelShapes>[0]) =>
			h('svg', { width: 16, height: 16, viewBox: '0 0 16 16' }, levelShapes(level));
		const chart = { parts: [icon('green'), icon('yellow'), icon('red'), icon(null)] };
		await expect(
			roundSvg(
				renderStandalone(chart, {
					title: 'level-shapes',
					summary: 'Ingen avvik, mindre avvik, kritiske avvik, ikke vurdert.',
					synthetic: false,
				}),
			),
		).toMatchFileSnapshot('output/level-shapes.svg');
	});

	it.each([
		['green', 'circle', 'var(--green)'],
		['yellow', 'path', 'var(--yellow)'],
		['red', 'rect', 'var(--red)'],
		[null, 'circle', 'none'],
	] as const)('%s is a %s filled %s, so it reads without colour', (level, tag, fill) => {
		const [shape] = levelShapes(level);
		expect(shape.tag).toBe(tag);
		expect(shape.attrs.fill).toBe(fill);
	});

	it('is written as the icons were in their template', () => {
		expect(renderSvg(levelShapes('red'))).toBe(
			'<rect x="0.8" y="0.8" width="14.4" height="14.4" fill="var(--red)" stroke="#000" stroke-width="0.8"></rect><path d="M4.6 4.6l6.8 6.8M11.4 4.6l-6.8 6.8" stroke="#fff" stroke-width="2"></path>',
		);
	});
});
