import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/chart';
import { monthLines, type MonthSeries } from '../../../src/lib/charts/month-lines';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { monthRange } from '../../../src/lib/dates';
import { formatNumber } from '../../../src/lib/format';
import { attrsOf, roundSvg, subpaths, textsOf } from '../../helpers/svg';

const months = monthRange('2022-10', '2023-03');
const values = (xs: (number | null)[]) => months.map((month, i) => ({ month, value: xs[i] }));
const series: MonthSeries[] = [
	{ label: 'Region Halland', values: values([3.1, 2.5, null, null, 2.6, 2.2]), highlight: true },
	{ label: 'Riket', values: values([2.4, 2.3, 2.2, 2.4, 2.3, 2.1]), dash: '6 3' },
];
const benchmark = { value: 2.3, label: 'Referanseverdi 2,3', from: '2022-11', to: '2023-12' };
const format = (v: number) => formatNumber(v, 1);

describe('monthLines(series, options)', () => {
	const chart = monthLines(series, { months, format, benchmark });

	it('draws month-lines as in its snapshot', async () => {
		await expect(
			roundSvg(
				renderStandalone(chart, { title: 'month-lines', summary: 'Testfigur.', synthetic: true }),
			),
		).toMatchFileSnapshot('output/month-lines.svg');
	});

	it('breaks a line at missing months and tells series apart by dash', () => {
		const svg = renderChart(chart);
		const [halland, riket] = attrsOf(svg, 'path', 'd');
		expect(subpaths(halland)).toHaveLength(2);
		expect(subpaths(riket)).toHaveLength(1);
		expect(attrsOf(svg, 'path', 'stroke-dasharray')).toEqual(['6 3']);
	});

	it('marks months above the benchmark within its period only, for highlighted series', () => {
		// 3,1 in 2022-10 is before the benchmark's period; 2,5 and 2,6 are inside and above.
		expect(attrsOf(renderChart(chart), 'rect', 'fill')).toHaveLength(2 + 1); // two marks and the key's square
		expect(textsOf(renderChart(chart))).toEqual(
			expect.arrayContaining([
				'Region Halland',
				'Riket',
				'Referanseverdi 2,3',
				'Over referanseverdien',
			]),
		);
	});

	it('starts the benchmark line at its first month and the y axis at 0', () => {
		const svg = renderChart(chart);
		const [x1] = attrsOf(svg, 'line', 'x1').filter(
			(_, i) => attrsOf(svg, 'line', 'stroke')[i] === 'var(--chart-target)',
		);
		expect(Number(x1)).toBeCloseTo(56 + (720 - 16 - 56) / 5, 1);
		expect(textsOf(svg)[0]).toBe('0,0');
	});

	it('without dots still dots a value between two gaps', () => {
		const lonely = [{ label: 'A', values: values([null, 2, null, 1, 1, null]) }];
		expect(
			attrsOf(renderChart(monthLines(lonely, { months, format, dots: false })), 'circle', 'cx'),
		).toHaveLength(1);
		expect(
			attrsOf(renderChart(monthLines(lonely, { months, format })), 'circle', 'cx'),
		).toHaveLength(3);
	});
});
