import { describe, expect, it } from 'vitest';
import { auditPublication, rangeOf } from '../../../src/lib/privacy/audit';
import { listDecompositions } from '../../../src/lib/privacy/grid';
import { shownPredicate, type HiddenSet } from '../../../src/lib/privacy/hidden-set';
import { protectTable } from '../../../src/lib/privacy/protect';
import { isSensitive } from '../../../src/lib/privacy/protected-table';
import { locate, publicationOf } from '../../../src/lib/privacy/publication';
import {
	checkPublicThreshold,
	chooseHiddenCells,
	hideMore,
} from '../../../src/lib/privacy/suppress';
import { grid, tableOf, type Counts } from '../../helpers/privacy';

const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04'];
const SMALL: Counts = [4, 2, 3, 1, 4, 1];
// Small counts exactly where the cross pattern hides cells.
const CROSS = Object.fromEntries(
	[
		'5021|2025-01',
		'5021|2025-02',
		'5021|2025-03',
		'5025|2025-01',
		'5025|2025-02',
		'5027|2025-03',
		'5027|2025-04',
		'5028|2025-03',
		'5028|2025-04',
	].map((k) => [k, SMALL]),
);

const hiddenNodes = (set: HiddenSet, group: string) => {
	const g = set.table.groups.find((x) => x.spec.id === group)!;
	const P = set.table.periods.length;
	const i = set.table.groups.indexOf(g);
	return [...set.hidden[i].keys()]
		.filter((n) => set.hidden[i][n])
		.map((n) => `${g.areas[Math.floor(n / P)].id} ${set.table.periods[n % P].id}`);
};

describe('checkPublicThreshold(threshold)', () => {
	it.each([
		[4, null],
		[3, null],
		[2, 'a public build needs a suppression threshold of at least 3 (got 2)'],
		[0, 'a public build needs a suppression threshold of at least 3 (got 0)'],
		[3.5, 'the suppression threshold must be a whole number (got 3.5)'],
	])('threshold %s: %s', (threshold, problem) => {
		expect(checkPublicThreshold(threshold)).toBe(problem);
	});
});

describe('chooseHiddenCells(table, options)', () => {
	it('refuses a threshold below 3', () => {
		expect(() => chooseHiddenCells(tableOf(grid(MONTHS), { threshold: 0 }))).toThrow(
			'at least 3 (got 0)',
		);
	});

	it('hides every node with a count or complement from 1 to the threshold, totals included', () => {
		const table = tableOf(grid(MONTHS, CROSS));
		const set = chooseHiddenCells(table);
		table.groups.forEach((g, i) =>
			g.exists.forEach(
				(e, node) => e && isSensitive(table, g, node) && expect(set.hidden[i][node]).toBe(1),
			),
		);
		expect(hiddenNodes(set, 'ukp')).toEqual(
			expect.arrayContaining(['5021 2025-03', '5025 2025-01', '5028 2025-04']),
		);
	});

	it('hides a sibling when a published total would have one hidden part: Tydal 2025-02 alone', () => {
		const set = chooseHiddenCells(tableOf(grid(MONTHS, { '5033|2025-02': SMALL })));
		// The smallest other municipality of the cluster that month, and another of Tydal's months.
		expect(hiddenNodes(set, 'ukp').sort()).toEqual([
			'5033 2025-01',
			'5033 2025-02',
			'5034 2025-01',
			'5034 2025-02',
		]);
	});

	it('hides the one municipality of a cluster whose total is hidden (Trondheim is its own cluster)', () => {
		const set = chooseHiddenCells(tableOf(grid(MONTHS, { '5001|2025-02': SMALL })));
		expect(hiddenNodes(set, 'ukp')).toEqual(
			expect.arrayContaining(['cluster:Trondheim 2025-02', '5001 2025-02']),
		);
	});

	it('leaves no published total with exactly one hidden part, and no hidden total with none', () => {
		const set = chooseHiddenCells(tableOf(grid(MONTHS, CROSS)));
		set.table.groups.forEach((g, i) => {
			for (const d of listDecompositions(set.table, g)) {
				const hiddenParts = d.parts.filter((p) => set.hidden[i][p]).length;
				if (set.hidden[i][d.total]) expect(hiddenParts === 0 && d.parts.length > 0).toBe(false);
				else expect(hiddenParts).not.toBe(1);
			}
		});
	});

	it('leaves the cross pattern open on its own: the audit solves Oppdal 2025-03', async () => {
		const set = chooseHiddenCells(tableOf(grid(MONTHS, CROSS)));
		const { leaks } = await auditPublication(publicationOf(set));
		expect(leaks.map((l) => `${l.area} ${l.period} ${l.measure} [${l.interval}]`)).toContain(
			'5021 2025-03 ukp_days [3,3]',
		);
	});

	it('closes the cross pattern with cycles (synchronously)', async () => {
		const set = chooseHiddenCells(tableOf(grid(MONTHS, CROSS)), { cycles: true });
		expect((await auditPublication(publicationOf(set))).leaks).toEqual([]);
	});

	it('hides the payable days wherever the stays group is hidden', () => {
		const payableDays = new Map(grid(MONTHS).map((r) => [`${r.month}|${r.municipality}`, 20]));
		const set = chooseHiddenCells(
			tableOf(grid(MONTHS, { '5033|2025-02': SMALL }), { payableDays }),
		);
		expect(hiddenNodes(set, 'payable')).toEqual(hiddenNodes(set, 'ukp'));
	});
});

describe('hideMore(set, nodes)', () => {
	it('keeps what was hidden, hides the nodes and closes the sums again', () => {
		const table = tableOf(grid(MONTHS));
		const before = chooseHiddenCells(table);
		const { node } = locate(table, 'ukp', '5035', '2025-03');
		const after = hideMore(before, [[node]]);
		// Every row is the same size, so each tie goes to the first: Tydal, and January.
		expect(hiddenNodes(after, 'ukp').sort()).toEqual([
			'5033 2025-01',
			'5033 2025-03',
			'5035 2025-01',
			'5035 2025-03',
		]);
		expect(hiddenNodes(before, 'ukp')).toEqual([]);
	});
});

describe('protectTable(table, options)', () => {
	it('mends the cross pattern: no leak, and Oppdal 2025-03 has a range an attacker cannot use', async () => {
		const result = await protectTable(tableOf(grid(MONTHS, CROSS)));
		expect(result.audit.leaks).toEqual([]);
		expect(result.rounds).toBeGreaterThan(1);
		const [min, max] = await rangeOf(publicationOf(result.hidden), {
			group: 'ukp',
			area: '5021',
			period: '2025-03',
			measure: 'ukp_stays',
		});
		expect(min === 0 || max > 4).toBe(true);
		expect(min).toBeLessThan(max);
	});

	it('returns a hidden set whose predicate the outputs ask', async () => {
		const { hidden } = await protectTable(tableOf(grid(MONTHS, CROSS)));
		const shown = shownPredicate(hidden);
		expect(shown('ukp_days', '5021', '2025-03')).toBe(false);
		expect(shown('ukp_days', '5001', '2025-03')).toBe(true);
	});
});
