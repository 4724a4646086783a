import { describe, expect, it } from 'vitest';
import {
	approximateSwedishDays,
	computeHallandPayment,
	computeNorwayPayment,
	computeSwedishDaysExact,
	type StaysByDays,
} from '../../../src/lib/comparison/payment-models';

// The hand-worked month used throughout: 10 UKP stays, 6 of them zero-day, 20 UKP days, the four
// stays with days lasting 2, 3, 5 and 10 days (2 + 3 + 5 + 10 = 20). Rate 2024: 5 745 kr.
const RATE = 5745;
const MONTH = { stays: 10, zeroStays: 6, days: 20 };
function byDays(lengths: number[], zero = 0): StaysByDays {
	const s: StaysByDays = { exact: Array(31).fill(0), over30Stays: 0, over30DaySum: 0 };
	s.exact[0] = zero;
	for (const d of lengths) {
		if (d > 30) (s.over30Stays++, (s.over30DaySum += d));
		else s.exact[d]++;
	}
	return s;
}

describe('computeNorwayPayment(days, rate): rate × every UKP day, from day 1', () => {
	it('charges 20 days × 5 745 kr = 114 900 kr', () =>
		expect(computeNorwayPayment(20, RATE)).toBe(114_900));
	it('charges 0 for a month whose stays were all zero-day', () =>
		expect(computeNorwayPayment(0, RATE)).toBe(0));
	it('has no value for a month without data, not 0', () =>
		expect(computeNorwayPayment(null, RATE)).toBeNull());
	it('has no value without a rate', () => expect(computeNorwayPayment(20, null)).toBeNull());
});

describe('computeSwedishDaysExact(stays, freeDays): a stay of d days pays max(0, d − 3)', () => {
	it.each([
		[0, 0],
		[1, 0],
		[3, 0],
		[4, 1],
		[10, 7],
		[30, 27],
		[45, 42],
	])('a single stay of %i days pays %i days', (d, paid) =>
		expect(computeSwedishDaysExact(byDays(d === 0 ? [] : [d], d === 0 ? 1 : 0), 3)).toBe(paid),
	);
	it('the hand-worked month pays 0 + 0 + 2 + 7 = 9 days, i.e. 51 705 kr', () => {
		const days = computeSwedishDaysExact(byDays([2, 3, 5, 10], 6), 3);
		expect(days).toBe(9);
		expect(days * RATE).toBe(51_705);
	});
	it('counts the 31+ bucket as its day sum minus 3 days per stay', () => {
		// Two stays of 31 and 40 days: 28 + 37 = 65 = 71 − 2 × 3.
		expect(computeSwedishDaysExact(byDays([31, 40]), 3)).toBe(65);
	});
});

describe('approximateSwedishDays(counts, freeDays): every stay at the mean length, a lower bound', () => {
	it('the hand-worked month: 4 stays × max(0, 20 / 4 − 3) = 8 days, below the exact 9', () => {
		expect(approximateSwedishDays(MONTH, 3)).toBe(8);
	});
	it('is 0 when the mean stay is at most 3 days', () =>
		expect(approximateSwedishDays({ stays: 5, zeroStays: 1, days: 12 }, 3)).toBe(0));
	it('is 0 when every stay was zero-day', () =>
		expect(approximateSwedishDays({ stays: 5, zeroStays: 5, days: 0 }, 3)).toBe(0));
	it('has no value when a count is missing', () =>
		expect(approximateSwedishDays({ stays: 5, zeroStays: null, days: 9 }, 3)).toBeNull());
});

describe('computeHallandPayment(counts, benchmark, liablePays): liable only above the benchmark', () => {
	it('the hand-worked month (20 / 10 = 2,0 days) is below 2,3: not liable, pays 0', () => {
		expect(computeHallandPayment(MONTH, 2.3)).toEqual({ mean: 2, liable: false, chargedDays: 0 });
	});
	it('a month exactly at the benchmark (23 / 10 = 2,3) is not liable', () => {
		expect(computeHallandPayment({ stays: 10, days: 23 }, 2.3)).toEqual({
			mean: 2.3,
			liable: false,
			chargedDays: 0,
		});
	});
	it('a month above (24 / 10 = 2,4) pays all 24 days: 137 880 kr', () => {
		const r = computeHallandPayment({ stays: 10, days: 24 }, 2.3);
		expect(r).toEqual({ mean: 2.4, liable: true, chargedDays: 24 });
		expect(r.chargedDays! * RATE).toBe(137_880);
	});
	it('with days_above_benchmark a month above pays only 24 − 2,3 × 10 = 1 day', () => {
		expect(
			computeHallandPayment({ stays: 10, days: 24 }, 2.3, 'days_above_benchmark').chargedDays,
		).toBeCloseTo(1, 9);
	});
	it('counts zero-day stays in the mean (all stays, like Halland)', () => {
		// 4 stays with days and 6 zero-day stays: 30 / 10 = 3,0 (the KPI basis would give 30 / 4 = 7,5).
		expect(computeHallandPayment({ stays: 10, days: 30 }, 2.3).mean).toBe(3);
	});
	it('a month without data has no value, not 0', () => {
		expect(computeHallandPayment({ stays: null, days: null }, 2.3)).toEqual({
			mean: null,
			liable: null,
			chargedDays: null,
		});
	});
	it('a month with a row but no stays is not liable and pays 0', () => {
		expect(computeHallandPayment({ stays: 0, days: 0 }, 2.3)).toEqual({
			mean: null,
			liable: false,
			chargedDays: 0,
		});
	});
});
