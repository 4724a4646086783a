import { describe, expect, it } from 'vitest';
import { auditPublication, rangeOf, type Leak } from '../../../src/lib/privacy/audit';
import { buildProtectedTable, type GroupSpec } from '../../../src/lib/privacy/protected-table';
import { publishEverything, withHidden, type CellRef } from '../../../src/lib/privacy/publication';
import { grid, row, tableOf, type Counts } from '../../helpers/privacy';

const leakList = (leaks: Leak[]) =>
	leaks
		.map((l) => `${l.group} ${l.area} ${l.period} ${l.measure} [${l.interval.join(', ')}]`)
		.sort();
const hide = (group: string, area: string, periods: string[]) =>
	periods.map((period) => ({ group, area, period }));

// One count n of one area in one month, hidden, with an extra published equation lower ≤ n ≤ upper.
async function auditBounded(value: number, lower: number, upper: number) {
	const group: GroupSpec = { id: 'g', columns: ['n'], complements: [], facts: [] };
	const table = buildProtectedTable(
		[
			{
				group,
				areas: [{ id: 'x', name: 'X', parent: null }],
				rows: [{ area: 'x', month: '2025-01', counts: { n: value } }],
			},
		],
		{ threshold: 4 },
	);
	const n: CellRef = { group: 'g', area: 'x', month: '2025-01', column: 'n' };
	const pub = withHidden(
		publishEverything(table, [{ label: 'a bound on n', terms: [[n, 1]], lower, upper }]),
		hide('g', 'x', ['2025-01', '2025']),
	);
	return auditPublication(pub);
}

