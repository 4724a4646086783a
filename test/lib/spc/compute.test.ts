import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../src/lib/dates';
import { computeSpc } from '../../../src/lib/spc/compute';
import { DEFAULT_SPC_SETTINGS, type Rebase, type SpcSettings } from '../../../src/lib/spc/settings';
import type { SpcSeriesInput } from '../../../src/lib/spc/types';

/** Returns a series of monthly values from 2023-01 on. */
function series(values: (number | null)[], extra: Partial<SpcSeriesInput> = {}): SpcSeriesInput {
	return {
		kpi: 'ukp_days',
		area: 'all',
		direction: 'lower',
		target: null,
		values: values.map((value, i) => ({ month: addMonths('2023-01', i), value })),
		...extra,
	};
}
const withRebases = (...rebases: Rebase[]): SpcSettings => ({ ...DEFAULT_SPC_SETTINGS, rebases });
const rulesOf = (input: SpcSeriesInput, settings: SpcSettings = DEFAULT_SPC_SETTINGS) =>
	computeSpc([input], settings).points.map((p) => p.rules);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const ALTERNATING = [100, 150, 100, 150, 100, 150, 100, 150, 100, 150, 100, 150];

describe('computeSpc(inputs, settings): points', () => {
	it('serialises a point with exactly the export’s fields, in order', () => {
		const { points } = computeSpc([series(ALTERNATING)]);
		expect(JSON.stringify(points[0])).toBe(
			'{"kpi":"ukp_days","area":"all","month":"2023-01","value":100,"segment":0,"mean":125,"lpl":-8,"upl":258,"rules":[]}',
		);
	});

	it('gives a segment of 11 points no limits and no rules, and one of 12 both', () => {
		const eleven = computeSpc([series(range(11))]);
		expect(
			eleven.points.every(
				(p) => p.mean === null && p.lpl === null && p.upl === null && p.rules.length === 0,
			),
		).toBe(true);
		expect(eleven.series[0]).toMatchObject({ variation: 'none', assurance: 'none' });
		// 1 … 12: mean 6,5, mR̄ 1, limits 3,84 and 9,16, 2σ line 1,77 from the mean (4,73 and 8,27).
		const twelve = computeSpc([series(range(12))]);
		expect(twelve.points[0]).toMatchObject({ mean: 6.5 });
		const all = ['astronomical', 'trend', 'two_of_three', 'shift'];
		const noTwo = ['trend', 'shift'];
		expect(twelve.points.map((p) => p.rules)).toEqual([
			all,
			all,
			all,
			['trend', 'two_of_three', 'shift'],
			noTwo,
			noTwo,
			noTwo,
			noTwo,
			['trend', 'two_of_three', 'shift'],
			all,
			all,
			all,
		]);
	});

	it('skips months without a value: the series and its runs continue across the gap', () => {
		// 13 points around a gap in 2023-07: mean 136 / 13, mR̄ 24 / 12 = 2; the six 12s in a row make a shift.
		const input = series([8, 12, 8, 12, 8, 12, null, 12, 12, 12, 12, 12, 8, 8]);
		const { points } = computeSpc([input]);
		expect(points.map((p) => p.month)).not.toContain('2023-07');
		expect(points[0].mean).toBeCloseTo(136 / 13, 12);
		expect(points[0].upl).toBeCloseTo(136 / 13 + 2.66 * 2, 12);
		expect(points.filter((p) => p.rules.includes('shift')).map((p) => p.month)).toEqual([
			'2023-06',
			'2023-08',
			'2023-09',
			'2023-10',
			'2023-11',
			'2023-12',
		]);
		expect(points.every((p) => p.rules.every((r) => r === 'shift'))).toBe(true);
	});

	it('splits moving ranges at a rebase: the jump between segments counts in neither', () => {
		const input = series([...ALTERNATING, ...ALTERNATING.map((v) => v + 1000)]);
		const one = computeSpc([input]).points[0];
		// Without the rebase: mean (1 500 + 13 500) / 24 = 625; mR̄ = (22 × 50 + the jump 150 → 1 100) / 23.
		expect(one.mean).toBe(625);
		expect(one.upl).toBeCloseTo(625 + (2.66 * (22 * 50 + 950)) / 23, 9);
		const split = computeSpc([input], withRebases({ from: '2024-01', reason: 'Ny rutine' }));
		expect(split.points[11]).toMatchObject({
			month: '2023-12',
			segment: 0,
			mean: 125,
			lpl: -8,
			upl: 258,
			rules: [],
		});
		expect(split.points[12]).toMatchObject({
			month: '2024-01',
			segment: 1,
			mean: 1125,
			lpl: 992,
			upl: 1258,
			rules: [],
		});
		expect(split.series[0].segments).toEqual([
			{
				segment: 0,
				from: '2023-01',
				to: '2023-12',
				points: 12,
				mean: 125,
				lpl: -8,
				upl: 258,
				reason: null,
			},
			{
				segment: 1,
				from: '2024-01',
				to: '2024-12',
				points: 12,
				mean: 1125,
				lpl: 992,
				upl: 1258,
				reason: 'Ny rutine',
			},
		]);
	});

	it('splits runs at a rebase: a rise and a run above the mean across the boundary are no signal', () => {
		const first = [4, 6, 4, 6, 4, 6, 4, 6, 4, 5.1, 5.2, 5.3];
		const second = [5.4, 5.5, 5.6, 4, 6, 4, 6, 4, 6, 4, 6, 4];
		const input = series([...first, ...second]);
		// One segment: mean 120,1 / 24 ≈ 5,004; 4 → 5,6 rises over 7 points, 5,1 … 5,6 lie above the mean.
		const none: string[] = [];
		const both = ['trend', 'shift'];
		expect(rulesOf(input)).toEqual([
			...Array(8).fill(none),
			['trend'],
			...Array(6).fill(both),
			...Array(9).fill(none),
		]);
		expect(rulesOf(input, withRebases({ from: '2024-01', reason: 'Ny rutine' })).flat()).toEqual(
			[],
		);
	});

	it('gives a rebased segment too short for limits no rules, while the earlier one keeps its own', () => {
		const {
			points,
			series: [s],
		} = computeSpc(
			[series([...ALTERNATING, 500, 600])],
			withRebases({ from: '2024-01', reason: 'R' }),
		);
		expect(points.slice(12).map((p) => [p.segment, p.mean, p.rules])).toEqual([
			[1, null, []],
			[1, null, []],
		]);
		expect(s.variation).toBe('none');
	});
});

