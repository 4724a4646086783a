import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { modelNumbers } from '../../../src/lib/project/load-project';
import { makeDataset } from '../../helpers/dataset';

// Trondheim (5001, cluster Trondheim), Tydal (5033) and Stjørdal (5035), both Værnesregionen.
// Columns: month, municipality, ukp_stays, ukp_stays_zero_days, ukp_days, discharged_home, readmission_base, readmissions_30d

describe('computeKpis(dataset): ratio of sums, missing values, zero denominators', () => {
	const ds = makeDataset(
		[
			'2024-01,5001,100,90,40,30,100,15',
			'2024-01,5033,2,0,9,0,2,1',
			'2024-01,5035,10,8,4,1,0,0',
			'2024-02,5001,50,50,0,10,40,4',
			'2024-02,5033,3,1,5,1,3,',
		].join('\n') + '\n',
	);
	const kpis = computeKpis(modelNumbers(ds));
	const value = (kpi: Parameters<typeof kpis.get>[0], area: string, period: string) =>
		kpis.get(kpi, area, period)?.value;

	it('takes the share over several municipalities as a ratio of sums, not a mean of ratios', () => {
		// (90 + 0 + 8) / (100 + 2 + 10) = 98 / 112; the mean of the three ratios would be (0,9 + 0 + 0,8) / 3.
		expect(value('zero_day_share', 'all', '2024-01')).toBeCloseTo(98 / 112, 12);
		expect(value('zero_day_share', 'cluster:Værnesregionen', '2024-01')).toBeCloseTo(8 / 12, 12);
	});

	it('divides UKP days by stays with at least one day for the mean', () => {
		// (40 + 9 + 4) / ((100 − 90) + (2 − 0) + (10 − 8)) = 53 / 14
		expect(value('mean_ukp_days', 'all', '2024-01')).toBeCloseTo(53 / 14, 12);
		expect(value('mean_ukp_days', '5033', '2024-01')).toBeCloseTo(4.5, 12);
	});

	it('gives no value for a zero denominator, never 0 % or a crash', () => {
		expect(value('mean_ukp_days', '5001', '2024-02')).toBeNull(); // every stay zero-day: 0 / 0
		expect(value('readmission_share', '5035', '2024-01')).toBeNull(); // readmission_base 0
		expect(value('zero_day_share', '5001', '2024-02')).toBe(1);
	});

	it('marks a sum as incomplete when a municipality has no row that month', () => {
		expect(kpis.get('ukp_days', 'all', '2024-01')!.complete).toBe(true);
		expect(kpis.get('ukp_days', 'all', '2024-02')!.complete).toBe(false);
		expect(kpis.get('ukp_days', 'cluster:Værnesregionen', '2024')!.complete).toBe(false);
		expect(kpis.get('ukp_days', 'cluster:Trondheim', '2024')!.complete).toBe(true);
	});

	it('treats a month without a row as missing, not zero', () => {
		const r = kpis.get('ukp_days', '5035', '2024-02')!;
		expect(r.value).toBeNull();
		expect(r.monthsWithData).toBe(0);
		expect(value('ukp_days', 'cluster:Værnesregionen', '2024-02')).toBe(5); // Tydal alone
	});

	it('leaves a row with an empty cell out of numerator and denominator of that KPI only', () => {
		// Tydal 2024-02 has no readmissions_30d: the base 3 must not count either.
		expect(value('readmission_share', 'all', '2024-02')).toBeCloseTo(4 / 40, 12);
		expect(kpis.get('readmission_share', 'all', '2024-02')).toMatchObject({
			numerator: 4,
			denominator: 40,
		});
		expect(value('direct_home_share', 'all', '2024-02')).toBeCloseTo(11 / 53, 12);
	});

	it('sums a year over its months with data, as a ratio of sums again', () => {
		// UKP days 2024: 40 + 9 + 4 + 0 + 5 = 58; zero-day share (98 + 51) / (112 + 53)
		expect(value('ukp_days', 'all', '2024')).toBe(58);
		expect(value('zero_day_share', 'all', '2024')).toBeCloseTo(149 / 165, 12);
	});

	it('flags the latest month’s readmission share, and the year holding it, as provisional', () => {
		expect(kpis.get('readmission_share', 'all', '2024-02')!.provisional).toBe(true);
		expect(kpis.get('readmission_share', 'all', '2024-01')!.provisional).toBe(false);
		expect(kpis.get('readmission_share', 'all', '2024')!.provisional).toBe(true);
		expect(kpis.get('zero_day_share', 'all', '2024-02')!.provisional).toBe(false);
	});

	it('lists areas: all, clusters, municipalities, and the short-term unit', () => {
		expect(kpis.areas.map((a) => a.id)).toEqual([
			'all',
			'cluster:Trondheim',
			'cluster:Værnesregionen',
			'5001',
			'5033',
			'5035',
		]);
		expect(kpis.units.map((u) => u.id)).toEqual(['oya-helsehus']);
	});
});

