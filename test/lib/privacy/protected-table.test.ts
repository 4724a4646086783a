import { describe, expect, it } from 'vitest';
import { hiddenStats, shownPredicate } from '../../../src/lib/privacy/hidden-set';
import { nodeOf, type ProtectedTable } from '../../../src/lib/privacy/protected-table';
import { chooseHiddenCells } from '../../../src/lib/privacy/suppress';
import { grid, row, tableOf } from '../../helpers/privacy';

const valueOf = (
	table: ProtectedTable,
	group: string,
	area: string,
	period: string,
	measure: string,
) => {
	const g = table.groups.find((x) => x.spec.id === group)!;
	const node = nodeOf(table, g.areaIndex.get(area)!, table.periodIndex.get(period)!);
	return g.exists[node]
		? g.values[node * g.measures.length + g.measures.findIndex((m) => m.id === measure)]
		: null;
};

describe('buildProtectedTable(sources, options)', () => {
	const months = ['2024-11', '2024-12', '2025-01'];
	const table = tableOf([
		...grid(months, {}, ['5033', '5034']),
		row('2025-01', '5035', [10, 4, 8, 3, 9, 2]),
	]);

	it('sums every column up the areas and over months, years and rolling windows', () => {
		expect(valueOf(table, 'ukp', '5033', '2024-12', 'ukp_stays')).toBe(40);
		expect(valueOf(table, 'ukp', 'cluster:Værnesregionen', '2025-01', 'ukp_stays')).toBe(90);
		expect(valueOf(table, 'ukp', 'all', '2024', 'ukp_days')).toBe(100);
		expect(valueOf(table, 'ukp', '5035', '2024', 'ukp_days')).toBeNull(); // no row: no data, not 0
		expect(table.periods.filter((p) => p.kind === 'rolling12')).toEqual([]); // three months make no window
	});

	it('protects the complements: stays with days, stays not sent home, stays not readmitted', () => {
		expect(valueOf(table, 'ukp', '5035', '2025-01', 'ukp_stays_with_days')).toBe(6);
		expect(valueOf(table, 'ukp', '5035', '2025-01', 'not_discharged_home')).toBe(7);
		expect(valueOf(table, 'readmission', '5035', '2025-01', 'not_readmitted')).toBe(7);
	});

	it('withholds a row whose group is partly empty from every sum of that group, and says so', () => {
		const partly = tableOf([
			row('2025-01', '5033'),
			row('2025-01', '5034', [15, 13, 3, null, 14, 0]),
		]);
		expect(partly.groups[0].withheld.map((r) => r.area)).toEqual(['5034']);
		expect(valueOf(partly, 'ukp', '5034', '2025-01', 'ukp_stays')).toBeNull();
		expect(valueOf(partly, 'ukp', 'all', '2025-01', 'ukp_stays')).toBe(40);
		// Its readmissions are whole, so that group keeps the row.
		expect(valueOf(partly, 'readmission', 'all', '2025-01', 'readmission_base')).toBe(54);
	});

	it('makes rolling 12-month windows for the whole helsefellesskap only', () => {
		const year = tableOf(
			grid(
				Array.from(
					{ length: 13 },
					(_, i) => `20${24 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
				),
				{},
				['5033'],
			),
		);
		expect(valueOf(year, 'ukp', 'all', '2024-02/2025-01', 'ukp_stays')).toBe(480);
		expect(valueOf(year, 'ukp', '5033', '2024-02/2025-01', 'ukp_stays')).toBeNull();
	});
});

describe('shownPredicate(set) and hiddenStats(set)', () => {
	const table = tableOf(grid(['2025-01', '2025-02'], { '5033|2025-02': [3, 2, 2, 1, 3, 0] }));
	const set = chooseHiddenCells(table);
	const shown = shownPredicate(set);

	it('says no for a hidden node, yes for a shown one, and no for what the table does not know', () => {
		expect(shown('ukp_stays', '5033', '2025-02')).toBe(false);
		expect(shown('readmissions_30d', '5033', '2025-02')).toBe(false);
		expect(shown('ukp_stays', '5001', '2025-02')).toBe(true);
		expect(shown('ukp_stays', '9999', '2025-02')).toBe(false);
		expect(shown('population', '5033', '2025-02')).toBe(false);
	});

	it('counts primary and extra hidden nodes and cells per group', () => {
		expect(hiddenStats(set)[0]).toEqual({
			group: 'ukp',
			nodes: 39,
			primaryNodes: 1,
			followingNodes: 0,
			extraNodes: 3,
			leafNodes: 18,
			primaryLeaves: 1,
			extraLeaves: 3,
			extraCells: 12,
		});
	});
});
