import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/chart';
import { sparkline } from '../../../src/lib/charts/sparkline';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { attrsOf, roundSvg, subpaths } from '../../helpers/svg';

// KPI records as the engine gives them: the month is in `period`.
const records = [
	{ period: '2024-01', value: 12 },
	{ period: '2024-02', value: 9 },
	{ period: '2024-03', value: null },
	{ period: '2024-04', value: 7 },
	{ period: '2024-05', value: 8 },
];

describe('sparkline(data, options)', () => {
	const chart = sparkline(records, { x: 'period', y: 'value', target: 6, fromZero: true });

	it('draws sparkline as in its snapshot', async () => {
		await expect(
			roundSvg(
				renderStandalone(chart, { title: 'sparkline', summary: 'Testfigur.', synthetic: false }),
			),
		).toMatchFileSnapshot('output/sparkline.svg');
	});

	it('reads the channels by name and leaves a gap at a null value', () => {
		// x: 2 … 238 in steps of 59; y: 0 … 14 (12 × 1,08, made nice) onto 45 … 3.
		const [d] = attrsOf(renderChart(chart), 'path', 'd');
		expect(subpaths(d)).toEqual(['M2,9L61,18', 'M179,24L238,21']);
	});

	it('draws the target as a dashed line across, on the same scale from 0', () => {
		const svg = renderChart(chart);
		expect(Number(attrsOf(svg, 'line', 'y1')[0])).toBeCloseTo(27, 9);
		expect(attrsOf(svg, 'line', 'stroke-dasharray')).toEqual(['6 3']);
		expect(
			renderChart(sparkline(records, { x: 'period', y: 'value', fromZero: true })),
		).not.toContain('<line');
	});

	it('is decorative on the page: aria-hidden, its own class and size', () => {
		expect(
			renderChart(
				sparkline(records, { x: 'period', y: 'value', fromZero: false, width: 140, height: 32 }),
			),
		).toMatch(
			/^<svg class="sparkline" viewBox="0 0 140 32" width="140" height="32" aria-hidden="true" focusable="false">/,
		);
	});
});