describe('computeKpis(dataset): year to date, pro-rata target, trajectory and level', () => {
	// 2023: 300 UKP days a month (3 600 a year, the baseline); 2024-01 … 2024-03: 200 a month.
	const rows: string[] = [];
	for (let m = 1; m <= 12; m++)
		rows.push(`2023-${String(m).padStart(2, '0')},5001,100,80,300,20,100,16`);
	for (let m = 1; m <= 3; m++) rows.push(`2024-0${m},5001,100,90,200,31,100,15`);
	const municipalities =
		'municipality,name,cluster,population_67plus,population_80plus\n5001,Trondheim,Trondheim,26000,8000\n';
	const targets = readFileSync('data/targets.yaml', 'utf8').replace(
		'profile: seasonal',
		'profile: flat',
	);
	const kpis = computeKpis(
		modelNumbers(makeDataset(rows.join('\n') + '\n', { municipalities, targets })),
	);

	it('takes the baseline from the baseline year', () => {
		expect(kpis.get('ukp_days', 'all', '2023')).toMatchObject({
			value: 3600,
			target: 1767,
			baseline: 3600,
			monthsInPeriod: 12,
		});
	});

	it('measures nothing before the effective date: no expected value, achievement or level', () => {
		expect(kpis.get('ukp_days', 'all', '2023')).toMatchObject({
			expected: null,
			achievement: null,
			level: null,
		});
		expect(kpis.get('zero_day_share', 'all', '2023-12')).toMatchObject({
			expected: null,
			level: null,
		});
	});

	it('gives the running year to date with a pro-rata target and a year-end forecast', () => {
		const ytd = kpis.get('ukp_days', 'all', '2024')!;
		expect(ytd).toMatchObject({ value: 600, monthsInPeriod: 3, monthsWithData: 3, forecast: 2400 });
		expect(ytd.target).toBeCloseTo((1767 * 3) / 12, 9); // 441,75
		// Trajectory at 1 April 2024: 0,5 × 91/366 of the way from 3 600 to 1 767, for 3 months.
		const fraction = (0.5 * 91) / 366;
		const expected = ((3600 + (1767 - 3600) * fraction) * 3) / 12;
		expect(ytd.expected).toBeCloseTo(expected, 6); // ≈ 843,0
		expect(ytd.level).toBe('green');
		// (600 − 900) / (441,75 − 900) ≈ 0,655
		expect(ytd.achievement).toBeCloseTo(300 / 458.25, 9);
	});

	it('does not split the count target across municipalities or clusters', () => {
		expect(kpis.get('ukp_days', '5001', '2024')).toMatchObject({
			target: null,
			achievement: null,
			level: null,
		});
		expect(kpis.get('ukp_days', 'cluster:Trondheim', '2024')!.target).toBeNull();
	});

	it('applies share and mean targets to a municipality as they are', () => {
		const r = kpis.get('zero_day_share', '5001', '2024')!;
		expect(r.value).toBeCloseTo(0.9, 12);
		expect(r.target).toBe(0.9);
		expect(r.baseline).toBeCloseTo(0.8, 12);
		expect(r.achievement).toBeCloseTo(1, 12);
		expect(r.level).toBe('green');
	});

	it('gives the level against the trajectory, within tolerance yellow, beyond it red', () => {
		// direct_home_share: baseline 20 %, target 30 %; expected at end of 2024-03 ≈ 20 % + 10 pp × 0,1243 = 21,24 %;
		// 31 % is above it: green. readmission 15 % holds 16 %: green, achievement 1.
		expect(kpis.get('direct_home_share', 'all', '2024-03')!.level).toBe('green');
		expect(kpis.get('readmission_share', 'all', '2024')).toMatchObject({
			level: 'green',
			achievement: 1,
		});
		// mean_ukp_days 2024-03: 200 / 10 = 20 døgn against an expected ≈ 15 − … (baseline 300/20 = 15): red.
		const mean = kpis.get('mean_ukp_days', 'all', '2024-03')!;
		expect(mean.value).toBe(20);
		expect(mean.baseline).toBe(15);
		expect(mean.level).toBe('red');
	});

	it('gives a rolling 12-month value ending at each month once 12 months exist', () => {
		// 2023-04 … 2024-03: 9 × 300 + 3 × 200
		expect(kpis.get('ukp_days', 'all', '2023-04/2024-03')!.value).toBe(3300);
		expect(kpis.series('ukp_days', 'all', 'rolling12')).toHaveLength(4);
	});
});

