import { describe, expect, it } from 'vitest';
import { computeLimits, twoSigma } from '../../../src/lib/spc/limits';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('computeLimits(values, minPoints)', () => {
	it('gives 1 … 12 mean 6,5, mR̄ 1 and limits 6,5 ± 2,66', () => {
		const limits = computeLimits(range(12), 12)!;
		expect(limits.mean).toBe(6.5);
		expect(limits.mrBar).toBe(1);
		expect(limits.lpl).toBeCloseTo(3.84, 12);
		expect(limits.upl).toBeCloseTo(9.16, 12);
	});

	it('takes mR̄ as the mean of the 11 moving ranges of 12 points', () => {
		// Ranges 4, 2, 4, 6 repeating: 4+2+4+6+4+2+4+6+4+2+4 = 42 over 11; mean 52 × 3 / 12 = 13.
		const limits = computeLimits([10, 14, 12, 16, 10, 14, 12, 16, 10, 14, 12, 16], 12)!;
		expect(limits.mean).toBe(13);
		expect(limits.mrBar).toBeCloseTo(42 / 11, 12);
		expect(limits.upl).toBeCloseTo(13 + (2.66 * 42) / 11, 12);
		expect(limits.lpl).toBeCloseTo(13 - (2.66 * 42) / 11, 12);
	});

	it('does not clip the lower limit at 0', () => {
		const limits = computeLimits([100, 150, 100, 150, 100, 150, 100, 150, 100, 150, 100, 150], 12)!;
		expect(limits).toEqual({ mean: 125, mrBar: 50, lpl: -8, upl: 258 });
	});

	it('gives no limits to 11 points when 12 are needed, nor to a single point', () => {
		expect(computeLimits(range(11), 12)).toBeNull();
		expect(computeLimits([5], 1)).toBeNull();
		expect(computeLimits([], 12)).toBeNull();
	});
});

describe('twoSigma(limits)', () => {
	it('is ⅔ of 2,66 × mR̄', () => {
		expect(twoSigma({ mean: 10, mrBar: 3, lpl: 2.02, upl: 17.98 })).toBeCloseTo(5.32, 12);
	});
});
