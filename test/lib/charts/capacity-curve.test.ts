import { describe, expect, it } from 'vitest';
import { computeQueueFigures } from '../../../src/lib/capacity/erlang';
import {
	capacityCurve,
	type CapacityBandPoint,
	type CapacityLinePoint,
} from '../../../src/lib/charts/capacity-curve';
import { renderChart } from '../../../src/lib/charts/chart';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { formatDays } from '../../../src/lib/format';
import { attrsOf, roundSvg, subpaths, textsOf } from '../../helpers/svg';

// λ = 1 a day, S = 20 days: unstable at 19 and 20 places, 2 072,9 UKP days a year at 22, 1 011,6 at
// 23 … (Erlang C); a made-up band at four counts; the target 1 767 days; today 23, needed 23.
const LINE: CapacityLinePoint[] = [19, 20, 21, 22, 23, 24, 25, 26, 27, 28].map((places) => ({
	places,
	ukpDaysPerYear: computeQueueFigures({ arrivalsPerDay: 1, meanStayDays: 20, places })
		.ukpDaysPerYear,
}));
const BAND: CapacityBandPoint[] = [
	{ places: 22, p10: 400, p50: 1500, p90: 5200 },
	{ places: 24, p10: 100, p50: 400, p90: 1400 },
	{ places: 26, p10: 20, p50: 120, p90: 500 },
	{ places: 28, p10: 5, p50: 40, p90: 160 },
];
const chart = capacityCurve(LINE, {
	band: BAND,
	target: { value: 1767, label: 'Mål: 1 767 døgn per år' },
	today: { places: 23, label: 'I dag (beregnet): 23' },
	needed: { places: 23, label: 'Målet nås: 23' },
	format: (v) => formatDays(v, 0),
});
const svg = renderChart(chart);

describe('capacityCurve(data, options)', () => {
	it('draws the curve as in its snapshot', async () => {
		const file = renderStandalone(chart, {
			title: 'UKP-døgn mot plasser',
			summary: 'Testfigur.',
			synthetic: true,
		});
		await expect(roundSvg(file)).toMatchFileSnapshot('output/capacity-curve.svg');
	});

	it('leaves the unstable counts out of the line and starts it at the first stable one', () => {
		const line = attrsOf(svg, 'path', 'd')[
			attrsOf(svg, 'path', 'stroke').indexOf('var(--chart-1)', 1)
		];
		expect(subpaths(line)).toHaveLength(1);
		expect(line.match(/[ML]/g)).toHaveLength(8); // 21 … 28
	});

	it('shades the band from p10 to p90, with a ring at each median', () => {
		const band = attrsOf(svg, 'path', 'class')[0];
		expect(band).toBe('band');
		expect(attrsOf(svg, 'circle', 'r').filter((r) => r === '3.5')).toHaveLength(BAND.length + 1); // + the key
	});

	it('labels the target, today and the places needed, the axis and the key', () => {
		expect(textsOf(svg)).toEqual(
			expect.arrayContaining([
				'Mål: 1 767 døgn per år',
				'I dag (beregnet): 23',
				'Målet nås: 23',
				'Antall plasser',
				'Forventet (Erlang C)',
				'Simulert median',
				'Mål',
			]),
		);
		expect(textsOf(svg)).toEqual(expect.arrayContaining(['20', '22', '24', '26', '28']));
		expect(textsOf(svg)).toContain('0\u00a0døgn');
	});

	it('puts the target line at 1 767 on the y axis, level', () => {
		const index = attrsOf(svg, 'line', 'stroke').indexOf('var(--chart-target)');
		const [y1, y2] = [attrsOf(svg, 'line', 'y1')[index], attrsOf(svg, 'line', 'y2')[index]];
		expect(y1).toBe(y2);
		// The y axis runs from 0 (at 286) up to 6 000 (at 34): 1 767 is 0,2945 of the way.
		expect(Number(y1)).toBeCloseTo(286 - (1767 / 6000) * 252, 0);
	});

	it('stands alone without the page: no CSS variables, currentColor or classes', () => {
		const file = renderStandalone(chart, { title: 'T', summary: 'S', synthetic: false });
		expect(file).not.toMatch(/var\(|currentColor|class=/);
	});
});
