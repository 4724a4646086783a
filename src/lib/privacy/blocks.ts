import type { BlockLp } from './lp';
import type { LinearRow, LinearSystem, TargetForm } from './reduce';

// The attacker's system falls apart into blocks of hidden cells that no equation links; each is an
// LP of its own. In a block, a few LPs that push every open count down together (then up) clear
// most of them; only the rest get their own min and max, whose duals name the equations that bind.

const EPS = 1e-6;

/** A block: its variables (id → LP column), the rows over them and the protected counts in it. */
export interface Block {
	/** Variable id → LP column. */
	local: Map<number, number>;
	rows: LinearRow[];
	targets: TargetForm[];
}

/** Returns the blocks that hold an open target (`open(i)` for target i), with their rows. */
export function splitBlocks(system: LinearSystem, open: (target: number) => boolean): Block[] {
	const parent = new Int32Array(system.cells.length).map((_, i) => i);
	const find = (v: number): number => {
		while (parent[v] !== v) v = parent[v] = parent[parent[v]];
		return v;
	};
	const link = (vars: readonly number[]) => {
		for (let i = 1; i < vars.length; i++) parent[find(vars[i])] = find(vars[0]);
	};
	for (const row of system.rows) link(row.vars);
	for (const t of system.targets) link(t.vars);
	const byRoot = new Map<number, Block>();
	const blockOf = (v: number) => {
		const root = find(v);
		let b = byRoot.get(root);
		if (!b) byRoot.set(root, (b = { local: new Map(), rows: [], targets: [] }));
		return b;
	};
	system.targets.forEach(
		(t, i) => t.vars.length > 0 && open(i) && blockOf(t.vars[0]).targets.push(t),
	);
	const blocks = [...byRoot.values()];
	for (const row of system.rows) byRoot.get(find(row.vars[0]))?.rows.push(row);
	for (const b of blocks)
		for (const v of [...b.rows.flatMap((r) => r.vars), ...b.targets.flatMap((t) => t.vars)])
			if (!b.local.has(v)) b.local.set(v, b.local.size);
	return blocks;
}

/** A count the block pins: its whole-number range and the rows whose duals are not zero. */
export interface BlockLeak {
	target: TargetForm;
	interval: [number, number];
	/** Rows whose duals are not zero: the equations that bound it. */
	rows: number[];
}

/** Returns the counts of a block an attacker can pin into 1…threshold, and how many LPs it took. */
export function auditBlock(
	lp: BlockLp,
	block: Block,
	threshold: number,
): { leaks: BlockLeak[]; lpSolved: number } {
	let lpSolved = 0;
	const solve = (targets: readonly TargetForm[], sense: 'min' | 'max') => {
		lpSolved++;
		return lp.solve(costOf(block, targets), sense);
	};
	let open = block.targets;
	// Together: one point where many counts are 0 (or above the threshold) clears them all.
	for (const [sense, cleared] of [
		['min', (v: number) => v <= EPS],
		['max', (v: number) => v >= threshold + 1 - EPS],
	] as const) {
		while (open.length > 0) {
			const r = solve(open, sense);
			if (r.status !== 'optimal') break;
			const next = open.filter((t) => !cleared(valueAt(block, t, r.x)));
			if (next.length === open.length) break;
			open = next;
		}
	}
	const leaks: BlockLeak[] = [];
	for (const t of open) {
		const lo = solve([t], 'min');
		if (lo.status === 'optimal' && lo.objective + t.constant <= EPS) continue;
		const hi = solve([t], 'max');
		if (
			hi.status === 'unbounded' ||
			(hi.status === 'optimal' && hi.objective + t.constant >= threshold + 1 - EPS)
		)
			continue;
		leaks.push(leakIn(t, lo, hi));
	}
	return { leaks, lpSolved };
}

function leakIn(
	t: TargetForm,
	lo: ReturnType<BlockLp['solve']>,
	hi: ReturnType<BlockLp['solve']>,
): BlockLeak {
	const bound = (r: typeof lo, round: (x: number) => number) =>
		r.status === 'optimal' ? round(r.objective + t.constant) : t.value;
	const rows = new Set<number>();
	for (const r of [lo, hi])
		if (r.status === 'optimal') r.duals.forEach((d, i) => Math.abs(d) > 1e-9 && rows.add(i));
	return {
		target: t,
		interval: [bound(lo, wholeAbove), bound(hi, wholeBelow)],
		rows: [...rows].sort((a, b) => a - b),
	};
}

// Counts are whole: an LP bound of 0.4 from below means at least 1 (and never −0).
export const wholeAbove = (x: number) => Math.ceil(x - EPS) + 0;
export const wholeBelow = (x: number) => Math.floor(x + EPS) + 0;

/** Returns the LP objective Σ of the targets' forms over a block's columns. */
export function costOf(block: Block, targets: readonly TargetForm[]): Float64Array {
	const cost = new Float64Array(block.local.size);
	for (const t of targets) t.vars.forEach((v, i) => (cost[block.local.get(v)!] += t.coefs[i]));
	return cost;
}

function valueAt(block: Block, t: TargetForm, x: Float64Array): number {
	let v = t.constant;
	t.vars.forEach((id, i) => (v += t.coefs[i] * x[block.local.get(id)!]));
	return v;
}
