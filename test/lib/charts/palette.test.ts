import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CHART_TEXT_STYLE,
	FONT_FAMILY,
	LIGHT_PALETTE,
	resolvePaint,
} from '../../../src/lib/charts/palette';

// Whitespace folded, so the checks read the rules however the file is formatted.
const css = readFileSync('src/styles/global.css', 'utf8').replace(/\s+/g, ' ');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));

describe('LIGHT_PALETTE, FONT_FAMILY, CHART_TEXT_STYLE', () => {
	it('are the light-mode :root colours and font of global.css', () => {
		const colours = Object.fromEntries(
			[...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/g)].map(([, name, value]) => [name, value]),
		);
		expect(LIGHT_PALETTE).toEqual(colours);
		expect(root).toContain(`font-family: ${FONT_FAMILY};`);
	});

	it('give chart text what `.chart-svg svg text` gives it', () => {
		expect(css).toContain('.chart-svg svg text { fill: currentColor; font-size: 12px; }');
		expect(CHART_TEXT_STYLE).toEqual(['text', { fill: 'currentColor', 'font-size': 12 }]);
	});
});

describe('resolvePaint(value)', () => {
	it.each([
		['var(--chart-1)', '#00509e'],
		['var(--bg, #fff)', '#ffffff'],
		['var(--unknown, #c0262d)', '#c0262d'],
		['currentColor', '#1a1a1a'],
		['url(#hatch-1)', 'url(#hatch-1)'],
		['8 4', '8 4'],
	])('%s → %s', (value, expected) => {
		expect(resolvePaint(value)).toBe(expected);
	});

	it('throws on a colour the palette lacks, rather than writing one a slide program cannot read', () => {
		expect(() => resolvePaint('var(--nope)')).toThrow('no light-mode colour for --nope');
	});
});
