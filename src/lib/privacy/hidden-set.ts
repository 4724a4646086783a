import type { GroupTable, ProtectedTable } from './protected-table';

/** The nodes (area × period) of each group that a public output must not show. */
export interface HiddenSet {
	table: ProtectedTable;
	/** Per group (in table order), 1 per hidden node. */
	hidden: readonly Uint8Array[];
	/** Per group, 1 per node hidden for its own small count (primary suppression). */
	primary: readonly Uint8Array[];
}

/** Says whether an output may show a count column's sum over an area and period. */
export type ShownPredicate = (column: string, area: string, period: string) => boolean;

/**
 * Returns the predicate every public output asks before it shows a count, or anything built on one
 * (a share, a mean, a rate, kroner): false for a hidden node and for a column, area or period the
 * table does not know (what is not protected is not shown); true for a node without data, which
 * shows as "no data".
 */
export function shownPredicate(set: HiddenSet): ShownPredicate {
	const groupOf = new Map<string, number>();
	set.table.groups.forEach((g, i) => g.spec.columns.forEach((c) => groupOf.set(c, i)));
	return (column, area, period) => {
		const g = groupOf.get(column);
		const p = set.table.periodIndex.get(period);
		if (g === undefined || p === undefined) return false;
		const a = set.table.groups[g].areaIndex.get(area);
		if (a === undefined) return false;
		return set.hidden[g][a * set.table.periods.length + p] === 0;
	};
}

/** Counts of hidden nodes and cells, for the build log and the report. */
export interface HiddenStats {
	group: string;
	/** Nodes (area × period) with data. */
	nodes: number;
	primaryNodes: number;
	/** Hidden because the group it follows is hidden there (payable days where the stays are hidden). */
	followingNodes: number;
	/** Hidden to protect the primary ones (complementary suppression). */
	extraNodes: number;
	/** Leaf nodes (municipality or unit × month) with data, and how many are hidden. */
	leafNodes: number;
	primaryLeaves: number;
	extraLeaves: number;
	/** Extra hidden leaf cells (leaf nodes × columns). */
	extraCells: number;
}

/** Returns per group how many nodes and leaf cells are hidden: primary, following another group, extra. */
export function hiddenStats(set: HiddenSet): HiddenStats[] {
	return set.table.groups.map((g, i) => {
		const leader = set.table.groups.findIndex((x) => x.spec.id === g.spec.follows);
		const s = {
			group: g.spec.id,
			nodes: 0,
			primaryNodes: 0,
			followingNodes: 0,
			extraNodes: 0,
			leafNodes: 0,
			primaryLeaves: 0,
			extraLeaves: 0,
			extraCells: 0,
		};
		for (let node = 0; node < g.exists.length; node++) {
			if (!g.exists[node]) continue;
			const leaf = isLeafMonth(set.table, g, node);
			const primary = set.primary[i][node] === 1;
			const following = !primary && leader >= 0 && set.hidden[leader][node] === 1;
			const extra = !primary && !following && set.hidden[i][node] === 1;
			s.nodes++;
			s.primaryNodes += +primary;
			s.followingNodes += +following;
			s.extraNodes += +extra;
			if (!leaf) continue;
			s.leafNodes++;
			s.primaryLeaves += +primary;
			s.extraLeaves += +extra;
		}
		s.extraCells = s.extraLeaves * g.spec.columns.length;
		return s;
	});
}

/** Returns true for a node of a leaf area (municipality, unit) and one month: one row of data. */
export function isLeafMonth(table: ProtectedTable, group: GroupTable, node: number): boolean {
	const P = table.periods.length;
	return (
		group.areas[Math.floor(node / P)].children.length === 0 &&
		table.periods[node % P].kind === 'month'
	);
}

/** A row left out of every published sum of its group because some of its cells are empty. */
export interface WithheldRow {
	group: string;
	area: string;
	month: string;
	/** The group's columns that are empty in the row. */
	empty: string[];
}

/** Returns the rows each group withholds (some cells empty, see `buildProtectedTable`), with their empty columns, by group, area and month. */
export function withheldRows(table: ProtectedTable): WithheldRow[] {
	return table.groups.flatMap((g) =>
		g.withheld
			.map((r) => ({
				group: g.spec.id,
				area: r.area,
				month: r.month,
				empty: g.spec.columns.filter((c) => (r.counts[c] ?? null) === null),
			}))
			.sort((a, b) => a.area.localeCompare(b.area) || a.month.localeCompare(b.month)),
	);
}
