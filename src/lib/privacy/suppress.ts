import {
	columnValues,
	compileFacts,
	fitsRow,
	listDecompositions,
	yearPeriods,
	type Decomposition,
} from './grid';
import type { HiddenSet } from './hidden-set';
import { isSensitive, type GroupTable, type ProtectedTable } from './protected-table';

/** The lowest threshold a public build accepts: counts from 1 to at least 3 are always hidden. */
export const MIN_PUBLIC_THRESHOLD = 3;

/** Returns why a public build may not use a threshold, or `null` when it may. */
export function checkPublicThreshold(threshold: number): string | null {
	if (!Number.isInteger(threshold))
		return `the suppression threshold must be a whole number (got ${threshold})`;
	if (threshold < MIN_PUBLIC_THRESHOLD)
		return `a public build needs a suppression threshold of at least ${MIN_PUBLIC_THRESHOLD} (got ${threshold})`;
	return null;
}

/**
 * Returns the nodes a public output hides, chosen without a solver (synchronous). Primary: every
 * node (area × period) with a column or complement from 1 to the threshold. Secondary, per group
 * until nothing changes: no published total (area, year, rolling window) has exactly one hidden part
 * (the smallest other part with people in it is hidden), no hidden total has none, and a rolling
 * window with a hidden month is hidden. A group that `follows` another is hidden wherever that one
 * is. This classic rule is not enough on its own (a cross pattern of hidden cells can still be
 * solved for), so `protectTable` audits the result by linear programming and mends it. `cycles`
 * also puts each hidden small municipality-month on a rectangle of hidden cells (or moves it to a
 * sibling) and each small municipality-year on a sibling's: most leaks closed without the solver,
 * at the price of many more hidden cells. Throws for a threshold below {@link MIN_PUBLIC_THRESHOLD}.
 */
export function chooseHiddenCells(
	table: ProtectedTable,
	options: { cycles?: boolean } = {},
): HiddenSet {
	const problem = checkPublicThreshold(table.threshold);
	if (problem) throw new RangeError(problem);
	const primary = table.groups.map((g) => {
		const out = new Uint8Array(g.exists.length);
		for (let node = 0; node < out.length; node++)
			out[node] = g.exists[node] && isSensitive(table, g, node) ? 1 : 0;
		return out;
	});
	const hidden = primary.map((h) => h.slice());
	for (const i of leadersFirst(table)) {
		applyFollows(table, hidden, i);
		protectGroup(table, table.groups[i], hidden[i], options.cycles ?? false);
	}
	return { table, hidden, primary };
}

/**
 * Returns the set with more nodes hidden (`nodes[g]` lists group g's), closed again so that no
 * published total has exactly one hidden part and followers follow. Hiding more never uncovers
 * what was protected: every published equation is one that was published before.
 */
export function hideMore(set: HiddenSet, nodes: readonly (readonly number[])[]): HiddenSet {
	const hidden = set.hidden.map((h, g) => {
		const out = h.slice();
		for (const n of nodes[g] ?? []) out[n] = 1;
		return out;
	});
	for (const i of leadersFirst(set.table)) {
		applyFollows(set.table, hidden, i);
		closeSums(set.table.groups[i], hidden[i], listDecompositions(set.table, set.table.groups[i]));
	}
	return { table: set.table, hidden, primary: set.primary };
}

function protectGroup(table: ProtectedTable, g: GroupTable, hidden: Uint8Array, cycles: boolean) {
	const decompositions = listDecompositions(table, g);
	closeSums(g, hidden, decompositions);
	if (cycles) {
		protectLeafMonths(table, g, hidden);
		protectLeafYears(table, g, hidden);
	}
	closeSums(g, hidden, decompositions);
}

function leadersFirst(table: ProtectedTable): number[] {
	const order = table.groups.map((_, i) => i);
	return [
		...order.filter((i) => !table.groups[i].spec.follows),
		...order.filter((i) => table.groups[i].spec.follows),
	];
}

function applyFollows(table: ProtectedTable, hidden: Uint8Array[], i: number) {
	const leader = table.groups.findIndex((g) => g.spec.id === table.groups[i].spec.follows);
	if (leader < 0) return;
	if (hidden[leader].length !== hidden[i].length)
		throw new Error(
			`privacy: group ${table.groups[i].spec.id} must share the areas of the group it follows`,
		);
	hidden[leader].forEach((h, n) => (hidden[i][n] |= h & table.groups[i].exists[n]));
}

// Until nothing changes: a published total with one hidden part gives that part away, so hide the
// smallest other part (one with people in it if there is one), or else the total; a hidden total
// whose parts are all published is their sum, so hide the smallest of them.
function closeSums(g: GroupTable, hidden: Uint8Array, decompositions: readonly Decomposition[]) {
	for (let changed = true; changed;) {
		changed = false;
		for (const d of decompositions) {
			let count = 0;
			for (const p of d.parts) count += hidden[p];
			const hide = hidden[d.total]
				? count === 0
					? smallestShown(g, hidden, d.parts)
					: undefined
				: complementOf(g, hidden, d, count);
			if (hide === undefined) continue;
			hidden[hide] = 1;
			changed = true;
		}
	}
}

