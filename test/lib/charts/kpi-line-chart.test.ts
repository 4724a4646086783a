import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/chart';
import { kpiLineChart, type KpiPoint } from '../../../src/lib/charts/kpi-line-chart';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { monthRange } from '../../../src/lib/dates';
import { formatDays, formatPercent } from '../../../src/lib/format';
import { attrsOf, roundSvg, subpaths, textsOf } from '../../helpers/svg';

// UKP days per month, Nov 2023 – Dec 2024: target 147 a month, the trajectory from January.
const DAYS = [210, 190, 180, null, 170, 160, 175, 150, 140, 155, 130, 145, 120, 135];
const days: KpiPoint[] = monthRange('2023-11', '2024-12').map((month, i) => ({
	month,
	value: DAYS[i],
	target: 147,
	expected: month < '2024-01' ? null : 200 - (i - 2) * 4,
}));
// Zero-day share: high and close together, the last month provisional.
const SHARE = [0.86, 0.88, 0.87, 0.9, 0.91, 0.89];
const share: KpiPoint[] = monthRange('2024-07', '2024-12').map((month, i) => ({
	month,
	value: SHARE[i],
	target: 0.9,
	expected: 0.88,
	provisional: i === 5,
}));
const pathOf = (svg: string, stroke: string) =>
	attrsOf(svg, 'path', 'd')[attrsOf(svg, 'path', 'stroke').indexOf(stroke)];

describe('kpiLineChart(data, options)', () => {
	const countChart = kpiLineChart(days, {
		format: (v) => formatDays(v, 0),
		fromZero: true,
		milestones: [{ month: '2024-12', label: '50 % av målet' }],
	});
	const shareChart = kpiLineChart(share, { format: (v) => formatPercent(v, 0), fromZero: false });

	it.each([
		['kpi-line-count', countChart, false],
		['kpi-line-share', shareChart, true],
	] as const)('draws %s as in its snapshot', async (name, chart, synthetic) => {
		const svg = renderStandalone(chart, { title: name, summary: `Testfigur ${name}.`, synthetic });
		await expect(roundSvg(svg)).toMatchFileSnapshot(`output/${name}.svg`);
	});

	it('leaves a gap at a month without a value: the value line has two subpaths', () => {
		const svg = renderChart(countChart);
		expect(subpaths(pathOf(svg, 'var(--chart-1)'))).toHaveLength(2);
		expect(subpaths(pathOf(svg, 'var(--chart-target)'))).toHaveLength(1);
		// One dot per month with a value: 13 of 14.
		expect(attrsOf(svg, 'circle', 'r').filter((r) => r === '2')).toHaveLength(13);
	});

	it('starts the y axis of a count at 0 and of a share near the data', () => {
		const countTicks = textsOf(renderChart(countChart)).filter((t) => t.endsWith('døgn'));
		expect(countTicks[0]).toBe('0\u00a0døgn');
		const shareTicks = textsOf(renderChart(shareChart)).filter((t) => t.endsWith('%'));
		expect(shareTicks[0]).toBe('82\u00a0%'); // 0,86 − (0,91 − 0,86) × 0,25 − 0,01, made nice
		expect(shareTicks.at(-1)).toBe('92\u00a0%');
	});

	it('rings a provisional month and adds «Foreløpig» to the key; draws milestones on the trajectory', () => {
		const shareSvg = renderChart(shareChart);
		expect(attrsOf(shareSvg, 'circle', 'r').filter((r) => r === '5')).toHaveLength(2);
		expect(textsOf(shareSvg)).toContain('Foreløpig');
		expect(textsOf(renderChart(countChart))).toEqual(
			expect.arrayContaining(['50 % av målet', '2024']),
		);
		expect(textsOf(renderChart(countChart))).not.toContain('Foreløpig');
	});

	it('widens the left margin to the longest y label', () => {
		const big = days.map((d) => ({ ...d, value: d.value === null ? null : d.value * 100 }));
		const [x1] = attrsOf(
			renderChart(kpiLineChart(big, { format: (v) => formatDays(v, 0), fromZero: true })),
			'line',
			'x1',
		);
		expect(Number(x1)).toBe('20 000 døgn'.length * 7 + 10);
	});

	it('stands alone without the page: no CSS variables, currentColor or classes', () => {
		const svg = renderStandalone(countChart, { title: 'T', summary: 'S', synthetic: false });
		expect(svg).not.toMatch(/var\(|currentColor|class=/);
		expect(svg).toContain('stroke="#00509e"');
	});
});
