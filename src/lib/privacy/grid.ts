import type { GroupTable, ProtectedTable } from './protected-table';

// How nodes of a group relate: a node is the sum of its area's children at the same period, and a
// year or rolling window is the sum of its months at the same area. Only nodes with data count.

/** A published total and the nodes it sums (one way of splitting it). */
export interface Decomposition {
	total: number;
	parts: readonly number[];
	kind: 'area' | 'year' | 'rolling12';
}

/** Returns the ways a node splits into other nodes with data: by area and by time (none for a leaf month). */
export function decompositionsOf(
	table: ProtectedTable,
	group: GroupTable,
	node: number,
): Decomposition[] {
	const P = table.periods.length;
	const a = Math.floor(node / P);
	const period = table.periods[node % P];
	const out: Decomposition[] = [];
	const children = group.areas[a].children;
	// Rolling windows exist only at the areas that publish them, so they split by months alone.
	if (children.length > 0 && period.kind !== 'rolling12') {
		out.push({
			total: node,
			parts: children.map((c) => c * P + (node % P)).filter((n) => group.exists[n]),
			kind: 'area',
		});
	}
	if (period.kind !== 'month') {
		out.push({
			total: node,
			parts: period.months.map((m) => a * P + m).filter((n) => group.exists[n]),
			kind: period.kind,
		});
	}
	return out;
}

/** Returns every decomposition of every node with data of a group. */
export function listDecompositions(table: ProtectedTable, group: GroupTable): Decomposition[] {
	const out: Decomposition[] = [];
	for (let node = 0; node < group.exists.length; node++) {
		if (group.exists[node]) out.push(...decompositionsOf(table, group, node));
	}
	return out;
}

/** Returns the period index of each month's calendar year. */
export function yearPeriods(table: ProtectedTable): Int32Array {
	const out = new Int32Array(table.months.length);
	table.periods.forEach((p, i) => p.kind === 'year' && p.months.forEach((m) => (out[m] = i)));
	return out;
}

/** Returns the column values of a node (its first `columns.length` measures). */
export function columnValues(group: GroupTable, node: number): Float64Array {
	const M = group.measures.length;
	return group.values.subarray(node * M, node * M + group.spec.columns.length);
}

/** Returns the facts over a group's own columns as column-index terms (those naming a followed group's columns left out). */
export function compileFacts(group: GroupTable): (readonly (readonly [number, number])[])[] {
	const own = group.spec.facts.filter((f) =>
		f.terms.every(([c]) => group.spec.columns.includes(c)),
	);
	return own.map((f) => f.terms.map(([c, coef]) => [group.spec.columns.indexOf(c), coef] as const));
}

/**
 * Returns true when a node's columns minus `scale × by` make a possible row: every column ≥ 0 and
 * every fact holds. The contract's rules are homogeneous, so rows that pass can be moved at will.
 */
export function fitsRow(
	facts: ReturnType<typeof compileFacts>,
	group: GroupTable,
	node: number,
	by: ArrayLike<number>,
	scale = 1,
): boolean {
	const at = node * group.measures.length;
	for (let c = 0; c < by.length; c++) if (group.values[at + c] - scale * by[c] < 0) return false;
	for (const fact of facts) {
		let v = 0;
		for (const [c, coef] of fact) v += coef * (group.values[at + c] - scale * by[c]);
		if (v < 0) return false;
	}
	return true;
}
