import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCalculatorData } from '../../../src/lib/comparison/calculator-input';
import {
	hiddenCellsOf,
	NOTHING_HIDDEN,
	type HiddenCell,
} from '../../../src/lib/comparison/hidden-cells';
import { parseComparison } from '../../../src/lib/comparison/parse-comparison';
import { computePublishedPayments } from '../../../src/lib/comparison/published-payments';
import { computeMeanCell, computePerCapitaRows } from '../../../src/lib/comparison/views';
import type { Municipality } from '../../../src/lib/schema';
import { comparisonOf } from '../../helpers/comparison';

// The repository's comparison files (rates 2024: 5 745 kr, benchmark 2,3, liable months pay all days).
const DIR = 'data/comparison';
const DATA = parseComparison(
	readdirSync(DIR)
		.filter((n) => n.endsWith('.yaml'))
		.map((name) => ({ name, path: join(DIR, name), text: readFileSync(join(DIR, name), 'utf8') })),
	DIR,
);
const RATE = 5745;

const MUNICIPALITIES: Municipality[] = [
	{
		code: '5001',
		name: 'Trondheim',
		cluster: 'Trondheim',
		population67: 26000,
		population80: 8000,
	},
	{ code: '5033', name: 'Tydal', cluster: 'Værnesregionen', population67: 200, population80: 60 },
	{
		code: '5035',
		name: 'Stjørdal',
		cluster: 'Værnesregionen',
		population67: 4000,
		population80: 1100,
	},
];
const row = (
	month: string,
	municipality: string,
	ukpStays: number,
	ukpStaysZeroDays: number,
	ukpDays: number,
) => ({ month, municipality, ukpStays, ukpStaysZeroDays, ukpDays });
// Tydal's January is small (2 stays, 9 days) and above the benchmark (4,5 days per stay), so its
// Halland amount is the whole month; Stjørdal's January is hidden beside it (complementary).
const UKP = [
	row('2024-01', '5001', 100, 60, 80),
	row('2024-02', '5001', 100, 60, 90),
	row('2024-01', '5033', 2, 0, 9),
	row('2024-02', '5033', 10, 5, 20),
	row('2024-01', '5035', 20, 10, 30),
	row('2024-02', '5035', 20, 10, 30),
];
const MODEL = comparisonOf(DATA, MUNICIPALITIES, UKP);
const HIDDEN = new Set(['5033|2024-01', '5035|2024-01']);
const isHidden: HiddenCell = (area, period) => HIDDEN.has(`${area}|${period}`);

describe('hiddenCellsOf(kpis)', () => {
	const records = new Map([
		['ukp_days|5033|2024-01', { suppressed: true }],
		['ukp_days|5001|2024-01', { suppressed: false }],
	]);
	const kpis = {
		get: (kpi: string, area: string, period: string) => records.get(`${kpi}|${area}|${period}`),
	} as Parameters<typeof hiddenCellsOf>[0];
	it('hides a cell exactly when its ukp_days record is suppressed', () => {
		expect(hiddenCellsOf(kpis)('5033', '2024-01')).toBe(true);
		expect(hiddenCellsOf(kpis)('5001', '2024-01')).toBe(false);
	});
	it('does not hide a cell without a record (no data is not hidden)', () =>
		expect(hiddenCellsOf(kpis)('5035', '2024-01')).toBe(false));
});

