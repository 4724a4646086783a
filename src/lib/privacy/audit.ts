import { explainRow, explainShown, nodeName } from './explain';
import { certifyTargets } from './certify';
import { blockLp, loadSolver, type BlockLp, type Solver } from './lp';
import { locate, type Publication } from './publication';
import { publishedPartsOf, reducePublication, type LinearRow, type LinearSystem, type TargetForm } from './reduce';

// The attacker: every published number is an equation, every count is ≥ 0, and the contract's
// rules hold; a protected count from 1 to the threshold is safe when the attacker's linear
// programme can move it to 0 or above the threshold (so its range is not one value and does not
// lie inside 1…threshold). Whole counts: an LP bound of 0.4 means at least 1.

const EPS = 1e-6;

/** A protected count an attacker can pin to a value, or to a range inside 1…threshold. */
export interface Leak {
	group: string;
	area: string;
	period: string;
	/** The column or complement (`ukp_stays_with_days` = stays − zero-day stays). */
	measure: string;
	/** The true count. */
	value: number;
	/** The whole numbers the attacker can prove it lies between. */
	interval: [number, number];
	/** The published numbers (and contract rules) that give it away, in words a person can check. */
	because: string[];
	/** The published nodes among them: hiding one of these is how to mend the leak. */
	published: NodeRef[];
}

/** A node of a group: an area and a period. */
export interface NodeRef {
	group: string;
	area: string;
	period: string;
}

export interface AuditResult {
	leaks: Leak[];
	/** Protected counts (columns and complements from 1 to the threshold) checked. */
	cellsChecked: number;
	/** Protected counts cleared by a checked move along the grid, without an LP. */
	certified: number;
	/** Independent blocks of hidden cells that needed an LP. */
	blocks: number;
	lpSolved: number;
	/** Wall time, when a clock was given. */
	seconds: number | null;
}

export interface AuditOptions {
	/** A loaded HiGHS; loaded once per process when left out. */
	solver?: Solver;
	/** A clock in milliseconds (e.g. `performance.now`), to report `seconds`; lib reads none itself. */
	clock?: () => number;
}

/**
 * Returns every protected count (each column and complement of each node, from 1 to the table's
 * threshold) that the publication gives away: published outright, or pinned by linear programming
 * over its equations with counts ≥ 0 and the contract's facts. Blocks of hidden cells that no
 * equation links are solved apart; in each, a few LPs that push all open counts down together (then
 * up) clear most of them, and only the rest get their own min and max. Leaks come with the
 * published numbers behind them. Asynchronous because HiGHS loads as WebAssembly.
 */
export async function auditPublication(pub: Publication, options: AuditOptions = {}): Promise<AuditResult> {
	const start = options.clock?.();
	const highs = options.solver ?? (await loadSolver());
	const system = reducePublication(pub);
	const leaks: Leak[] = [];
	// Published outright: nothing hidden is left in the count.
	for (const t of system.targets) if (t.vars.length === 0) leaks.push(leakOf(pub, t, [t.constant, t.constant], null));
	// Cleared by a checked move along the grid: no LP needed.
	const proven = certifyTargets(pub, system);
	const blocks = splitBlocks(system, (i) => proven[i] === 0);
	let lpSolved = 0;
	for (const block of blocks) {
		const lp = blockLp(highs, block.local, block.rows);
		try {
			const found = auditBlock(lp, block, pub.table.threshold);
			lpSolved += found.lpSolved;
			for (const f of found.leaks) leaks.push(leakOf(pub, f.target, f.interval, f.rows.map((r) => block.rows[r])));
		} finally {
			lp.dispose();
		}
	}
	const seconds = start === undefined ? null : (options.clock!() - start) / 1000;
	return { leaks, cellsChecked: system.targets.length, certified: proven.reduce((s, p) => s + p, 0), blocks: blocks.length, lpSolved, seconds };
}

/**
 * Returns the whole numbers an attacker can prove a count lies between (min and max by linear
 * programming over the publication; `Infinity` when nothing bounds it from above), for any node's
 * column or complement: `{ group: 'ukp', area: '5021', period: '2025-03', measure: 'ukp_stays' }`.
 */
export async function rangeOf(pub: Publication, ref: NodeRef & { measure: string }, options: AuditOptions = {}): Promise<[number, number]> {
	const { g, node } = locate(pub.table, ref.group, ref.area, ref.period);
	const measure = pub.table.groups[g].measures.findIndex((m) => m.id === ref.measure);
	if (measure < 0) throw new Error(`privacy: no measure ${ref.measure} in group ${ref.group}`);
	const system = reducePublication(pub, [{ group: g, node, measure }]);
	const target = system.targets[system.targets.length - 1];
	if (target.vars.length === 0) return [target.constant, target.constant];
	const block = splitBlocks({ ...system, targets: [target] }, () => true)[0];
	const lp = blockLp(options.solver ?? (await loadSolver()), block.local, block.rows);
	try {
		const [lo, hi] = [lp.solve(costOf(block, [target]), 'min'), lp.solve(costOf(block, [target]), 'max')];
		if (lo.status !== 'optimal' || hi.status === 'failed') throw new Error(`privacy: the range of ${ref.measure} ${ref.area} ${ref.period} could not be solved`);
		return [wholeAbove(lo.objective + target.constant), hi.status === 'unbounded' ? Infinity : wholeBelow(hi.objective + target.constant)];
	} finally {
		lp.dispose();
	}
}

