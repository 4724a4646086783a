import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMeanOverAllStays, computePerThousand } from '../../../src/lib/comparison/area-sums';
import { parseComparison } from '../../../src/lib/comparison/parse-comparison';
import { comparisonOf } from '../../helpers/comparison';

const DIR = 'data/comparison';
const DATA = parseComparison(
	readdirSync(DIR)
		.filter((n) => n.endsWith('.yaml'))
		.map((name) => ({ name, path: join(DIR, name), text: readFileSync(join(DIR, name), 'utf8') })),
	DIR,
);

describe('computePerThousand(days, population): UKP days per 1 000 inhabitants', () => {
	it.each([
		[535, 26000, 20.576923076923077],
		[120, 1200, 100],
		[0, 230, 0],
	])('%i days over %i inhabitants is %d per 1 000', (days, pop, expected) =>
		expect(computePerThousand(days, pop)).toBeCloseTo(expected, 9),
	);
	it.each([
		['the population is missing', 100, null],
		['the population is 0', 100, 0],
		['the days are missing', null, 1000],
	])('has no value when %s', (_, days, pop) => expect(computePerThousand(days, pop)).toBeNull());
});

describe('comparison sums from the rollup, and computeMeanOverAllStays(sums)', () => {
	const municipalities = [
		{ code: '5020', name: 'Osen', cluster: 'Fosen', population67: 230, population80: 70 },
		{ code: '5057', name: 'Ørland', cluster: 'Fosen', population67: 1820, population80: 500 },
	];
	const rows = [
		{ month: '2024-01', municipality: '5020', ukpStays: 10, ukpStaysZeroDays: 6, ukpDays: 20 },
		{ month: '2024-02', municipality: '5020', ukpStays: 10, ukpStaysZeroDays: 5, ukpDays: 23 },
		{ month: '2024-01', municipality: '5057', ukpStays: 20, ukpStaysZeroDays: 18, ukpDays: 4 },
		{ month: '2024-02', municipality: '5057', ukpStays: 5, ukpStaysZeroDays: null, ukpDays: 9 },
	];
	const model = comparisonOf(DATA, municipalities, rows);
	it('is a ratio of sums over all stays, zero-day stays included: (20 + 4) / (10 + 20) = 0,8', () => {
		expect(computeMeanOverAllStays(model.sumsOf('cluster:Fosen', '2024-01'))).toBeCloseTo(0.8, 12);
	});
	it('sums a year over the months with complete rows: 5020 has 43 days over 20 stays = 2,15', () => {
		expect(model.sumsOf('5020', '2024')).toMatchObject({ stays: 20, days: 43, monthsWithData: 2 });
		expect(computeMeanOverAllStays(model.sumsOf('5020', '2024'))).toBeCloseTo(2.15, 12);
	});
	it('leaves out a row with an empty cell rather than counting it as 0', () => {
		expect(model.sumsOf('5057', '2024-02')).toBeUndefined();
		expect(model.sumsOf('cluster:Fosen', '2024')).toMatchObject({ stays: 40, days: 47 });
	});
	it('has no value without data', () => expect(computeMeanOverAllStays(undefined)).toBeNull());
});
