import { describe, expect, it } from 'vitest';
import type { Chart } from '../../../src/lib/charts/chart';
import { renderStandalone, SYNTHETIC_NOTE } from '../../../src/lib/charts/standalone';
import { h, lines } from '../../../src/lib/charts/svg';
import { roundSvg } from '../../helpers/svg';

const part = (label: string) =>
	h(
		'svg',
		{
			class: 'demo',
			viewBox: '0 0 100 50',
			width: 100,
			height: 50,
			xmlns: 'http://www.w3.org/2000/svg',
			'aria-hidden': 'true',
			focusable: 'false',
		},
		lines(
			h('line', {
				x1: 0,
				x2: 100,
				y1: 40,
				y2: 40,
				stroke: 'currentColor',
				class: 'grid year',
				'data-year': '2024',
			}),
			h('path', { d: '', fill: 'none', stroke: 'var(--chart-1)' }),
			h('text', { x: 4, y: 12, class: 'label', fill: 'red' }, label),
		),
	);
const chart: Chart = {
	parts: [part('A & «B»')],
	styles: [
		['.grid', { stroke: 'var(--line)', 'stroke-width': 1 }],
		['.grid.year', { 'stroke-width': 1.2 }],
		['text.label', { 'font-weight': 600 }],
	],
};

describe('renderStandalone(chart, meta)', () => {
	const svg = renderStandalone(chart, {
		title: 'Tittel «1»',
		summary: `Sammendrag med "anførsel" & <tegn>.`,
		synthetic: true,
	});

	it('draws standalone as in its snapshot', async () => {
		await expect(roundSvg(svg)).toMatchFileSnapshot('output/standalone.svg');
	});

	it('is an SVG 1.1 file: prolog, xmlns first, role="img", escaped <title> and <desc>, white background', () => {
		expect(svg).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="100" height="72" viewBox="0 0 100 72" role="img"/,
		);
		expect(svg).toContain(
			'<title>Tittel «1»</title><desc>Sammendrag med &quot;anførsel&quot; &amp; &lt;tegn&gt;.</desc><rect width="100%" height="100%" fill="#ffffff"></rect>',
		);
		expect(svg.endsWith('</svg>\n')).toBe(true);
	});

	it('writes the page CSS as attributes: later rules win, a rule beats the attribute, classes need all to match', () => {
		expect(svg).toContain(
			'<line x1="0" x2="100" y1="40" y2="40" stroke="#c8c8c8" stroke-width="1.2"></line>',
		);
		// The global chart text rule beats the element's own fill, as `.chart-svg svg text` does on the page.
		expect(svg).toContain(
			'<text x="4" y="12" fill="#1a1a1a" font-size="12" font-weight="600">A &amp; «B»</text>',
		);
	});

	it('keeps nothing that needs the page: no var(), currentColor, class, aria-*, focusable or data-*', () => {
		expect(svg).not.toMatch(/var\(|currentColor|class=|aria-|focusable|data-/);
		expect(svg).toContain('<path d="" fill="none" stroke="#00509e"></path>');
	});

	it('says «Syntetiske demodata» under the chart when the data is synthetic, and adds nothing when not', () => {
		expect(svg).toContain(
			`<text x="4" y="66" fill="#1a1a1a" font-size="13" font-weight="700">${SYNTHETIC_NOTE}</text>`,
		);
		const real = renderStandalone(chart, { title: 'T', summary: 'S', synthetic: false });
		expect(real).not.toContain(SYNTHETIC_NOTE);
		expect(real).toContain('height="50" viewBox="0 0 100 50"');
	});

	it('sets several parts in rows of `columns`', () => {
		const grid = renderStandalone(
			{ parts: ['a', 'b', 'c'].map(part), columns: 2 },
			{ title: 'T', summary: 'S', synthetic: false },
		);
		expect(grid).toContain('width="208" height="108" viewBox="0 0 208 108"');
		expect([...grid.matchAll(/transform="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'translate(0,0)',
			'translate(108,0)',
			'translate(0,58)',
		]);
	});
});
