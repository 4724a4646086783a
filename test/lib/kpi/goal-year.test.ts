import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { computeGoalYearTable, goalYearOf } from '../../../src/lib/kpi/goal-year';
import { modelNumbers } from '../../../src/lib/project/load-project';
import { makeDataset } from '../../helpers/dataset';

// One municipality (Trondheim), so every sum is complete, and the repository's own targets
// (effective date 2024-01-01, baseline year 2023). Every month of 2023 and of 2025 has one row:
//   2023: 10 stays, 8 zero-day, 300 UKP days, 2 home, readmission 2 of 10
//   2025: 10 stays, 9 zero-day, 200 UKP days, 3 home, readmission 1 of 10
// Øya helsehus: 250 bed days over 10 stays in January 2023 (25 døgn), 180 over 10 in January 2025 (18 døgn).
const months = (year: string) =>
	Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
const rows = [
	...months('2023').map((m) => `${m},5001,10,8,300,2,10,2`),
	...months('2025').map((m) => `${m},5001,10,9,200,3,10,1`),
];
const ds = makeDataset(`${rows.join('\n')}\n`, {
	municipalities:
		'municipality,name,cluster,population_67plus,population_80plus\n5001,Trondheim,Trondheim,26000,8000\n',
	shortTerm:
		'month,unit,stays_ended,bed_days\n2023-01,oya-helsehus,10,250\n2025-01,oya-helsehus,10,180\n',
});
const kpis = computeKpis(modelNumbers(ds));
const table = computeGoalYearTable(kpis, ds.targets, '2025');
const row = (kpi: string) => table.rows.find((r) => r.kpi === kpi)!;

describe('computeGoalYearTable(results, targets, year)', () => {
	it('holds each KPI’s 2025 value against its baseline and target', () => {
		expect(table.rows.map((r) => [r.number, r.kpi, r.baseline, r.value, r.target])).toEqual([
			// Σ days 12 × 300 = 3 600 in 2023, 12 × 200 = 2 400 in 2025; the year's target is 1 767.
			[1, 'ukp_days', 3600, 2400, 1767],
			// 96 / 120 = 0,8 and 108 / 120 = 0,9.
			[2, 'zero_day_share', 0.8, 0.9, 0.9],
			// 3 600 / (120 − 96) = 150 and 2 400 / (120 − 108) = 200 døgn per stay with days.
			[3, 'mean_ukp_days', 150, 200, 2],
			// 24 / 120 = 0,2 and 36 / 120 = 0,3.
			[4, 'direct_home_share', 0.2, 0.3, 0.3],
			// 24 / 120 = 0,2 and 12 / 120 = 0,1.
			[5, 'readmission_share', 0.2, 0.1, 0.16],
			// Øya helsehus, its target unit: 250 / 10 = 25 and 180 / 10 = 18 døgn.
			[6, 'short_term_los', 25, 18, 20],
		]);
		expect(row('short_term_los').area).toBe('oya-helsehus');
	});

	it('works out goal achievement as the share of the way from baseline to target, not clipped', () => {
		// (3 600 − 2 400) / (3 600 − 1 767) = 1 200 / 1 833
		expect(row('ukp_days').achievement).toBeCloseTo(1200 / 1833, 12);
		// (150 − 200) / (150 − 2) = −50 / 148: worse than the baseline
		expect(row('mean_ukp_days').achievement).toBeCloseTo(-50 / 148, 12);
		// (25 − 18) / (25 − 20) = 1,4: beyond the target
		expect(row('short_term_los').achievement).toBeCloseTo(1.4, 12);
		// Readmissions are held: 100 % while at or under 16 %.
		expect(row('readmission_share').achievement).toBe(1);
	});

	it('says which targets were reached, on the target exactly counting as reached', () => {
		expect(table.rows.map((r) => r.reached)).toEqual([false, true, false, true, true, true]);
		expect([table.reachedCount, table.judgedCount]).toEqual([4, 6]);
	});

	it('gives the level against the 100 % milestone: the expected value at the end of 2025 is the target', () => {
		expect(table.rows.map((r) => r.expected)).toEqual([1767, 0.9, 2, 0.3, 0.16, 20]);
		// 2 400 is 633 over 1 767, beyond the tolerance of 177: red; 200 døgn is 198 over 2, beyond 0,3: red.
		expect(table.rows.map((r) => r.level)).toEqual([
			'red',
			'green',
			'red',
			'green',
			'green',
			'green',
		]);
		expect(table).toMatchObject({
			year: '2025',
			expectedShare: 1,
			milestoneMonth: '2025-12',
			fullYear: true,
		});
		// Øya helsehus has January only: its year is incomplete, the others have all twelve months.
		expect(table.rows.map((r) => [r.complete, r.monthsWithData])).toEqual([
			[true, 12],
			[true, 12],
			[true, 12],
			[true, 12],
			[true, 12],
			[false, 1],
		]);
	});

	it('expects half the way at the end of 2024, and leaves a year without data unjudged', () => {
		const y2024 = computeGoalYearTable(kpis, ds.targets, '2024');
		expect(y2024.expectedShare).toBe(0.5);
		// Half the way from 3 600 to 1 767: 3 600 − 1 833 / 2 = 2 683,5.
		expect(y2024.rows[0]).toMatchObject({
			value: null,
			reached: null,
			expected: 2683.5,
			level: null,
		});
		expect([y2024.reachedCount, y2024.judgedCount]).toEqual([0, 0]);
	});

	it('takes only the KPIs asked for', () => {
		expect(
			computeGoalYearTable(kpis, ds.targets, '2025', [
				'zero_day_share',
				'readmission_share',
			]).rows.map((r) => r.number),
		).toEqual([2, 5]);
	});

	it('hides value, achievement and level of a suppressed record, and does not judge it', () => {
		const hidden = {
			...kpis,
			get: (...args: Parameters<typeof kpis.get>) => {
				const r = kpis.get(...args);
				return r && args[0] === 'ukp_days' ? { ...r, suppressed: true } : r;
			},
		};
		expect(computeGoalYearTable(hidden, ds.targets, '2025').rows[0]).toMatchObject({
			suppressed: true,
			baseline: null,
			value: null,
			achievement: null,
			reached: null,
			level: null,
		});
	});
});

describe('goalYearOf(targets)', () => {
	it.each([
		['2025', '2024-01-01'],
		['2025', '2023-10-01'],
		['2026', '2024-07-01'],
		['2026', '2024-01-15'],
	])(
		'gives the year %s of the 100 %% milestone for the effective date %s',
		(year, effective_date) => {
			expect(goalYearOf({ effective_date })).toBe(year);
		},
	);
});