describe('computeSpc(inputs, settings): series', () => {
	it('serialises a series with the export’s fields first', () => {
		const {
			series: [s],
		} = computeSpc([series(ALTERNATING, { target: 140 })]);
		expect(Object.keys(s).slice(0, 4)).toEqual(['kpi', 'area', 'variation', 'assurance']);
		expect(s).toMatchObject({
			kpi: 'ukp_days',
			area: 'all',
			variation: 'common',
			assurance: 'hit_or_miss',
			target: 140,
			latest: '2023-12',
		});
	});

	it('assures against the target with equality counting: at the upper limit passes, at the lower fails (lower is better)', () => {
		// Limits −8 and 258 (mean 125, mR̄ 50).
		const assurance = (target: number, direction: 'lower' | 'higher') =>
			computeSpc([series(ALTERNATING, { target, direction })]).series[0].assurance;
		expect(assurance(258, 'lower')).toBe('pass');
		expect(assurance(257.9, 'lower')).toBe('hit_or_miss');
		expect(assurance(-8, 'lower')).toBe('fail');
		expect(assurance(-8, 'higher')).toBe('pass');
		expect(assurance(258, 'higher')).toBe('fail');
	});

	it('assures on the latest segment that has limits', () => {
		const input = series([...ALTERNATING, 500, 600], { target: 258 });
		const {
			series: [s],
		} = computeSpc([input], withRebases({ from: '2024-01', reason: 'R' }));
		expect(s.assurance).toBe('pass');
	});

	it('reads the latest point’s side through the direction: 1 … 12 ends above the upper limit', () => {
		expect(computeSpc([series(range(12), { direction: 'lower' })]).series[0].variation).toBe(
			'concern',
		);
		expect(computeSpc([series(range(12), { direction: 'higher' })]).series[0].variation).toBe(
			'improvement',
		);
	});

	it('keeps the order of the inputs, and gives a series without values no points and none, none', () => {
		const { points, series: out } = computeSpc([
			series([null, null], { area: '5001' }),
			series(ALTERNATING),
		]);
		expect(out.map((s) => [s.area, s.variation, s.assurance, s.latest])).toEqual([
			['5001', 'none', 'none', null],
			['all', 'common', 'none', '2023-12'],
		]);
		expect(points.every((p) => p.area === 'all')).toBe(true);
	});

	it('applies a rebase only to the KPIs and areas it names', () => {
		const rebased = withRebases({
			from: '2024-01',
			kpis: ['zero_day_share'],
			areas: ['5001'],
			reason: 'R',
		});
		const inputs = [
			series([...ALTERNATING, ...ALTERNATING]),
			series([...ALTERNATING, ...ALTERNATING], { kpi: 'zero_day_share', area: '5001' }),
		];
		expect(computeSpc(inputs, rebased).series.map((s) => s.segments.length)).toEqual([1, 2]);
	});
});
