import { auditBlock, costOf, splitBlocks, wholeAbove, wholeBelow } from './blocks';
import { certifyTargets } from './certify';
import { leakOf, nodeName, type Leak, type NodeRef } from './explain';

export type { Leak, NodeRef } from './explain';
import { blockLp, loadSolver, type Solver } from './lp';
import { locate, type Publication } from './publication';
import { reducePublication, type TargetForm } from './reduce';

// The attacker: every published number is an equation, every count is ≥ 0, and the contract's
// rules hold; a protected count from 1 to the threshold is safe when the attacker's linear
// programme can move it to 0 or above the threshold (so its range is not one value and does not
// lie inside 1…threshold). Whole counts: an LP bound of 0.4 means at least 1.

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
	/** Check only these counts (a re-check after hiding more: what was safe stays safe). */
	only?: readonly CountRef[];
}

/** A protected count: a node's column or complement. */
export type CountRef = NodeRef & { measure: string };

/**
 * Returns every protected count (each column and complement of each node, from 1 to the table's
 * threshold) that the publication gives away: published outright, or pinned by linear programming
 * over its equations with counts ≥ 0 and the contract's facts. Blocks of hidden cells that no
 * equation links are solved apart; in each, a few LPs that push all open counts down together (then
 * up) clear most of them, and only the rest get their own min and max. Leaks come with the
 * published numbers behind them. Asynchronous because HiGHS loads as WebAssembly.
 */
export async function auditPublication(
	pub: Publication,
	options: AuditOptions = {},
): Promise<AuditResult> {
	const start = options.clock?.();
	const highs = options.solver ?? (await loadSolver());
	const system = reducePublication(pub);
	if (options.only) system.targets = system.targets.filter(among(pub, options.only));
	const leaks: Leak[] = [];
	// Published outright: nothing hidden is left in the count.
	for (const t of system.targets)
		if (t.vars.length === 0) leaks.push(leakOf(pub, t, [t.constant, t.constant], null));
	// Cleared by a checked move along the grid: no LP needed.
	const proven = certifyTargets(pub, system);
	const blocks = splitBlocks(system, (i) => proven[i] === 0);
	let lpSolved = 0;
	for (const block of blocks) {
		const lp = blockLp(highs, block.local, block.rows);
		try {
			const found = auditBlock(lp, block, pub.table.threshold);
			lpSolved += found.lpSolved;
			for (const f of found.leaks)
				leaks.push(
					leakOf(
						pub,
						f.target,
						f.interval,
						f.rows.map((r) => block.rows[r]),
					),
				);
		} finally {
			lp.dispose();
		}
	}
	const seconds = start === undefined ? null : (options.clock!() - start) / 1000;
	return {
		leaks,
		cellsChecked: system.targets.length,
		certified: proven.reduce((s, p) => s + p, 0),
		blocks: blocks.length,
		lpSolved,
		seconds,
	};
}

/**
 * Returns the whole numbers an attacker can prove a count lies between (min and max by linear
 * programming over the publication; `Infinity` when nothing bounds it from above), for any node's
 * column or complement: `{ group: 'ukp', area: '5021', period: '2025-03', measure: 'ukp_stays' }`.
 */
export async function rangeOf(
	pub: Publication,
	ref: CountRef,
	options: AuditOptions = {},
): Promise<[number, number]> {
	const { g, node } = locate(pub.table, ref.group, ref.area, ref.period);
	const measure = pub.table.groups[g].measures.findIndex((m) => m.id === ref.measure);
	if (measure < 0) throw new Error(`privacy: no measure ${ref.measure} in group ${ref.group}`);
	const system = reducePublication(pub, [{ group: g, node, measure }]);
	const target = system.targets[system.targets.length - 1];
	if (target.vars.length === 0) return [target.constant, target.constant];
	const block = splitBlocks({ ...system, targets: [target] }, () => true)[0];
	const lp = blockLp(options.solver ?? (await loadSolver()), block.local, block.rows);
	try {
		const [lo, hi] = [
			lp.solve(costOf(block, [target]), 'min'),
			lp.solve(costOf(block, [target]), 'max'),
		];
		if (lo.status !== 'optimal' || hi.status === 'failed')
			throw new Error(
				`privacy: the range of ${ref.measure} ${ref.area} ${ref.period} could not be solved`,
			);
		return [
			wholeAbove(lo.objective + target.constant),
			hi.status === 'unbounded' ? Infinity : wholeBelow(hi.objective + target.constant),
		];
	} finally {
		lp.dispose();
	}
}

function among(pub: Publication, refs: readonly CountRef[]): (t: TargetForm) => boolean {
	const keys = new Set(refs.map((r) => `${r.group}|${r.area}|${r.period}|${r.measure}`));
	return (t) => {
		const g = pub.table.groups[t.group];
		const { area, period } = nodeName(pub.table, g, t.node);
		return keys.has(`${g.spec.id}|${area.id}|${period.id}|${g.measures[t.measure].id}`);
	};
}
