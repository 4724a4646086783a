import { describe, expect, it } from 'vitest';
import { computePaymentTotals } from '../../../src/lib/comparison/payment-summary';
import { computePaymentTable } from '../../../src/lib/comparison/payment-table';
import type { StaysByDays } from '../../../src/lib/comparison/payment-models';
import { computeRateForYear } from '../../../src/lib/comparison/rates';

const RATES = {
	points: [
		{ period: '2023', value: 5508 },
		{ period: '2024', value: 5745 },
	],
};
const OPTIONS = { rateSeries: RATES, freeDays: 3, benchmark: 2.3, liablePays: 'all_days' as const };

function exact(lengths: number[], zero: number): StaysByDays {
	const s: StaysByDays = { exact: Array(31).fill(0), over30Stays: 0, over30DaySum: 0 };
	s.exact[0] = zero;
	for (const d of lengths) s.exact[d]++;
	return s;
}

describe('computeRateForYear(series, year)', () => {
	it('uses the year’s own rate', () =>
		expect(computeRateForYear(RATES, '2023')).toEqual({
			rate: 5508,
			rateYear: '2023',
			carried: false,
			point: RATES.points[0],
		}));
	it('carries the last known rate into later years, and says so', () =>
		expect(computeRateForYear(RATES, '2025')).toEqual({
			rate: 5745,
			rateYear: '2024',
			carried: true,
			point: RATES.points[1],
		}));
	it('has no rate before the first known year', () =>
		expect(computeRateForYear(RATES, '2020').rate).toBeNull());
});

describe('computePaymentTable(rows, municipalities, staysByDays, options)', () => {
	// 5001: Jan 10 stays/6 zero/20 days (exact 2, 3, 5, 10); Feb exactly at the benchmark (10/…/23);
	// Mar no row. 5020: Jan 10 stays/5 zero/24 days, above the benchmark, no stays by days.
	const rows = [
		{ month: '2024-01', municipality: '5001', stays: 10, zeroStays: 6, days: 20 },
		{ month: '2024-02', municipality: '5001', stays: 10, zeroStays: 5, days: 23 },
		{ month: '2024-03', municipality: '5020', stays: 10, zeroStays: 5, days: 24 },
	];
	const stays = new Map([['2024-01|5001', exact([2, 3, 5, 10], 6)]]);
	const table = computePaymentTable(rows, ['5001', '5020'], stays, OPTIONS);
	const at = (m: string, k: string) => table.find((r) => r.month === m && r.municipality === k)!;

	it('has a record for every municipality and month of the range', () =>
		expect(table).toHaveLength(6));
	it('prices January exactly: Norway 114 900, Sweden 9 days = 51 705, Halland 0', () => {
		expect(at('2024-01', '5001')).toMatchObject({
			norway: 114_900,
			swedenDays: 9,
			sweden: 51_705,
			swedenBasis: 'exact',
			hallandLiable: false,
			halland: 0,
		});
	});
	it('approximates Sweden without stays by days: 5 stays × (23 / 5 − 3) = 8 days', () => {
		expect(at('2024-02', '5001').swedenBasis).toBe('approximate');
		expect(at('2024-02', '5001').swedenDays).toBeCloseTo(8, 9);
	});
	it('a month exactly at the benchmark is not liable', () =>
		expect(at('2024-02', '5001')).toMatchObject({
			hallandMean: 2.3,
			hallandLiable: false,
			halland: 0,
		}));
	it('a month above it pays every day: 24 × 5 745 = 137 880', () =>
		expect(at('2024-03', '5020')).toMatchObject({ hallandLiable: true, halland: 137_880 }));
	it('a month without a row has no value in any model', () => {
		expect(at('2024-03', '5001')).toMatchObject({
			days: null,
			norway: null,
			sweden: null,
			swedenBasis: null,
			hallandLiable: null,
			halland: null,
		});
	});

	it('sums a year over the months with data, and counts liable and approximated months', () => {
		const totals = computePaymentTotals(table, {
			areaIds: ['all', '5001', '5020'],
			areasOf: (m) => [m, 'all'],
		});
		expect(totals.find((t) => t.area === '5001')).toMatchObject({
			days: 43,
			norway: 247_035,
			halland: 0,
			monthsWithData: 2,
			monthsInPeriod: 3,
			liableMonths: 0,
			approximatedMonths: 1,
		});
		expect(totals.find((t) => t.area === 'all')).toMatchObject({
			days: 67,
			norway: 384_915,
			halland: 137_880,
			monthsWithData: 3,
			liableMonths: 1,
		});
	});
	it('a year without any data has no value, not 0', () => {
		const none = computePaymentTable(
			[{ month: '2024-01', municipality: '5001', stays: null, zeroStays: null, days: null }],
			['5001'],
			new Map(),
			OPTIONS,
		);
		expect(computePaymentTotals(none, { areaIds: ['5001'], areasOf: (m) => [m] })[0]).toMatchObject(
			{ days: null, norway: null, sweden: null, halland: null, monthsWithData: 0 },
		);
	});
});
