import { describe, expect, it } from 'vitest';
import {
	applyRules,
	findAstronomical,
	findShift,
	findTrend,
	findTwoOfThree,
} from '../../../src/lib/spc/rules';
import type { SpcLimits } from '../../../src/lib/spc/types';

// Mean 10, mR̄ 3: limits 10 ± 7,98; the 2σ line lies 5,32 from the mean (15,32 and 4,68).
const LIMITS: SpcLimits = { mean: 10, mrBar: 3, lpl: 2.02, upl: 17.98 };
const flagged = (flags: boolean[]) => flags.flatMap((f, i) => (f ? [i] : []));

describe('findAstronomical(values, limits)', () => {
	it('flags points strictly beyond either limit, not those on it', () => {
		expect(findAstronomical([17.98, 18, 2.02, 2, 10], LIMITS)).toEqual([
			false,
			true,
			false,
			true,
			false,
		]);
	});
});

describe('findShift(values, limits, 6)', () => {
	it('needs 6 points in a row on one side: 5 are not enough', () => {
		expect(flagged(findShift([11, 11, 11, 11, 11, 9], LIMITS, 6))).toEqual([]);
		expect(flagged(findShift([9, 11, 11, 11, 11, 11, 11, 9], LIMITS, 6))).toEqual([
			1, 2, 3, 4, 5, 6,
		]);
		expect(flagged(findShift([9, 9, 9, 9, 9, 9, 9], LIMITS, 6))).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('is broken by a point equal to the mean, which belongs to no run', () => {
		expect(flagged(findShift([11, 11, 11, 10, 11, 11, 11], LIMITS, 6))).toEqual([]);
		expect(flagged(findShift([10, 10, 10, 10, 10, 10], LIMITS, 6))).toEqual([]);
	});

	it('takes the run length from the settings', () => {
		expect(flagged(findShift([11, 11, 11, 11, 11, 9], LIMITS, 5))).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('findTrend(values, 6)', () => {
	it('needs 6 points, both ends counted (5 steps): 5 are not enough', () => {
		expect(flagged(findTrend([1, 2, 3, 4, 5], 6))).toEqual([]);
		expect(flagged(findTrend([1, 2, 3, 4, 5, 6], 6))).toEqual([0, 1, 2, 3, 4, 5]);
		expect(flagged(findTrend([9, 8, 7, 6, 5, 4, 5], 6))).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('is broken by a tie', () => {
		expect(flagged(findTrend([1, 2, 3, 3, 4, 5, 6], 6))).toEqual([]);
	});

	it('lets the peak end a rising run and start a falling one', () => {
		expect(flagged(findTrend([1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1], 6))).toEqual([
			0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
		]);
		expect(flagged(findTrend([1, 2, 3, 4, 5, 6, 5, 4, 3, 2], 6))).toEqual([0, 1, 2, 3, 4, 5]);
	});
});

describe('findTwoOfThree(values, limits)', () => {
	it('flags the 2 of 3 same-side points beyond the 2σ line, not the third', () => {
		expect(findTwoOfThree([16, 11, 16], LIMITS)).toEqual([true, false, true]);
		expect(findTwoOfThree([4, 3, 9], LIMITS)).toEqual([true, true, false]);
	});

	it('counts a point beyond the limits', () => {
		expect(findTwoOfThree([20, 11, 16], LIMITS)).toEqual([true, false, true]);
	});

	it('needs all 3 strictly on one side: a point across or on the mean spoils the window', () => {
		expect(findTwoOfThree([16, 9, 16], LIMITS)).toEqual([false, false, false]);
		expect(findTwoOfThree([16, 10, 16], LIMITS)).toEqual([false, false, false]);
	});

	it('needs 2 beyond the line (5,32 from the mean) within one window of 3', () => {
		expect(findTwoOfThree([15.3, 11, 15.4], LIMITS)).toEqual([false, false, false]);
		expect(findTwoOfThree([15.4, 11, 15.4], LIMITS)).toEqual([true, false, true]);
		expect(findTwoOfThree([16, 11, 11, 16], LIMITS)).toEqual([false, false, false, false]);
	});
});

describe('applyRules(values, limits, settings)', () => {
	it('lists a point’s rules in precedence order: astronomical, trend, two_of_three, shift', () => {
		// 11 … 16 rise and sit above the mean; 16 and 18 are beyond the 2σ line, 18 beyond the limit.
		const rules = applyRules([11, 12, 13, 14, 16, 18], LIMITS, {
			shift_points: 6,
			trend_points: 6,
		});
		expect(rules).toEqual([
			['trend', 'shift'],
			['trend', 'shift'],
			['trend', 'shift'],
			['trend', 'shift'],
			['trend', 'two_of_three', 'shift'],
			['astronomical', 'trend', 'two_of_three', 'shift'],
		]);
	});
});
