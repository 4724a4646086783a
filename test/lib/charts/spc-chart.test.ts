import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/chart';
import {
	spcChart,
	type SpcChartPoint,
	type SpcChartSegment,
	type SpcChartOptions,
} from '../../../src/lib/charts/spc-chart';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { elementsOf, type SvgElement } from '../../../src/lib/charts/svg';
import { monthRange } from '../../../src/lib/dates';
import { formatDays } from '../../../src/lib/format';
import type { SpcRule } from '../../../src/lib/spc/types';
import { roundSvg, subpaths, textsOf } from '../../helpers/svg';

// A lower-is-better count: a first segment of 12 points (June 2023 without a value) with limits
// 70–130 around 100, then a rebase in February 2024 starting a segment of 4 points without limits.
const LIMITS = { mean: 100, lpl: 70, upl: 130 };
const FIRST: [string, number, SpcRule[]][] = [
	['2023-01', 100, []],
	['2023-02', 105, []],
	['2023-03', 140, ['astronomical']], // above the upper limit: a concern when lower is better
	['2023-04', 95, []],
	['2023-05', 90, []],
	['2023-07', 60, ['astronomical', 'two_of_three']], // below the lower limit: an improvement
	['2023-08', 75, ['two_of_three']],
	['2023-09', 98, []],
	['2023-10', 102, ['shift']],
	['2023-11', 110, ['shift']],
	['2023-12', 120, ['trend', 'shift']],
	['2024-01', 104, ['shift']],
];
const points: SpcChartPoint[] = [
	...FIRST.map(([month, value, rules]) => ({ month, value, segment: 0, ...LIMITS, rules })),
	...monthRange('2024-02', '2024-05').map((month, i) => ({
		month,
		value: [80, 85, 70, 75][i],
		segment: 1,
		mean: null,
		lpl: null,
		upl: null,
		rules: [],
	})),
];
const segments: SpcChartSegment[] = [
	{ segment: 0, from: '2023-01', to: '2024-01', ...LIMITS, reason: null },
	{
		segment: 1,
		from: '2024-02',
		to: '2024-05',
		mean: null,
		lpl: null,
		upl: null,
		reason: 'Nytt utskrivningsteam fra februar',
	},
];
const OPTIONS: SpcChartOptions = {
	segments,
	direction: 'lower',
	target: 90,
	format: (v) => formatDays(v, 0),
	fromZero: true,
	bounds: { min: 0 },
	minPoints: 12,
};
const chart = spcChart(points, OPTIONS);
const svg = renderChart(chart);
const elements = elementsOf(chart.parts);
const byClass = (name: string, within: SvgElement[] = elements) =>
	within.filter((e) =>
		String(e.attrs.class ?? '')
			.split(' ')
			.includes(name),
	);
const textOf = (e: SvgElement) => e.children.filter((c) => typeof c === 'string').join('');