describe('auditPublication(publication, options)', () => {
	it.each([
		[3, 0, 9, 'safe: it can be 0'],
		[3, 2, 7, 'safe: it can be above the threshold'],
		[3, 3, 3, 'a leak: one value'],
		[3, 1, 4, 'a leak: inside 1…4'],
	])(
		'a count of %i the attacker can put in [%i, %i] is %s',
		async (value, lower, upper, verdict) => {
			const { leaks } = await auditBounded(value, lower, upper);
			expect(leaks.filter((l) => l.period === '2025-01').map((l) => l.interval)).toEqual(
				verdict.startsWith('safe') ? [] : [[lower, upper]],
			);
		},
	);

	it('finds a small count published outright, and says where', async () => {
		const table = tableOf(grid(['2025-01'], { '5033|2025-01': [3, 2, 2, 1, 3, 0] }));
		const { leaks } = await auditPublication(publishEverything(table));
		expect(leaks.find((l) => l.area === '5033' && l.measure === 'ukp_stays')).toMatchObject({
			interval: [3, 3],
			because: ['Tydal (5033) 2025-01 ukp_stays = 3 (published)'],
		});
	});

	it('finds a complement: stays 30 and zero-day stays 28 both published give 2 stays with days', async () => {
		const table = tableOf(
			grid(['2025-01', '2025-02'], { '5035|2025-01': [30, 28, 9, 10, 30, 10] }),
		);
		const { leaks } = await auditPublication(publishEverything(table));
		expect(leakList(leaks)).toEqual(['ukp 5035 2025-01 ukp_stays_with_days [2, 2]']);
		expect(leaks[0].because).toEqual([
			'Stjørdal (5035) 2025-01 ukp_stays = 30 (published)',
			'Stjørdal (5035) 2025-01 ukp_stays_zero_days = 28 (published)',
		]);
	});

	it('finds a single hidden month beside a published year total', async () => {
		const months = ['2025-01', '2025-02', '2025-03'];
		const table = tableOf(grid(months, { '5033|2025-02': [3, 2, 2, 1, 3, 0] }));
		// The month's cluster and the whole helsefellesskap are hidden too: only the year gives it away.
		const hidden = ['ukp', 'readmission'].flatMap((g) =>
			['5033', 'cluster:Værnesregionen', 'all'].flatMap((area) => hide(g, area, ['2025-02'])),
		);
		const { leaks } = await auditPublication(withHidden(publishEverything(table), hidden));
		expect(leaks.find((l) => l.measure === 'ukp_stays')).toMatchObject({
			area: '5033',
			period: '2025-02',
			interval: [3, 3],
		});
		expect(leaks.find((l) => l.measure === 'ukp_stays')!.because).toContain(
			'Tydal (5033) 2025 ukp_stays = 83 (published) minus Tydal (5033) 2025-01 = 40, Tydal (5033) 2025-03 = 40',
		);
	});

	describe('the cross pattern: Oppdal Jan–Mar, Røros Jan–Feb, Midtre Gauldal and Melhus Mar–Apr hidden', () => {
		const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
		const small: Counts = [4, 2, 3, 1, 4, 1];
		const table = tableOf(grid(months, { '5021|2025-03': small }));
		const pattern = ['ukp', 'readmission'].flatMap((g) => [
			...hide(g, '5021', ['2025-01', '2025-02', '2025-03']),
			...hide(g, '5025', ['2025-01', '2025-02']),
			...hide(g, '5027', ['2025-03', '2025-04']),
			...hide(g, '5028', ['2025-03', '2025-04']),
		]);
		const pub = withHidden(publishEverything(table), pattern);

		it('solves Oppdal 2025-03 exactly from the year totals and the cluster months: 3 days, 4 stays', async () => {
			const { leaks } = await auditPublication(pub);
			expect(leakList(leaks)).toEqual([
				'readmission 5021 2025-03 not_readmitted [3, 3]',
				'readmission 5021 2025-03 readmission_base [4, 4]',
				'readmission 5021 2025-03 readmissions_30d [1, 1]',
				'ukp 5021 2025-03 discharged_home [1, 1]',
				'ukp 5021 2025-03 not_discharged_home [3, 3]',
				'ukp 5021 2025-03 ukp_days [3, 3]',
				'ukp 5021 2025-03 ukp_stays [4, 4]',
				'ukp 5021 2025-03 ukp_stays_with_days [2, 2]',
				'ukp 5021 2025-03 ukp_stays_zero_days [2, 2]',
			]);
		});

		it('names the published numbers that give it away', async () => {
			const { leaks } = await auditPublication(pub);
			const days = leaks.find((l) => l.measure === 'ukp_days')!;
			// The pattern is symmetric: Oppdal's year and Jan–Feb give it, and so do Mar–Apr.
			const gauldal = 'Gauldal og fjellregionen (cluster:Gauldal og fjellregionen)';
			const janFeb = [
				`${gauldal} 2025-01 ukp_days = 125 (published) minus Rennebu (5022) 2025-01 = 25, Midtre Gauldal (5027) 2025-01 = 25, Melhus (5028) 2025-01 = 25`,
				`${gauldal} 2025-02 ukp_days = 125 (published) minus Rennebu (5022) 2025-02 = 25, Midtre Gauldal (5027) 2025-02 = 25, Melhus (5028) 2025-02 = 25`,
				'Oppdal (5021) 2025 ukp_days = 78 (published) minus Oppdal (5021) 2025-04 = 25',
				'Røros (5025) 2025 ukp_days = 100 (published) minus Røros (5025) 2025-03 = 25, Røros (5025) 2025-04 = 25',
			];
			const marApr = [
				`${gauldal} 2025-03 ukp_days = 103 (published) minus Rennebu (5022) 2025-03 = 25, Røros (5025) 2025-03 = 25`,
				`${gauldal} 2025-04 ukp_days = 125 (published) minus Oppdal (5021) 2025-04 = 25, Rennebu (5022) 2025-04 = 25, Røros (5025) 2025-04 = 25`,
				'Midtre Gauldal (5027) 2025 ukp_days = 100 (published) minus Midtre Gauldal (5027) 2025-01 = 25, Midtre Gauldal (5027) 2025-02 = 25',
				'Melhus (5028) 2025 ukp_days = 100 (published) minus Melhus (5028) 2025-01 = 25, Melhus (5028) 2025-02 = 25',
			];
			expect([janFeb, marApr]).toContainEqual(days.because);
			expect(days.published.length).toBeGreaterThan(4);
		});

		it('gives an interval once one more cell (Røros 2025-03) is hidden', async () => {
			const wider = withHidden(pub, hide('ukp', '5025', ['2025-03']));
			expect(
				await rangeOf(wider, {
					group: 'ukp',
					area: '5021',
					period: '2025-03',
					measure: 'ukp_days',
				}),
			).toEqual([0, 28]);
		});
	});

	describe('the empty-cell denominators', () => {
		// Today's KPI engine sums stays over the rows with every cell a KPI needs: the zero-day
		// share over all of Tydal's rows, the share sent home over those with discharged_home.
		const months = ['2025-01', '2025-02', '2025-03'];
		const staysOnly: GroupSpec = {
			id: 'stays',
			columns: ['ukp_stays', 'ukp_stays_zero_days'],
			complements: [],
			facts: [],
		};
		const areas = [
			{ id: 'all', name: 'Alle', parent: null },
			...['5033', '5034'].map((id) => ({
				id,
				name: id === '5033' ? 'Tydal' : 'Meråker',
				parent: 'all',
			})),
		];
		const counts = (area: string, month: string) =>
			area === '5033' && month === '2025-02'
				? { ukp_stays: 1, ukp_stays_zero_days: 0 }
				: { ukp_stays: 20, ukp_stays_zero_days: 10 };
		const rows = months.flatMap((month) =>
			['5033', '5034'].map((area) => ({ area, month, counts: counts(area, month) })),
		);
		const table = buildProtectedTable([{ group: staysOnly, areas, rows }], { threshold: 4 });
		const stays = (month: string): CellRef => ({
			group: 'stays',
			area: '5033',
			month,
			column: 'ukp_stays',
		});
		// Tydal's 2025-02 row has an empty discharged_home: the home share's denominator leaves it out.
		const homeDenominator = {
			label: 'Tydal (5033) 2025 direct_home_share denominator = 40',
			terms: [
				[stays('2025-01'), 1],
				[stays('2025-03'), 1],
			] as const,
			lower: 40,
			upper: 40,
		};
		const hidden = [
			...hide('stays', '5033', ['2025-02', '2025-03']),
			...hide('stays', '5034', ['2025-02', '2025-03']),
		];

		it('gives the hidden row away as the difference of two published denominators', async () => {
			const { leaks } = await auditPublication(
				withHidden(publishEverything(table, [homeDenominator]), hidden),
			);
			expect(leakList(leaks)).toEqual(['stays 5033 2025-02 ukp_stays [1, 1]']);
			expect(leaks[0].because).toEqual([
				'Tydal (5033) 2025 ukp_stays = 41 (published) minus Tydal (5033) 2025-01 = 20',
				'Tydal (5033) 2025 direct_home_share denominator = 40 (published), with Tydal (5033) 2025-01 ukp_stays = 20 (published)',
			]);
		});

		it('is safe when both shares share one denominator (the partly empty row withheld)', async () => {
			const { leaks } = await auditPublication(withHidden(publishEverything(table), hidden));
			expect(leaks).toEqual([]);
		});
	});

	describe('payment days (days beyond a 3-day free period, per municipality-month)', () => {
		const months = ['2025-01', '2025-02', '2025-03'];
		const payableDays = new Map(
			months.flatMap((m) =>
				['5001', '5021', '5022', '5025', '5027', '5028', '5033', '5034', '5035'].map(
					(c) => [`${m}|${c}`, c === '5033' && m === '2025-02' ? 2 : 12] as const,
				),
			),
		);
		const table = tableOf(grid(months), { payableDays });
		const cell: CellRef = {
			group: 'payable',
			area: '5033',
			month: '2025-02',
			column: 'payable_days',
		};

		it('finds the month from the year total in days', async () => {
			const { leaks } = await auditPublication(
				withHidden(publishEverything(table), hide('payable', '5033', ['2025-02'])),
			);
			expect(leakList(leaks)).toEqual(['payable 5033 2025-02 payable_days [2, 2]']);
		});

		it('finds it from kroner (rate × days, rounded to whole kroner) with every day total hidden', async () => {
			const kroner = {
				label: 'Tydal (5033) 2025-02 Swedish payment = 6 000 kr at 3 000 kr a day',
				terms: [[cell, 3000]] as const,
				lower: 5999.5,
				upper: 6000.5,
			};
			const totals = ['5033', 'cluster:Værnesregionen', 'all'].flatMap((area) =>
				hide('payable', area, ['2025-02', '2025']),
			);
			const { leaks } = await auditPublication(
				withHidden(publishEverything(table, [kroner]), totals),
			);
			expect(leakList(leaks)).toEqual(['payable 5033 2025-02 payable_days [2, 2]']);
			expect(leaks[0].because).toContain(
				'Tydal (5033) 2025-02 Swedish payment = 6 000 kr at 3 000 kr a day (published)',
			);
		});

		it('uses what anyone can work out: payable ≥ days − 3 × stays with days', async () => {
			// Tydal alone: 2 and 1 payable days in February and March, 12 in January; February has 16
			// days on 5 stays with days, so at least 1 of them is payable.
			const byMonth = new Map([
				['2025-01|5033', 12],
				['2025-02|5033', 2],
				['2025-03|5033', 1],
			]);
			const tydal = tableOf(grid(months, { '5033|2025-02': [20, 15, 16, 5, 20, 5] }, ['5033']), {
				payableDays: byMonth,
			});
			const hidden = ['5033', 'cluster:Værnesregionen', 'all'].flatMap((area) =>
				hide('payable', area, ['2025-02', '2025-03']),
			);
			const { leaks } = await auditPublication(withHidden(publishEverything(tydal), hidden));
			const february = leaks.find((l) => l.area === '5033')!;
			expect(february).toMatchObject({ period: '2025-02', interval: [1, 3] });
			expect(february.because).toContain(
				'Tydal (5033) 2025-02: payable_days ≥ ukp_days − 3 × (ukp_stays − ukp_stays_zero_days) (data contract)',
			);
		});
	});

	it('reports what it checked', async () => {
		const result = await auditPublication(publishEverything(tableOf([row('2025-01', '5001')])), {
			clock: () => 0,
		});
		expect(result).toMatchObject({ leaks: [], cellsChecked: 0, lpSolved: 0, seconds: 0 });
	});
});
