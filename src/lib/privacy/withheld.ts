import { buildProtectedTable, type ProtectedTable, type TableSource } from './protected-table';
import type { ExtraEquation } from './publication';

// A row whose cells are partly empty is left out of every public sum, so the protected table has no
// cell for it. An output that counts it anyway (a KPI summed over the rows that have the cells it
// needs) publishes a number the table cannot place: the attacker's equation is then the table's sum
// plus the withheld row. The leak checker gives such rows a group of their own, `withheld:<group>`,
// with each leaf area on its own (no totals), so that equation can be written and a small count in a
// withheld row is protected like any other.

/** The id of the group holding a group's withheld rows. */
export const withheldGroupId = (group: string) => `withheld:${group}`;

/** Returns the protected table of the sources with a group of withheld rows after each group that has some: the table the leak checker audits. */
export function buildCheckerTable(
	sources: readonly TableSource[],
	threshold: number,
): ProtectedTable {
	return buildProtectedTable([...sources, ...withheldSources(sources)], { threshold });
}

/**
 * Returns one source per source that withholds rows (some of its cells empty, not all): the rows
 * with their empty cells as 0, over the source's leaf areas without a hierarchy.
 */
export function withheldSources(sources: readonly TableSource[]): TableSource[] {
	return sources.flatMap((source) => {
		const { columns } = source.group;
		const partly = (counts: LeafRow['counts']) =>
			columns.some((c) => (counts[c] ?? null) === null) &&
			columns.some((c) => (counts[c] ?? null) !== null);
		const rows = source.rows
			.filter((r) => partly(r.counts))
			.map((r) => ({
				...r,
				counts: Object.fromEntries(columns.map((c) => [c, r.counts[c] ?? 0])),
			}));
		if (rows.length === 0) return [];
		const parents = new Set(source.areas.map((a) => a.parent));
		const leaves = source.areas
			.filter((a) => !parents.has(a.id))
			.map((a) => ({ id: a.id, name: `${a.name}, rad holdt utenfor`, parent: null }));
		return [
			{
				group: { id: withheldGroupId(source.group.id), columns, complements: [], facts: [] },
				areas: leaves,
				rows,
			},
		];
	});
}

type LeafRow = TableSource['rows'][number];

/**
 * Returns the terms of a linear form with each cell joined by the withheld rows of its node (its
 * leaf areas and months, same column), or `null` when the table withholds none of them.
 */
export function withWithheld(
	table: ProtectedTable,
	terms: ExtraEquation['terms'],
): ExtraEquation['terms'] | null {
	const out: [ExtraEquation['terms'][number][0], number][] = [];
	let added = false;
	for (const [ref, coefficient] of terms) {
		out.push([ref, coefficient]);
		const group = table.groups.find((g) => g.spec.id === ref.group);
		const withheld = table.groups.find((g) => g.spec.id === withheldGroupId(ref.group));
		const at = group?.areaIndex.get(ref.area);
		const period = table.periodIndex.get(ref.month);
		if (!group || !withheld || at === undefined || period === undefined) continue;
		for (const leaf of leavesOf(group.areas, at)) {
			const w = withheld.areaIndex.get(group.areas[leaf].id);
			if (w === undefined) continue;
			for (const m of table.periods[period].months) {
				if (!withheld.exists[w * table.periods.length + m]) continue;
				out.push([
					{
						group: withheld.spec.id,
						area: group.areas[leaf].id,
						month: table.months[m],
						column: ref.column,
					},
					coefficient,
				]);
				added = true;
			}
		}
	}
	return added ? out : null;
}

function leavesOf(areas: ProtectedTable['groups'][number]['areas'], at: number): number[] {
	return areas[at].children.length === 0
		? [at]
		: areas[at].children.flatMap((c) => leavesOf(areas, c));
}