describe('spcChart(points, options)', () => {
	it('draws spc-chart as in its snapshot', async () => {
		const file = renderStandalone(chart, {
			title: 'spc-chart',
			summary: 'Testfigur: SPC med rebasing.',
			synthetic: false,
		});
		await expect(roundSvg(file)).toMatchFileSnapshot('output/spc-chart.svg');
	});

	it('marks a flagged point with the shape of its first rule, and every rule in its row under the axis', () => {
		const rows = (rule: SpcRule) =>
			elementsOf(byClass(`spc-row-${rule}`)).filter(
				(e) => e.attrs.class === `spc-mark spc-${rule}`,
			);
		const inKey = (rule: SpcRule) =>
			elementsOf(byClass('key')).filter((e) => e.attrs.class === `spc-mark spc-${rule}`).length;
		const onPoints = (rule: SpcRule) =>
			byClass(`spc-${rule}`).length - rows(rule).length - inKey(rule);
		expect(inKey('astronomical')).toBe(1);
		expect(onPoints('astronomical')).toBe(2); // March and July
		expect(onPoints('two_of_three')).toBe(1); // August; July shows its first rule
		expect(onPoints('trend')).toBe(1); // December
		expect(onPoints('shift')).toBe(3); // October, November, January
		expect([
			rows('astronomical').length,
			rows('trend').length,
			rows('two_of_three').length,
			rows('shift').length,
		]).toEqual([2, 1, 2, 4]);
		// The shapes differ by element and outline, not only by colour.
		expect(byClass('spc-astronomical')[0].tag).toBe('path');
		expect(byClass('spc-two_of_three')[0].tag).toBe('rect');
		expect(byClass('spc-shift')[0].tag).toBe('circle');
		expect(byClass('spc-mark').every((e) => e.attrs.stroke !== undefined)).toBe(true);
	});

	it('paints a point by its side, readable in black and white: above the upper limit a hollow concern, below the lower a filled improvement, when lower is better', () => {
		const [march, july] = byClass('spc-astronomical');
		expect([march.attrs.fill, march.attrs.stroke, march.attrs['stroke-width']]).toEqual([
			'var(--bg, #fff)',
			'var(--chart-2)',
			'2',
		]);
		expect([july.attrs.fill, july.attrs.stroke]).toEqual(['var(--chart-1)', 'currentColor']);
		const higher = elementsOf(spcChart(points, { ...OPTIONS, direction: 'higher' }).parts);
		expect(byClass('spc-astronomical', higher)[0].attrs.fill).toBe('var(--chart-1)');
		expect(textsOf(svg)).toEqual(
			expect.arrayContaining([
				'Fylt blå: særskilt årsak – forbedring',
				'Hul, oransje kant: særskilt årsak – bekymring',
			]),
		);
	});

	it('draws a rebase as a dashed vertical line with its reason', () => {
		const [line] = elementsOf(byClass('spc-rebase')).filter((e) => e.tag === 'line');
		expect(line.attrs.x1).toBe(line.attrs.x2);
		expect(line.attrs['stroke-dasharray']).toBe('5 3');
		expect(textsOf(svg)).toContain('Ny periode fra feb. 2024: Nytt utskrivningsteam fra februar');
		expect(textsOf(svg)).toContain('Ny periode (rebasing)');
	});

	it('draws mean and limits only for a segment with limits, and says so where a segment has none', () => {
		const limits = byClass('spc-limits');
		expect(limits.map((g) => g.attrs['data-segment'])).toEqual([0]);
		expect(byClass('spc-mean')).toHaveLength(1);
		expect(byClass('spc-upl')).toHaveLength(1);
		expect(byClass('spc-no-limits').map(textOf)).toEqual(['Ingen grenser']); // the whole note would run past the right edge
		const early = spcChart(points, {
			...OPTIONS,
			segments: [segments[0], { ...segments[1], from: '2023-03' }],
		});
		expect(byClass('spc-no-limits', elementsOf(early.parts)).map(textOf)).toEqual([
			'Ingen grenser: færre enn 12 punkter',
		]);
		// The limits run over the first segment's months only: they end before the rebase line.
		const [upl] = byClass('spc-upl');
		const [rebaseLine] = elementsOf(byClass('spc-rebase')).filter((e) => e.tag === 'line');
		expect(Number(upl.attrs.x2)).toBeLessThan(Number(rebaseLine.attrs.x1));
	});

	it('breaks the value line at a month without a value and at a rebase', () => {
		const [value] = byClass('spc-value');
		expect(subpaths(String(value.attrs.d))).toHaveLength(3);
	});

	it('leaves out a limit beyond the bounds (a count below 0), and the target when there is none', () => {
		const low = { ...LIMITS, lpl: -10 };
		const shifted = spcChart(
			points.map((p) => (p.segment === 0 ? { ...p, ...low } : p)),
			{ ...OPTIONS, target: null, segments: [{ ...segments[0], ...low }, segments[1]] },
		);
		const drawn = elementsOf(shifted.parts);
		expect(byClass('spc-lpl', drawn)).toHaveLength(0);
		expect(byClass('spc-upl', drawn)).toHaveLength(1);
		expect(byClass('spc-target', drawn)).toHaveLength(0);
		expect(textsOf(renderChart(shifted))).not.toContain('Mål');
		expect(textsOf(svg)).toContain('Mål');
	});

	it('names every line, shape and fill in the key', () => {
		expect(textsOf(svg)).toEqual(
			expect.arrayContaining([
				'Verdi',
				'Gjennomsnitt',
				'Prosessgrenser',
				'Utenfor prosessgrensene',
				'Trend',
				'To av tre nær grensen',
				'Skift',
				'Fylt blå: særskilt årsak – forbedring',
				'Hul, oransje kant: særskilt årsak – bekymring',
			]),
		);
		expect(textsOf(svg)).toEqual(expect.arrayContaining(['Utenfor', 'To av tre']));
	});

	it('draws no signal rows when no segment has limits', () => {
		const short = spcChart(points.slice(12), {
			...OPTIONS,
			segments: [{ ...segments[1], segment: 0, reason: null }],
		});
		expect(byClass('spc-rules', elementsOf(short.parts))).toHaveLength(0);
		expect(textsOf(renderChart(short))).not.toContain('Gjennomsnitt');
	});

	it('stands alone without the page: no CSS variables, currentColor or classes', () => {
		const file = renderStandalone(chart, { title: 'T', summary: 'S', synthetic: false });
		expect(file).not.toMatch(/var\(|currentColor|class=/);
	});
});
