import type { HiddenSet } from './hidden-set';
import type { ProtectedTable } from './protected-table';

// A publication is a set of linear equations over the table's cells (the counts of each leaf row),
// each with a published number on the right. The grid of sums (every column over every area and
// period) is given by a mask: a node's column is published or not. Anything else an output shows
// (a sum over some rows only, kroner rounded to whole kroner, a ratio whose counts are hidden) is
// an extra equation. Hidden cells and hidden totals are simply equations that are not there.

/** One cell of the table: a column of a leaf area (municipality, unit) and month. */
export interface CellRef {
	group: string;
	area: string;
	month: string;
	column: string;
}

/** A published number outside the grid: lower ≤ Σ coefficient × cell ≤ upper. */
export interface ExtraEquation {
	label: string;
	terms: readonly (readonly [cell: CellRef, coefficient: number])[];
	lower: number;
	upper: number;
}

/** What the public outputs show, over one protected table. */
export interface Publication {
	table: ProtectedTable;
	/** Per group, `node × columns + column`: 1 where that sum is published. */
	shown: readonly Uint8Array[];
	extra: readonly ExtraEquation[];
}

/** Returns the publication of every node a hidden set does not hide, plus `extra` equations. */
export function publicationOf(set: HiddenSet, extra: readonly ExtraEquation[] = []): Publication {
	const shown = set.table.groups.map((g, i) => {
		const C = g.spec.columns.length;
		const out = new Uint8Array(g.exists.length * C);
		for (let node = 0; node < g.exists.length; node++)
			if (g.exists[node] && !set.hidden[i][node]) out.fill(1, node * C, node * C + C);
		return out;
	});
	return { table: set.table, shown, extra };
}

/** Returns the publication that shows every sum of every node with data (what a partner build shows). */
export function publishEverything(
	table: ProtectedTable,
	extra: readonly ExtraEquation[] = [],
): Publication {
	return publicationOf(
		{ table, hidden: table.groups.map((g) => new Uint8Array(g.exists.length)), primary: [] },
		extra,
	);
}

/** A count an output shows: the sum of a column over an area and period, and where it was seen. */
export interface PublishedNumber {
	column: string;
	area: string;
	period: string;
	value: number;
	/** A page, file or line, for messages. */
	where: string;
}

/**
 * Returns the publication of numbers read off the outputs (what the leak checker sees), and a
 * problem for each number the table cannot place or that is not the table's sum: such a number
 * comes from other rows than the protected ones, and the audit cannot vouch for it.
 */
export function publicationOfNumbers(
	table: ProtectedTable,
	numbers: readonly PublishedNumber[],
	extra: readonly ExtraEquation[] = [],
): { publication: Publication; problems: string[] } {
	const shown = table.groups.map((g) => new Uint8Array(g.exists.length * g.spec.columns.length));
	const problems: string[] = [];
	for (const n of numbers) {
		const g = table.groups.findIndex((x) => x.spec.columns.includes(n.column));
		const a = table.groups[g]?.areaIndex.get(n.area);
		const p = table.periodIndex.get(n.period);
		if (g < 0 || a === undefined || p === undefined) {
			problems.push(
				`${n.where}: ${n.column} ${n.area} ${n.period} is not a sum the protected table knows`,
			);
			continue;
		}
		const group = table.groups[g];
		const node = a * table.periods.length + p;
		const c = group.spec.columns.indexOf(n.column);
		const sum = group.exists[node] ? group.values[node * group.measures.length + c] : null;
		if (sum === null || Math.abs(sum - n.value) > 1e-9)
			problems.push(
				`${n.where}: ${n.column} ${n.area} ${n.period} shows ${n.value}, the protected rows sum to ${sum ?? 'nothing'}`,
			);
		else shown[g][node * group.spec.columns.length + c] = 1;
	}
	return { publication: { table, shown, extra }, problems };
}

/**
 * Returns a copy of a publication with some sums hidden, each given as group id, area id, period id
 * and columns (all of the group's when left out); unknown names throw.
 */
export function withHidden(
	pub: Publication,
	hide: readonly { group: string; area: string; period: string; columns?: readonly string[] }[],
): Publication {
	const shown = pub.shown.map((s) => s.slice());
	for (const h of hide) {
		const { g, node } = locate(pub.table, h.group, h.area, h.period);
		const spec = pub.table.groups[g].spec;
		for (const c of h.columns ?? spec.columns)
			shown[g][node * spec.columns.length + columnIndex(spec.columns, c)] = 0;
	}
	return { ...pub, shown };
}

/** Returns the group index and node of a group id, area id and period id (throws when unknown). */
export function locate(
	table: ProtectedTable,
	group: string,
	area: string,
	period: string,
): { g: number; node: number } {
	const g = table.groups.findIndex((x) => x.spec.id === group);
	const a = table.groups[g]?.areaIndex.get(area);
	const p = table.periodIndex.get(period);
	if (g < 0 || a === undefined || p === undefined)
		throw new Error(`privacy: no node ${group} ${area} ${period}`);
	return { g, node: a * table.periods.length + p };
}

function columnIndex(columns: readonly string[], column: string): number {
	const i = columns.indexOf(column);
	if (i < 0) throw new Error(`privacy: no column ${column}`);
	return i;
}
