import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { modelNumbers } from '../../../src/lib/project/load-project';
import { suppressKpiResults } from '../../../src/lib/privacy/suppress-kpis';
import { makeDataset } from '../../helpers/dataset';

// Værnesregionen: Tydal (5033) has 3 stays in January, a count to hide; Stjørdal (5035) and Meråker (5034) are larger.
const municipalities = `municipality,name,cluster,population_67plus,population_80plus
5001,Trondheim,Trondheim,26000,8000
5033,Tydal,Værnesregionen,200,60
5034,Meråker,Værnesregionen,600,180
5035,Stjørdal,Værnesregionen,4000,1100
`;

function publicResults(rows: string[]) {
	const ds = makeDataset(rows.join('\n') + '\n', { municipalities });
	return suppressKpiResults(computeKpis(modelNumbers(ds)), { threshold: 4, baselineYear: '2023' });
}

describe('suppressKpiResults(results, options)', () => {
	const kpis = publicResults([
		'2024-01,5001,100,90,40,30,100,15',
		'2024-01,5033,3,1,2,1,3,0',
		'2024-01,5034,30,20,25,8,30,5',
		'2024-01,5035,20,15,12,5,20,6',
		'2024-02,5001,100,90,40,30,100,15',
		'2024-02,5033,9,5,6,5,9,0',
		'2024-02,5034,30,20,25,8,30,5',
		'2024-02,5035,20,15,12,5,20,6',
	]);
	const shown = (kpi: Parameters<typeof kpis.get>[0], area: string, period: string) => !kpis.get(kpi, area, period)!.suppressed;

	it('hides a share, its counts and its level when a count behind it is from 1 to 4', () => {
		expect(kpis.get('zero_day_share', '5033', '2024-01')).toMatchObject({ suppressed: true, value: null, numerator: null, denominator: null, level: null });
	});

	it('hides every KPI that shares the small count (stays): UKP days and mean days too', () => {
		expect(shown('ukp_days', '5033', '2024-01')).toBe(false);
		expect(shown('mean_ukp_days', '5033', '2024-01')).toBe(false);
		expect(shown('direct_home_share', '5033', '2024-01')).toBe(false);
	});

	it('hides the smallest other municipality of the cluster, so the cluster total minus the rest reveals nothing', () => {
		// Værnesregionen is published (53 stays); with only Tydal hidden, 53 − 30 − 20 would give Tydal's 3.
		expect(shown('zero_day_share', 'cluster:Værnesregionen', '2024-01')).toBe(true);
		expect(shown('zero_day_share', '5035', '2024-01')).toBe(false); // 20 stays: smaller than Meråker's 30
		expect(shown('zero_day_share', '5034', '2024-01')).toBe(true);
		expect(kpis.get('zero_day_share', '5034', '2024-01')!.value).toBeCloseTo(20 / 30, 12);
	});

	it('hides a second month when a published year would otherwise give a hidden month away', () => {
		// Tydal's 2024 (two months) is published with 12 stays; January is hidden, so February must be too.
		expect(shown('ukp_days', '5033', '2024')).toBe(true);
		expect(shown('ukp_days', '5033', '2024-02')).toBe(false);
		expect(kpis.get('ukp_days', '5033', '2024')!.value).toBe(8);
	});

	it('keeps the readmission share apart: its own small counts, its own complements', () => {
		expect(shown('readmission_share', '5033', '2024-01')).toBe(false); // base 3
		expect(shown('readmission_share', '5034', '2024-01')).toBe(true);
		expect(shown('readmission_share', '5001', '2024-01')).toBe(true);
	});

	it('leaves large areas alone', () => {
		expect(kpis.get('ukp_days', 'all', '2024-01')).toMatchObject({ suppressed: false, value: 79 });
		expect(shown('zero_day_share', '5001', '2024-02')).toBe(true);
	});

	it('never shows a hidden cell as derivable: no published total has exactly one hidden part', () => {
		const clusterParts = ['5033', '5034', '5035'];
		for (const period of ['2024-01', '2024-02', '2024']) {
			for (const kpi of ['ukp_days', 'zero_day_share', 'readmission_share'] as const) {
				const hidden = clusterParts.filter((a) => !shown(kpi, a, period)).length;
				if (shown(kpi, 'cluster:Værnesregionen', period)) expect(hidden, `${kpi} ${period}`).not.toBe(1);
			}
		}
		for (const area of clusterParts) {
			const hiddenMonths = ['2024-01', '2024-02'].filter((m) => !shown('ukp_days', area, m)).length;
			if (shown('ukp_days', area, '2024')) expect(hiddenMonths, area).not.toBe(1);
		}
	});

	it('hides only the share sent home when only its numerator is small', () => {
		const small = publicResults([
			'2024-01,5001,100,90,40,3,100,15',
			'2024-01,5033,30,20,25,8,30,5',
			'2024-01,5034,30,20,25,8,30,5',
			'2024-01,5035,20,15,12,6,20,6',
		]);
		expect(small.get('direct_home_share', '5001', '2024-01')!.suppressed).toBe(true);
		expect(small.get('zero_day_share', '5001', '2024-01')).toMatchObject({ suppressed: false, value: 0.9 });
		expect(small.get('ukp_days', '5001', '2024-01')).toMatchObject({ suppressed: false, value: 40 });
	});
});