// Two overlapping windows differ by one month in, one out: any hidden month gives a window away.
function complementOf(
	g: GroupTable,
	hidden: Uint8Array,
	d: Decomposition,
	count: number,
): number | undefined {
	if (count === 0 || (count > 1 && d.kind !== 'rolling12')) return undefined;
	return d.kind === 'rolling12' ? d.total : (smallestShown(g, hidden, d.parts) ?? d.total);
}

function smallestShown(
	g: GroupTable,
	hidden: Uint8Array,
	nodes: readonly number[],
): number | undefined {
	let best: number | undefined;
	const key = (n: number) => (sizeOf(g, n) > 0 ? sizeOf(g, n) : Number.MAX_VALUE);
	for (const n of nodes) if (!hidden[n] && (best === undefined || key(n) < key(best))) best = n;
	return best;
}

/** The first column (stays, base, stays ended): how many people a node shows. */
const sizeOf = (g: GroupTable, node: number) => g.values[node * g.measures.length];

interface Candidate {
	nodes: number[];
	cost: number;
	size: number;
}

// Hiding a year costs more than hiding a month: it is the figure small areas are published by.
function candidate(
	table: ProtectedTable,
	g: GroupTable,
	hidden: Uint8Array,
	nodes: number[],
): Candidate {
	const fresh = nodes.filter((n) => !hidden[n]);
	const P = table.periods.length;
	const cost = fresh.reduce((s, n) => s + (table.periods[n % P].kind === 'month' ? 1 : 3), 0);
	return { nodes: fresh, cost, size: fresh.reduce((s, n) => s + sizeOf(g, n), 0) };
}

const better = (a: Candidate, b: Candidate | null) =>
	b === null || a.cost < b.cost || (a.cost === b.cost && a.size < b.size);

function protectLeafMonths(table: ProtectedTable, g: GroupTable, hidden: Uint8Array) {
	const P = table.periods.length;
	const years = yearPeriods(table);
	const facts = compileFacts(g);
	g.areas.forEach((area, a) => {
		if (area.children.length > 0 || area.parent < 0) return;
		table.months.forEach((_, m) => {
			const A = a * P + m;
			if (!hidden[A] || !isSensitive(table, g, A)) return;
			const best = cheapestCycle(table, g, hidden, facts, A, years[m]);
			for (const n of best?.nodes ?? []) hidden[n] = 1;
		});
	});
}

// A → 0 with its row moved to B (same month, sibling area), C (same area, month of the same year)
// taking it too and D (B's area, C's month) giving it up; or A → B outright when both years are hidden.
function cheapestCycle(
	table: ProtectedTable,
	g: GroupTable,
	hidden: Uint8Array,
	facts: ReturnType<typeof compileFacts>,
	A: number,
	year: number,
): Candidate | null {
	const P = table.periods.length;
	const a = Math.floor(A / P);
	const m = A % P;
	const row = columnValues(g, A);
	const months = table.periods[year].months.filter((k) => k !== m && g.exists[a * P + k]);
	let best: Candidate | null = null;
	for (const b of g.areas[g.areas[a].parent].children) {
		const B = b * P + m;
		if (b === a || !g.exists[B]) continue;
		const transfer = candidate(table, g, hidden, [B, a * P + year, b * P + year]);
		if (better(transfer, best)) best = transfer;
		for (const k of months) {
			const D = b * P + k;
			if (!g.exists[D] || !fitsRow(facts, g, D, row)) continue;
			const rectangle = candidate(table, g, hidden, [B, a * P + k, D]);
			if (better(rectangle, best)) best = rectangle;
			if (best!.cost === 0) return best;
		}
	}
	return best;
}

// A small municipality-year → 0 by moving each of its months to the same month of a sibling.
function protectLeafYears(table: ProtectedTable, g: GroupTable, hidden: Uint8Array) {
	const P = table.periods.length;
	g.areas.forEach((area, a) => {
		if (area.children.length > 0 || area.parent < 0) return;
		table.periods.forEach((period, y) => {
			if (period.kind !== 'year' || !hidden[a * P + y] || !isSensitive(table, g, a * P + y)) return;
			const moved = period.months.filter(
				(m) => g.exists[a * P + m] && columnValues(g, a * P + m).some((v) => v !== 0),
			);
			let best: Candidate | null = null;
			for (const b of g.areas[area.parent].children) {
				if (b === a || !moved.every((m) => g.exists[b * P + m])) continue;
				const strip = candidate(table, g, hidden, [
					b * P + y,
					...moved.flatMap((m) => [a * P + m, b * P + m]),
				]);
				if (better(strip, best)) best = strip;
			}
			for (const n of best?.nodes ?? []) hidden[n] = 1;
		});
	});
}
