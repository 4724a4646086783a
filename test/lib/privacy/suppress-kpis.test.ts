import { describe, expect, it } from 'vitest';
import { modelNumbers } from '../../../src/lib/project/load-project';
import { computeKpisFor } from '../../../src/lib/site';
import { makeDataset } from '../../helpers/dataset';

// Værnesregionen: Tydal (5033) has 3 stays in January, a count to hide; Stjørdal (5035) and Meråker (5034) are larger.
const municipalities = `municipality,name,cluster,population_67plus,population_80plus
5001,Trondheim,Trondheim,26000,8000
5033,Tydal,Værnesregionen,200,60
5034,Meråker,Værnesregionen,600,180
5035,Stjørdal,Værnesregionen,4000,1100
`;

async function publicResults(rows: string[]) {
	const dataset = makeDataset(rows.join('\n') + '\n', { municipalities });
	return computeKpisFor({ dataset, ...modelNumbers(dataset) }, 'public');
}

describe('computeKpisFor(project, "public"): KPI records as the audited protected table lets them be shown', async () => {
	const kpis = await publicResults([
		'2024-01,5001,100,90,40,30,100,15',
		'2024-01,5033,3,1,2,1,3,0',
		'2024-01,5034,30,20,25,8,30,5',
		'2024-01,5035,20,15,12,5,20,6',
		'2024-02,5001,100,90,40,30,100,15',
		'2024-02,5033,9,5,6,5,9,0',
		'2024-02,5034,30,20,25,8,30,5',
		'2024-02,5035,20,15,12,5,20,6',
	]);
	const shown = (kpi: Parameters<typeof kpis.get>[0], area: string, period: string) =>
		!kpis.get(kpi, area, period)!.suppressed;
	const children = ['5033', '5034', '5035'];

	it('hides a share, its counts and its level when a count behind it is from 1 to 4', () => {
		expect(kpis.get('zero_day_share', '5033', '2024-01')).toMatchObject({
			suppressed: true,
			value: null,
			numerator: null,
			denominator: null,
			level: null,
		});
		expect(kpis.suppressionThreshold).toBe(4);
	});

	it('hides every KPI that shares the small count (stays): UKP days, mean days and the share sent home', () => {
		for (const kpi of ['ukp_days', 'mean_ukp_days', 'direct_home_share'] as const)
			expect(shown(kpi, '5033', '2024-01'), kpi).toBe(false);
	});

	it('never leaves a published cluster month with exactly one hidden municipality (its total minus the rest)', () => {
		for (const month of ['2024-01', '2024-02']) {
			const hidden = children.filter((c) => !shown('ukp_days', c, month)).length;
			if (shown('ukp_days', 'cluster:Værnesregionen', month)) expect(hidden, month).not.toBe(1);
		}
	});

	it('never leaves a published year with exactly one hidden month (the year minus the other month)', () => {
		for (const area of ['5033', '5034', '5035']) {
			const hidden = ['2024-01', '2024-02'].filter((m) => !shown('ukp_days', area, m)).length;
			if (shown('ukp_days', area, '2024')) expect(hidden, area).not.toBe(1);
		}
	});

	it('keeps the readmission share apart: its own small counts (Tydal base 3 in January), the larger ones shown', () => {
		expect(shown('readmission_share', '5033', '2024-01')).toBe(false);
		expect(shown('readmission_share', '5001', '2024-01')).toBe(true);
		expect(kpis.get('readmission_share', '5001', '2024-01')!.value).toBeCloseTo(0.15, 12);
	});
});
