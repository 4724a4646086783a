import { describe, expect, it } from 'vitest';
import { computeAreaPopulation, computeAreaSums, computeMeanOverAllStays, computePerThousand } from '../../../src/lib/comparison/area-sums';

describe('computePerThousand(days, population): UKP days per 1 000 inhabitants', () => {
	it.each([
		[535, 26000, 20.576923076923077],
		[120, 1200, 100],
		[0, 230, 0],
	])('%i days over %i inhabitants is %d per 1 000', (days, pop, expected) => expect(computePerThousand(days, pop)).toBeCloseTo(expected, 9));
	it.each([
		['the population is missing', 100, null],
		['the population is 0', 100, 0],
		['the days are missing', null, 1000],
	])('has no value when %s', (_, days, pop) => expect(computePerThousand(days, pop)).toBeNull());
});

describe('computeAreaPopulation(members)', () => {
	it('sums the members', () => expect(computeAreaPopulation([{ population: 230 }, { population: 1820 }])).toBe(2050));
	it('has no value when any member lacks the number (a partial sum would not match the days)', () => {
		expect(computeAreaPopulation([{ population: 230 }, { population: null }])).toBeNull();
	});
});

describe('computeAreaSums(rows, areaOf) and computeMeanOverAllStays(sums)', () => {
	const rows = [
		{ month: '2024-01', municipality: '5020', ukpStays: 10, ukpStaysZeroDays: 6, ukpDays: 20 },
		{ month: '2024-02', municipality: '5020', ukpStays: 10, ukpStaysZeroDays: 5, ukpDays: 23 },
		{ month: '2024-01', municipality: '5057', ukpStays: 20, ukpStaysZeroDays: 18, ukpDays: 4 },
		{ month: '2024-02', municipality: '5057', ukpStays: 5, ukpStaysZeroDays: null, ukpDays: 9 },
	];
	const sums = computeAreaSums(rows, (m) => [m, 'cluster:Fosen']);
	it('is a ratio of sums over all stays, zero-day stays included: (20 + 4) / (10 + 20) = 0,8', () => {
		expect(computeMeanOverAllStays(sums.get('cluster:Fosen|2024-01'))).toBeCloseTo(0.8, 12);
	});
	it('sums a year over the months with complete rows: 5020 has 43 days over 20 stays = 2,15', () => {
		expect(sums.get('5020|2024')).toMatchObject({ stays: 20, days: 43, monthsWithData: 2 });
		expect(computeMeanOverAllStays(sums.get('5020|2024'))).toBeCloseTo(2.15, 12);
	});
	it('leaves out a row with an empty cell rather than counting it as 0', () => {
		expect(sums.get('5057|2024-02')).toBeUndefined();
		expect(sums.get('cluster:Fosen|2024')).toMatchObject({ stays: 40, days: 47 });
	});
	it('has no value without data', () => expect(computeMeanOverAllStays(undefined)).toBeNull());
});
