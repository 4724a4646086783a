import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { computeKpiAreaRows, computeKpiTables, groupAreaRows } from '../../../src/lib/kpi/tables';
import { modelNumbers } from '../../../src/lib/project/load-project';
import { makeDataset } from '../../helpers/dataset';

// Trondheim (5001, cluster Trondheim), Tydal (5033) and Stjørdal (5035), both Værnesregionen.
// Columns: month, municipality, ukp_stays, ukp_stays_zero_days, ukp_days, discharged_home, readmission_base, readmissions_30d
const ds = makeDataset(
	[
		'2024-11,5001,100,90,40,30,100,15',
		'2024-11,5033,20,10,19,5,20,2',
		'2024-11,5035,10,8,4,1,10,1',
		'2025-01,5001,50,45,10,10,40,4',
		'2025-01,5033,30,20,15,6,30,3',
		'2025-01,5035,12,6,9,3,12,2',
	].join('\n') + '\n',
);
const kpis = computeKpis(modelNumbers(ds));

describe('computeKpiAreaRows(results, kpi)', () => {
	it('gives the running year and the year before for all, each cluster and each municipality, as the KPI tables do', () => {
		const rows = computeKpiAreaRows(kpis, 'zero_day_share');
		expect(rows.map((r) => `${r.area} ${r.period}`)).toEqual(
			['all', 'cluster:Trondheim', 'cluster:Værnesregionen', '5001', '5033', '5035'].flatMap(
				(a) => [`${a} 2025`, `${a} 2024`],
			),
		);
		expect(rows).toEqual(computeKpiTables(kpis, 'zero_day_share', 'all').areas);
		// Værnesregionen 2025: (20 + 6) / (30 + 12)
		expect(
			rows.find((r) => r.area === 'cluster:Værnesregionen' && r.period === '2025'),
		).toMatchObject({ area_name: 'Værnesregionen', numerator: 26, denominator: 42 });
	});
});

describe('groupAreaRows(rows, areas)', () => {
	const groups = groupAreaRows(computeKpiAreaRows(kpis, 'ukp_days'), kpis.areas);

	it('keeps the helsefellesskap and the clusters for the KPI page, no municipality', () => {
		expect(groups.top.map((r) => `${r.area} ${r.period}`)).toEqual([
			'all 2025',
			'all 2024',
			'cluster:Trondheim 2025',
			'cluster:Trondheim 2024',
			'cluster:Værnesregionen 2025',
			'cluster:Værnesregionen 2024',
		]);
	});

	it('gives each cluster its own rows, then its municipalities', () => {
		expect(
			groups.clusters.map((g) => [g.cluster.id, g.rows.map((r) => `${r.area} ${r.period}`)]),
		).toEqual([
			[
				'cluster:Trondheim',
				['cluster:Trondheim 2025', 'cluster:Trondheim 2024', '5001 2025', '5001 2024'],
			],
			[
				'cluster:Værnesregionen',
				[
					'cluster:Værnesregionen 2025',
					'cluster:Værnesregionen 2024',
					'5033 2025',
					'5033 2024',
					'5035 2025',
					'5035 2024',
				],
			],
		]);
	});

	it('puts every row in the page or in one cluster page, none lost', () => {
		const placed = [
			...groups.top,
			...groups.clusters.flatMap((g) => g.rows.filter((r) => r.area !== g.cluster.id)),
		];
		expect(placed).toHaveLength(computeKpiAreaRows(kpis, 'ukp_days').length);
	});

	it('has no cluster pages for short-term stays, which are per unit', () => {
		const shortTerm = groupAreaRows(computeKpiAreaRows(kpis, 'short_term_los'), kpis.areas);
		expect(shortTerm.clusters).toEqual([]);
		expect(shortTerm.top.every((r) => r.area === 'all' || !/^\d{4}$/.test(r.area))).toBe(true);
	});
});
