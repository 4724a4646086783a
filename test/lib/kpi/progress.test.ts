import { describe, expect, it } from 'vitest';
import {
	computeAchievement,
	computeExpected,
	computeLevel,
	normalizeBasis,
	trajectoryFraction,
	type ProgressBasis,
} from '../../../src/lib/kpi/progress';

const EFFECTIVE = Date.UTC(2024, 0, 1);

describe('trajectoryFraction(effective, t)', () => {
	it.each([
		['before the effective date', Date.UTC(2023, 11, 1), 0],
		['at the effective date', EFFECTIVE, 0],
		['half-way through the first year (182 of 366 days)', Date.UTC(2024, 6, 1), (0.5 * 182) / 366],
		['one year after: the 50 % milestone', Date.UTC(2025, 0, 1), 0.5],
		['two years after: the 100 % milestone', Date.UTC(2026, 0, 1), 1],
		['later: stays at 100 %', Date.UTC(2026, 9, 1), 1],
	])('%s', (_, t, expected) => {
		expect(trajectoryFraction(EFFECTIVE, t)).toBeCloseTo(expected, 12);
	});
});

const meanDays: ProgressBasis = {
	direction: 'lower',
	mode: 'improve',
	target: 2,
	baseline: 3.5,
	tolerance: 0.3,
	effective: EFFECTIVE,
};

describe('computeExpected(basis, t)', () => {
	it('runs from baseline to target through the milestones', () => {
		expect(computeExpected(meanDays, EFFECTIVE)).toBe(3.5);
		expect(computeExpected(meanDays, Date.UTC(2025, 0, 1))).toBeCloseTo(2.75, 12);
		expect(computeExpected(meanDays, Date.UTC(2026, 0, 1))).toBeCloseTo(2, 12);
	});
	it('is the target itself for a KPI to hold, and null without a baseline', () => {
		expect(computeExpected({ ...meanDays, mode: 'hold', target: 0.16 }, EFFECTIVE)).toBe(0.16);
		expect(computeExpected({ ...meanDays, baseline: null }, EFFECTIVE)).toBeNull();
	});
});

describe('computeAchievement(basis, actual)', () => {
	it.each([
		[2.75, 0.5],
		[2, 1],
		[1.5, 4 / 3], // beyond the target: not clipped
		[4, -1 / 3], // worse than the baseline: negative, not clipped
		[null, null],
	])('lower is better, baseline 3,5, target 2: %s døgn → %s', (actual, expected) => {
		const achievement = computeAchievement(meanDays, actual);
		if (expected === null) expect(achievement).toBeNull();
		else expect(achievement).toBeCloseTo(expected, 12);
	});
	it('mirrors for higher is better: baseline 84 %, target 90 %, actual 87 % is half-way', () => {
		expect(
			computeAchievement({ ...meanDays, direction: 'higher', baseline: 0.84, target: 0.9 }, 0.87),
		).toBeCloseTo(0.5, 12);
	});
	it('is 1 while a KPI to hold keeps its target and 0 when it does not', () => {
		const hold: ProgressBasis = { ...meanDays, mode: 'hold', target: 0.16 };
		expect(computeAchievement(hold, 0.16)).toBe(1);
		expect(computeAchievement(hold, 0.155)).toBe(1);
		expect(computeAchievement(hold, 0.161)).toBe(0);
	});
});

describe('computeLevel(direction, actual, expected, tolerance)', () => {
	it.each([
		['lower', 2.0, 'green'],
		['lower', 1.5, 'green'],
		['lower', 2.3, 'yellow'],
		['lower', 2.31, 'red'],
	] as const)('%s is better, expected 2,0 ± 0,3: %s → %s', (direction, actual, level) => {
		expect(computeLevel(direction, actual, 2.0, 0.3)).toBe(level);
	});
	it.each([
		[0.9, 'green'],
		[0.88, 'yellow'],
		[0.879, 'red'],
	] as const)('higher is better, expected 90 % ± 2 pp: %s → %s', (actual, level) => {
		expect(computeLevel('higher', actual, 0.9, 0.02)).toBe(level);
	});
	it('has no level without a value or an expected value', () => {
		expect(computeLevel('lower', null, 2, 0.3)).toBeNull();
		expect(computeLevel('lower', 2, null, 0.3)).toBeNull();
	});
});

describe('normalizeBasis(basis)', () => {
	it('holds a KPI whose baseline already meets the target instead of "improving" backwards', () => {
		expect(normalizeBasis({ ...meanDays, baseline: 1.8 }).mode).toBe('hold');
		expect(normalizeBasis(meanDays).mode).toBe('improve');
	});
});