interface Block {
	/** Variable id → LP column. */
	local: Map<number, number>;
	rows: LinearRow[];
	targets: TargetForm[];
}

// Connected components of hidden cells through equations, facts and the protected counts themselves.
function splitBlocks(system: LinearSystem, open: (target: number) => boolean): Block[] {
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
	system.targets.forEach((t, i) => t.vars.length > 0 && open(i) && blockOf(t.vars[0]).targets.push(t));
	const blocks = [...byRoot.values()];
	for (const row of system.rows) byRoot.get(find(row.vars[0]))?.rows.push(row);
	for (const b of blocks) for (const v of [...b.rows.flatMap((r) => r.vars), ...b.targets.flatMap((t) => t.vars)]) if (!b.local.has(v)) b.local.set(v, b.local.size);
	return blocks;
}

interface BlockLeak {
	target: TargetForm;
	interval: [number, number];
	/** Rows whose duals are not zero: the equations that bound it. */
	rows: number[];
}

function auditBlock(lp: BlockLp, block: Block, threshold: number): { leaks: BlockLeak[]; lpSolved: number } {
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
		if (hi.status === 'unbounded' || (hi.status === 'optimal' && hi.objective + t.constant >= threshold + 1 - EPS)) continue;
		leaks.push(leakIn(t, lo, hi));
	}
	return { leaks, lpSolved };
}

function leakIn(t: TargetForm, lo: ReturnType<BlockLp['solve']>, hi: ReturnType<BlockLp['solve']>): BlockLeak {
	const bound = (r: typeof lo, round: (x: number) => number) => (r.status === 'optimal' ? round(r.objective + t.constant) : t.value);
	const rows = new Set<number>();
	for (const r of [lo, hi]) if (r.status === 'optimal') r.duals.forEach((d, i) => Math.abs(d) > 1e-9 && rows.add(i));
	return { target: t, interval: [bound(lo, wholeAbove), bound(hi, wholeBelow)], rows: [...rows].sort((a, b) => a - b) };
}

// Counts are whole: an LP bound of 0.4 from below means at least 1 (and never −0).
const wholeAbove = (x: number) => Math.ceil(x - EPS) + 0;
const wholeBelow = (x: number) => Math.floor(x + EPS) + 0;

function costOf(block: Block, targets: readonly TargetForm[]): Float64Array {
	const cost = new Float64Array(block.local.size);
	for (const t of targets) t.vars.forEach((v, i) => (cost[block.local.get(v)!] += t.coefs[i]));
	return cost;
}

function valueAt(block: Block, t: TargetForm, x: Float64Array): number {
	let v = t.constant;
	t.vars.forEach((id, i) => (v += t.coefs[i] * x[block.local.get(id)!]));
	return v;
}

// `rows` null: published outright.
function leakOf(pub: Publication, t: TargetForm, interval: [number, number], rows: LinearRow[] | null): Leak {
	const g = pub.table.groups[t.group];
	const { area, period } = nodeName(pub.table, g, t.node);
	const because = rows ? rows.map((r) => explainRow(pub, r)) : explainShown(pub, t);
	const published = (rows ? publishedNodesOf(pub, rows) : shownNodesOf(pub, t)).map(({ group, node }) => {
		const n = nodeName(pub.table, pub.table.groups[group], node);
		return { group: pub.table.groups[group].spec.id, area: n.area.id, period: n.period.id };
	});
	return { group: g.spec.id, area: area.id, period: period.id, measure: g.measures[t.measure].id, value: t.value, interval, because, published };
}

function publishedNodesOf(pub: Publication, rows: LinearRow[]): { group: number; node: number }[] {
	return rows.flatMap((r) => {
		const s = r.source;
		if (s.kind !== 'sum') return [];
		return [s.node, ...publishedPartsOf(pub, s.group, s.column, s.node).map((p) => p.node)].map((node) => ({ group: s.group, node }));
	});
}

function shownNodesOf(pub: Publication, t: TargetForm): { group: number; node: number }[] {
	const g = pub.table.groups[t.group];
	return g.measures[t.measure].terms.flatMap(([c]) => {
		if (pub.shown[t.group][t.node * g.spec.columns.length + c]) return [{ group: t.group, node: t.node }];
		return publishedPartsOf(pub, t.group, c, t.node).map((p) => ({ group: t.group, node: p.node }));
	});
}
