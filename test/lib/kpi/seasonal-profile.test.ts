import { describe, expect, it } from 'vitest';
import { monthRange } from '../../../src/lib/dates';
import {
	computeSeasonalProfile,
	expectedForMonth,
	expectedYearToDate,
} from '../../../src/lib/kpi/seasonal-profile';

// UKP-døgn of a made-up baseline year 2023: 1 200 in all, most in winter and July.
const DAYS_2023 = [150, 120, 110, 90, 80, 70, 120, 70, 80, 90, 100, 120];
const year = (y: string, values: (number | null)[]) =>
	monthRange(`${y}-01`, `${y}-12`).map((month, i) => ({ month, value: values[i] }));
const BASELINE = [...year('2023', DAYS_2023), { month: '2024-01', value: 9999 }];

describe('computeSeasonalProfile(values, baselineYears, setting)', () => {
	it('gives each calendar month its share of the baseline total', () => {
		const profile = computeSeasonalProfile(BASELINE, ['2023'], 'seasonal');
		expect(profile).toMatchObject({ kind: 'seasonal', flatBecause: null, missingMonths: [] });
		expect(profile.shares[0]).toBe(0.125); // 150 / 1 200
		expect(profile.shares[1]).toBe(0.1); // 120 / 1 200
		expect(profile.shares[5]).toBeCloseTo(70 / 1200, 15);
		expect(profile.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		expect(profile.toDate[1]).toBe(0.225); // 270 / 1 200
		expect(profile.toDate[11]).toBe(1);
	});

	it('takes a ratio of sums over several baseline years, not a mean of each year’s shares', () => {
		// 2022: 50 every month (600); January = (50 + 150) / 1 800, not (1/12 + 0,125) / 2.
		const profile = computeSeasonalProfile(
			[...year('2022', Array(12).fill(50)), ...BASELINE],
			['2022', '2023'],
			'seasonal',
		);
		expect(profile.shares[0]).toBeCloseTo(200 / 1800, 15);
		expect(profile.shares[5]).toBeCloseTo(120 / 1800, 15);
	});

	it('is flat, 1/12 a month, when the setting says so', () => {
		const profile = computeSeasonalProfile(BASELINE, ['2023'], 'flat');
		expect(profile).toMatchObject({ kind: 'flat', flatBecause: 'setting' });
		expect(profile.shares).toEqual(Array(12).fill(1 / 12));
		expect(profile.toDate[2]).toBe(0.25);
		expect(profile.toDate[11]).toBe(1);
	});

	it('falls back to flat and names the months when a baseline month has no value', () => {
		const gap: (number | null)[] = [...DAYS_2023];
		gap[6] = null;
		expect(computeSeasonalProfile(year('2023', gap), ['2023'], 'seasonal')).toMatchObject({
			kind: 'flat',
			flatBecause: 'missing_months',
			missingMonths: ['2023-07'],
		});
		const absent = year('2023', DAYS_2023).filter((v) => v.month !== '2023-12');
		expect(computeSeasonalProfile(absent, ['2022', '2023'], 'seasonal')).toMatchObject({
			flatBecause: 'missing_months',
			missingMonths: [...monthRange('2022-01', '2022-12'), '2023-12'],
		});
	});

	it('falls back to flat without baseline years or with a baseline total of 0', () => {
		expect(computeSeasonalProfile(BASELINE, [], 'seasonal').flatBecause).toBe('no_baseline');
		expect(
			computeSeasonalProfile(year('2023', Array(12).fill(0)), ['2023'], 'seasonal'),
		).toMatchObject({ kind: 'flat', flatBecause: 'no_days' });
	});
});

describe('expectedForMonth(yearly, profile, month) and expectedYearToDate(yearly, profile, month)', () => {
	const seasonal = computeSeasonalProfile(BASELINE, ['2023'], 'seasonal');
	const flat = computeSeasonalProfile(BASELINE, ['2023'], 'flat');

	it('follows the season: 1 767 a year expects 220,875 in January and 176,7 in February', () => {
		expect(expectedForMonth(1767, seasonal, '2025-01')).toBe(220.875);
		expect(expectedForMonth(1767, seasonal, '2025-02')).toBeCloseTo(176.7, 12);
		expect(expectedYearToDate(1767, seasonal, '2025-02')).toBeCloseTo(397.575, 12); // 1 767 × 270 / 1 200
		expect(expectedYearToDate(1767, seasonal, '2025-06')).toBeCloseTo(912.95, 12); // 1 767 × 620 / 1 200
	});

	it('leaves the yearly figure unchanged: December’s year to date is the yearly expectation', () => {
		expect(expectedYearToDate(1767, seasonal, '2025-12')).toBe(1767);
		expect(expectedYearToDate(1767, flat, '2025-12')).toBe(1767);
	});

	it('is the pro-rata rule when flat: 1 767 / 12 a month, × 3 / 12 through March', () => {
		expect(expectedForMonth(1767, flat, '2025-02')).toBeCloseTo(147.25, 12);
		expect(expectedYearToDate(1767, flat, '2025-03')).toBe(441.75);
	});
});
