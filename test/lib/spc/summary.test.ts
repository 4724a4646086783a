import { describe, expect, it } from 'vitest';
import { computeAssurance, computeVariation, type LatestPoint } from '../../../src/lib/spc/summary';
import type { SpcLimits } from '../../../src/lib/spc/types';

const LIMITS: SpcLimits = { mean: 10, mrBar: 3, lpl: 2.02, upl: 17.98 };
const point = (
	value: number,
	previous: number | null,
	rules: LatestPoint['rules'],
): LatestPoint => ({ value, previous, limits: LIMITS, rules });

describe('computeVariation(latest, direction)', () => {
	it('is none without a point or without limits, common without a rule', () => {
		expect(computeVariation(null, 'lower')).toBe('none');
		expect(computeVariation({ value: 30, previous: 1, limits: null, rules: [] }, 'lower')).toBe(
			'none',
		);
		expect(computeVariation(point(17, 9, []), 'lower')).toBe('common');
	});

	it('turns the side into improvement or concern by the KPI’s direction', () => {
		expect(computeVariation(point(19, 9, ['astronomical']), 'lower')).toBe('concern');
		expect(computeVariation(point(19, 9, ['astronomical']), 'higher')).toBe('improvement');
		expect(computeVariation(point(1, 9, ['astronomical']), 'lower')).toBe('improvement');
		expect(computeVariation(point(1, 9, ['astronomical']), 'higher')).toBe('concern');
		expect(computeVariation(point(11, 12, ['shift']), 'higher')).toBe('improvement');
		expect(computeVariation(point(9, 8, ['two_of_three']), 'higher')).toBe('concern');
	});

	it('reads a trend by the point before, not by the mean', () => {
		// Above the mean but falling: a falling trend is an improvement where lower is better.
		expect(computeVariation(point(12, 14, ['trend']), 'lower')).toBe('improvement');
		expect(computeVariation(point(8, 6, ['trend']), 'lower')).toBe('concern');
	});

	it('goes by the first rule: astronomical before trend before two_of_three before shift', () => {
		// 19 is above the upper limit (high) while falling from 20 (low): astronomical decides.
		expect(computeVariation(point(19, 20, ['astronomical', 'trend', 'shift']), 'lower')).toBe(
			'concern',
		);
		// 12 is above the mean (high) while falling from 14 (low): trend decides over shift.
		expect(computeVariation(point(12, 14, ['trend', 'shift']), 'lower')).toBe('improvement');
		expect(computeVariation(point(12, 14, ['trend', 'two_of_three', 'shift']), 'higher')).toBe(
			'concern',
		);
	});
});

describe('computeAssurance(limits, target, direction)', () => {
	it('lower is better: pass at or above the upper limit, fail at or below the lower, else hit or miss', () => {
		expect(computeAssurance(LIMITS, 17.98, 'lower')).toBe('pass');
		expect(computeAssurance(LIMITS, 20, 'lower')).toBe('pass');
		expect(computeAssurance(LIMITS, 17.97, 'lower')).toBe('hit_or_miss');
		expect(computeAssurance(LIMITS, 2.03, 'lower')).toBe('hit_or_miss');
		expect(computeAssurance(LIMITS, 2.02, 'lower')).toBe('fail');
		expect(computeAssurance(LIMITS, 0, 'lower')).toBe('fail');
	});

	it('higher is better, mirrored: pass at or below the lower limit, fail at or above the upper', () => {
		expect(computeAssurance(LIMITS, 2.02, 'higher')).toBe('pass');
		expect(computeAssurance(LIMITS, 17.98, 'higher')).toBe('fail');
		expect(computeAssurance(LIMITS, 10, 'higher')).toBe('hit_or_miss');
	});

	it('is none without limits or without a target', () => {
		expect(computeAssurance(null, 10, 'lower')).toBe('none');
		expect(computeAssurance(LIMITS, null, 'lower')).toBe('none');
	});
});