describe('computeKpis(dataset): the monthly and year-to-date target of a count follows the season of the baseline year', () => {
	// 2023: 500 UKP days in January and February, 300 in every other month: 4 000 a year, so January
	// is 500/4 000 = 12,5 % of the year and January–February 25 %. 2024: 500 in January and February.
	const rows: string[] = [];
	for (let m = 1; m <= 12; m++)
		rows.push(`2023-${String(m).padStart(2, '0')},5001,100,80,${m <= 2 ? 500 : 300},20,100,16`);
	for (let m = 1; m <= 2; m++) rows.push(`2024-0${m},5001,100,80,500,20,100,16`);
	const municipalities =
		'municipality,name,cluster,population_67plus,population_80plus\n5001,Trondheim,Trondheim,26000,8000\n';
	const make = (profile: string) =>
		computeKpis(
			modelNumbers(
				makeDataset(rows.join('\n') + '\n', {
					municipalities,
					targets: readFileSync('data/targets.yaml', 'utf8').replace(
						'profile: seasonal',
						`profile: ${profile}`,
					),
				}),
			),
		);
	const seasonal = make('seasonal');
	const flat = make('flat');

	it('shares the year out by the baseline months: January 12,5 %, target 1 767 × 0,125 = 220,875', () => {
		expect(seasonal.profiles.ukp_days!.shares[0]).toBeCloseTo(0.125, 12);
		expect(seasonal.get('ukp_days', 'all', '2024-01')!.target).toBeCloseTo(220.875, 9);
		expect(seasonal.get('ukp_days', 'all', '2024')!.target).toBeCloseTo(441.75, 9); // January–February, 25 %
	});

	it('no longer turns a winter month red for its season: 500 in January is near the seasonal trajectory', () => {
		// Expected for January 2024: (4 000 − 2 233 × 0,5 × 31/366) × 0,125 ≈ 488,2; 500 is within the
		// tolerance 177 × 0,125 = 22,1: yellow. Flat it is ≈ 325,5 with a tolerance of 14,75: red.
		const january = seasonal.get('ukp_days', 'all', '2024-01')!;
		expect(january.expected).toBeCloseTo((4000 - 2233 * ((0.5 * 31) / 366)) * 0.125, 9);
		expect(january.level).toBe('yellow');
		expect(flat.get('ukp_days', 'all', '2024-01')!.level).toBe('red');
	});

	it('keeps the yearly figures: a whole year is the whole target, and the forecast scales by the share to date', () => {
		expect(seasonal.get('ukp_days', 'all', '2023')!.target).toBeCloseTo(1767, 9);
		expect(seasonal.get('ukp_days', 'all', '2024')!.forecast).toBeCloseTo(1000 / 0.25, 9); // 4 000
		expect(flat.get('ukp_days', 'all', '2024')!.forecast).toBe(6000); // 1 000 / 2 × 12
	});
});
