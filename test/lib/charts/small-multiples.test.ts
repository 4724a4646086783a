import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/chart';
import { smallMultiples, type Panel } from '../../../src/lib/charts/small-multiples';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { monthRange } from '../../../src/lib/dates';
import { formatNumber } from '../../../src/lib/format';
import { attrsOf, roundSvg, subpaths, textsOf } from '../../helpers/svg';

const months = monthRange('2023-01', '2024-12');
const panel = (label: string, base: number, gap = -1): Panel => ({
	label,
	values: months.map((month, i) => ({ month, value: i === gap ? null : base + (i % 6) * 0.1 })),
});
const panels = [
	panel('Helsefellesskapet', 0.5),
	panel('Fosen', 0.8, 7),
	panel('Trondheim', 0.4),
	panel('Værnesregionen', 0.6),
	panel('Orkdal', 1.1),
];
const format = (v: number) => formatNumber(v, 1);

describe('smallMultiples(panels, options)', () => {
	const chart = smallMultiples(panels, { months, format, benchmark: 2.3 });

	it('draws small-multiples as in its snapshot', async () => {
		await expect(
			roundSvg(
				renderStandalone(chart, {
					title: 'small-multiples',
					summary: 'Testfigur.',
					synthetic: false,
				}),
			),
		).toMatchFileSnapshot('output/small-multiples.svg');
	});

	it('draws one 220 × 110 panel per area on one shared y scale', () => {
		expect(chart.parts).toHaveLength(5);
		const svg = renderChart(chart);
		expect(attrsOf(svg, 'svg', 'viewBox')).toEqual(Array(5).fill('0 0 220 110'));
		// The same tick labels in every panel, from 0 past the benchmark.
		expect(textsOf(svg).filter((t) => /^\d,\d$/.test(t))).toEqual(
			Array(5).fill(['0,0', '1,0', '2,0']).flat(),
		);
	});

	it('leaves a gap where a month has no value', () => {
		const paths = attrsOf(renderChart(chart), 'path', 'd');
		expect(paths.map((d) => subpaths(d).length)).toEqual([1, 2, 1, 1, 1]);
	});

	it('labels two years 94 px apart both, and five years (38 px apart) every other one', () => {
		const years = (svg: string) => textsOf(svg).filter((t) => /^\d{4}$/.test(t));
		expect(years(renderChart(chart))).toEqual(Array(5).fill(['2023', '2024']).flat());
		const five = monthRange('2022-01', '2026-10');
		const long = smallMultiples(
			[{ label: 'A', values: five.map((month) => ({ month, value: 1 })) }],
			{ months: five, format },
		);
		expect(years(renderChart(long))).toEqual(['2022', '2024', '2026']);
	});

	it('sets the panels four to a row in the standalone file, 8 px apart', () => {
		const svg = renderStandalone(chart, { title: 'T', summary: 'S', synthetic: false });
		expect(svg).toContain('width="904" height="228" viewBox="0 0 904 228"'); // 4 × 220 + 3 × 8; 2 × 110 + 8
		expect(attrsOf(svg, 'g', 'transform').filter((t) => t.startsWith('translate'))).toEqual([
			'translate(0,0)',
			'translate(228,0)',
			'translate(456,0)',
			'translate(684,0)',
			'translate(0,118)',
		]);
		expect(attrsOf(svg, 'text', 'font-size').every((s) => s === '11')).toBe(true);
	});
});