describe('computePublishedPayments(model, isHidden)', () => {
	const published = computePublishedPayments(MODEL, isHidden);
	const month = (k: string, m: string) =>
		published.months.find((r) => r.municipality === k && r.month === m)!;

	it('withholds every count and amount of a hidden municipality-month', () => {
		expect(month('5033', '2024-01')).toMatchObject({
			suppressed: true,
			stays: null,
			zeroStays: null,
			days: null,
			norway: null,
			swedenDays: null,
			sweden: null,
			hallandMean: null,
			hallandLiable: null,
			halland: null,
		});
		expect(month('5033', '2024-02')).toMatchObject({
			suppressed: false,
			days: 20,
			norway: 20 * RATE,
		});
		expect(published.hiddenMonths).toBe(2);
	});

	it('sums a municipality’s year over its shown months only', () => {
		expect(published.totalOf('5033', '2024')).toMatchObject({
			days: 20,
			norway: 20 * RATE,
			halland: 0,
			liableMonths: 0,
			monthsWithData: 1,
			monthsInPeriod: 2,
			leftOut: 1,
			suppressed: false,
		});
	});

	it('leaves the hidden months out of the cluster and helsefellesskap totals, so they cannot be worked out by subtraction', () => {
		// Both its January months are hidden, so the cluster's January is marked hidden, not "no data".
		expect(published.totalOf('cluster:Værnesregionen', '2024-01')).toMatchObject({
			suppressed: true,
			days: null,
			norway: null,
			monthsWithData: 0,
			leftOut: 2,
		});
		expect(published.totalOf('all', '2024-01')).toMatchObject({
			days: 80,
			norway: 80 * RATE,
			halland: 0,
			leftOut: 2,
		});
		const all = published.totalOf('all', '2024')!;
		const shown = published.months.filter((r) => !r.suppressed && r.days !== null);
		for (const key of ['days', 'norway', 'sweden', 'halland'] as const) {
			expect(all[key]).toBeCloseTo(
				shown.reduce((sum, r) => sum + (r[key] ?? 0), 0),
				6,
			);
		}
		// Tydal's liable January would have added 9 × 5 745 kr to Halland's total.
		expect(all.halland).toBe(0);
	});

	it('withholds a total whose own cell is hidden', () => {
		const p = computePublishedPayments(
			MODEL,
			(area, period) => area === '5035' && period === '2024',
		);
		expect(p.totalOf('5035', '2024')).toMatchObject({
			suppressed: true,
			days: null,
			norway: null,
			sweden: null,
			halland: null,
			monthsWithData: 2,
		});
		expect(p.hiddenMonths).toBe(0);
	});

	it('hides nothing for a partner output: totals are the full sums', () => {
		const p = computePublishedPayments(MODEL, NOTHING_HIDDEN);
		expect(p.totalOf('all', '2024')).toMatchObject({
			days: 259,
			norway: 259 * RATE,
			halland: 9 * RATE,
			liableMonths: 1,
			leftOut: 0,
		});
		expect(p.months.every((r) => !r.suppressed)).toBe(true);
	});

	it('has month totals for the helsefellesskap and clusters, not for municipalities', () => {
		expect(new Set(published.areaMonths.map((t) => t.area))).toEqual(
			new Set(['all', 'cluster:Trondheim', 'cluster:Værnesregionen']),
		);
	});
});

describe('computeCalculatorData(published, areas, months, years)', () => {
	const published = computePublishedPayments(MODEL, isHidden);
	const data = computeCalculatorData(published, MODEL.areas, MODEL.months, MODEL.years);

	it('embeds only the shown municipality-months, as lists', () => {
		expect(data.f).toBe('2024-01');
		expect(data.y).toEqual(['2024']);
		expect(data.v).toEqual([
			[0, 100, 80, 1, 100, 90],
			[1, 10, 20],
			[1, 20, 30],
		]);
	});

	it('gives the page’s totals back at the default rate', () => {
		for (const [i, area] of MODEL.areas.entries()) {
			const [, members] = data.a[i];
			const days = members
				.flatMap((k) => data.v[k].filter((_, t) => t % 3 === 2))
				.filter((v): v is number => v !== null);
			const t = published.totalOf(area.id, '2024')!;
			expect(days.length === 0 ? null : days.reduce((a, b) => a + b, 0) * RATE).toBe(t.norway);
			const sweden = members.map((k) => data.w[k][0]).filter((v): v is number => v !== null);
			expect(sweden.reduce((a, b) => a + b, 0) * RATE).toBeCloseTo(t.sweden ?? 0, 0);
		}
	});

	it('marks the years whose total the page hides', () => {
		const p = computePublishedPayments(
			MODEL,
			(area, period) => area === '5033' && period === '2024',
		);
		const d = computeCalculatorData(p, MODEL.areas, MODEL.months, MODEL.years);
		expect(d.a.find(([name]) => name === 'Tydal')![2]).toEqual([0]);
		expect(d.a.find(([name]) => name === 'Stjørdal')![2]).toEqual([]);
	});
});

describe('computePerCapitaRows and computeMeanCell with a hidden cell', () => {
	const hideTydal: HiddenCell = (area, period) => area === '5033' && period === '2024';
	it('withholds every number of a hidden row and ranks it last', () => {
		const rows = computePerCapitaRows(MODEL, '2024', hideTydal);
		expect(rows.map((r) => r.area)).toEqual([
			'all',
			'cluster:Værnesregionen',
			'cluster:Trondheim',
			'5035',
			'5001',
			'5033',
		]);
		expect(rows.at(-1)).toMatchObject({
			suppressed: true,
			days: null,
			stays: null,
			per67: null,
			per80: null,
			meanAllStays: null,
		});
		expect(rows.find((r) => r.area === '5035')).toMatchObject({
			suppressed: false,
			days: 60,
			per67: 15,
		});
	});
	it('gives a hidden mean no value and no counts; a shown one its counts', () => {
		expect(computeMeanCell(MODEL, '5033', '2024', hideTydal)).toEqual({
			area: '5033',
			period: '2024',
			value: null,
			days: null,
			stays: null,
			suppressed: true,
		});
		expect(computeMeanCell(MODEL, '5035', '2024-01', hideTydal)).toEqual({
			area: '5035',
			period: '2024-01',
			value: 1.5,
			days: 30,
			stays: 20,
			suppressed: false,
		});
	});
});
