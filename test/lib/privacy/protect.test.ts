import { describe, expect, it } from 'vitest';
import { hiddenStats } from '../../../src/lib/privacy/hidden-set';
import { protectTable } from '../../../src/lib/privacy/protect';
import { nodeOf, type ProtectedTable } from '../../../src/lib/privacy/protected-table';
import { tableOfFolder } from '../../helpers/privacy';
import { smallCountDataDir } from '../../helpers/small-counts';

// Leaf months of a group whose first column is from 1 to the threshold.
function smallLeaves(table: ProtectedTable, group: string): number[] {
	const g = table.groups.find((x) => x.spec.id === group)!;
	return g.areas.flatMap((a, i) =>
		a.children.length > 0
			? []
			: table.months
					.map((_, m) => nodeOf(table, i, m))
					.filter(
						(n) =>
							g.exists[n] &&
							g.values[n * g.measures.length] >= 1 &&
							g.values[n * g.measures.length] <= table.threshold,
					),
	);
}

describe('protectTable(table, options) on the bundled data', () => {
	const table = tableOfFolder('data');

	it('withholds the partly empty row (Meråker 2025-11 has no discharged_home)', () => {
		expect(table.groups[0].withheld).toEqual([
			{
				area: '5034',
				month: '2025-11',
				counts: { ukp_stays: 15, ukp_stays_zero_days: 13, ukp_days: 3, discharged_home: null },
			},
		]);
	});

	it('publishes nothing an attacker can solve for, payable days included', async () => {
		const { hidden, audit } = await protectTable(table);
		expect(audit.leaks).toEqual([]);
		// Every municipality-month with 1–4 Swedish payable days is hidden (the public build of today
		// shows 85 of these 371).
		const payable = table.groups.findIndex((g) => g.spec.id === 'payable');
		expect(smallLeaves(table, 'payable')).toHaveLength(371);
		expect(smallLeaves(table, 'payable').every((n) => hidden.hidden[payable][n] === 1)).toBe(true);
		// Few cells hidden beyond the small ones themselves.
		for (const s of hiddenStats(hidden)) expect(s.extraLeaves).toBeLessThan(0.05 * s.leafNodes);
	}, 60_000);
});

describe('protectTable(table, options) on data full of small counts (all counts ÷ 10)', () => {
	it('publishes nothing an attacker can solve for', async () => {
		const { audit, rounds } = await protectTable(tableOfFolder(smallCountDataDir()));
		expect(audit.leaks).toEqual([]);
		expect(rounds).toBeLessThan(20);
	}, 60_000);
});
