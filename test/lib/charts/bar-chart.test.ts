import { describe, expect, it } from 'vitest';
import { barChart, type Bar } from '../../../src/lib/charts/bar-chart';
import { renderChart } from '../../../src/lib/charts/chart';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { formatDays } from '../../../src/lib/format';
import { attrsOf, roundSvg, textsOf } from '../../helpers/svg';

const bars: Bar[] = [
	{ label: 'Helsefellesskapet 2024', value: 0.5, own: true, synthetic: true },
	{ label: 'Norge 2022', value: 1 },
	{ label: 'Region Halland 2023 (syntetisk)', value: 2, synthetic: true },
	{ label: 'Sverige (riket) 2020', value: 1.5, comparable: false },
	{ label: 'Danmark', value: null },
];
const days = (v: number) => formatDays(v, 1);

describe('barChart(data, options)', () => {
	const chart = barChart(bars, {
		format: days,
		reference: { value: 2.3, label: 'Referanseverdi 2,3 døgn' },
	});

	it('draws bar-chart as in its snapshot', async () => {
		await expect(
			roundSvg(
				renderStandalone(chart, { title: 'bar-chart', summary: 'Testfigur.', synthetic: true }),
			),
		).toMatchFileSnapshot('output/bar-chart.svg');
	});

	it('puts one row per datum on an axis from 0, each 26 px high, the value after the bar', () => {
		const svg = renderChart(chart);
		expect(svg).toMatch(/^<svg viewBox="0 0 720 168" width="720" height="168"/); // 8 + 5 × 26 + 30
		// x: 0 … 2,4 (the reference 2,3 made nice) onto 290 … 630, so 1 døgn is 141,7 px.
		expect(attrsOf(svg, 'rect', 'width').slice(1)).toEqual(['70.8', '141.7', '283.3', '212.5']);
		expect(textsOf(svg)).toEqual(
			expect.arrayContaining([
				'0,5\u00a0døgn',
				'2,0\u00a0døgn',
				'– (ingen verdi)',
				'Referanseverdi 2,3 døgn',
			]),
		);
	});

	it('marks a non-comparable bar with ▲ and hatches synthetic reference bars, not the own ones', () => {
		const svg = renderChart(chart);
		expect(textsOf(svg)).toContain('▲ Sverige (riket) 2020');
		const fills = attrsOf(svg, 'rect', 'fill').slice(1);
		expect(fills[0]).toBe('var(--chart-1)');
		expect(fills[1]).toBe('var(--chart-2)');
		expect(fills[2]).toMatch(/^url\(#hatch-\d+\)$/);
		expect(attrsOf(svg, 'rect', 'stroke')).toEqual([
			'var(--chart-2)',
			'none',
			'var(--chart-2)',
			'none',
		]);
	});

	it('cuts labels longer than 46 characters with «…»', () => {
		const long = barChart([{ label: 'x'.repeat(60), value: 1 }], { format: days });
		expect(textsOf(renderChart(long))[0]).toBe(`${'x'.repeat(45)}…`);
	});
});
