import { fitsRow } from './grid';
import { moveChecker, tryMove, type MoveChecker, type Step } from './move-check';
import type { Publication } from './publication';
import type { LinearSystem, TargetForm } from './reduce';

// Most protected counts are safe for a reason one can check by hand: a point that satisfies every
// published equation and rule (the true counts, with rows moved around a rectangle of hidden cells)
// puts them at 0 or above the threshold. Such a point is a proof; checking it costs a few additions,
// so the LP is left for the counts no simple move clears. A move that fails proves nothing.

/** Rectangles tried per count before the LP takes over. */
const MAX_TRIES = 24;

/**
 * Returns, per target of the system, 1 when a move along the grid proves it safe: first whole rows
 * (one move clears every count of a node), then one count at a time, down to 0 or up past the
 * threshold, around a rectangle (sibling area × month of the same year) or to a sibling.
 */
export function certifyTargets(pub: Publication, system: LinearSystem): Uint8Array {
	const ctx = moveChecker(pub, system);
	const proven = new Uint8Array(system.targets.length);
	const tried = new Set<number>();
	system.targets.forEach((t, i) => {
		const key = t.node * pub.table.groups.length + t.group;
		if (proven[i] || t.vars.length === 0 || tried.has(key)) return;
		tried.add(key);
		certify(ctx, t, wholeRow(ctx, t), proven, i);
	});
	system.targets.forEach((t, i) => {
		if (proven[i] || t.vars.length === 0) return;
		for (const vector of countVectors(ctx, t)) if (certify(ctx, t, vector, proven, i)) return;
	});
	return proven;
}

/** What a move carries: per node of the target, a vector over the group's columns. */
type Vector = (node: number) => Float64Array;

// The node's whole row (its hidden columns): moving it clears every count of the node at once.
function wholeRow(ctx: MoveChecker, t: TargetForm): Vector {
	const group = ctx.pub.table.groups[t.group];
	const C = group.spec.columns.length;
	return (node) => {
		const v = new Float64Array(C);
		for (let c = 0; c < C; c++)
			if (ctx.varOf[ctx.offsets[t.group] + node * C + c] >= 0)
				v[c] = group.values[node * group.measures.length + c];
		return v;
	};
}

// One count: lower its first column by the count (to 0), or raise it past the threshold; for a
// complement, also raise (or lower) its second column instead.
function countVectors(ctx: MoveChecker, t: TargetForm): Vector[] {
	const group = ctx.pub.table.groups[t.group];
	const C = group.spec.columns.length;
	const M = group.measures.length;
	const [[plus], minus] = group.measures[t.measure].terms;
	const count = (node: number) =>
		group.values[node * M + plus] - (minus ? group.values[node * M + minus[0]] : 0);
	const along =
		(c: number, amount: (node: number) => number): Vector =>
		(node) => {
			const v = new Float64Array(C);
			v[c] = amount(node);
			return v;
		};
	const up = ctx.pub.table.threshold + 1 - t.value;
	const vectors = [along(plus, count), along(plus, () => -up)];
	if (minus)
		vectors.push(
			along(minus[0], (node) => -count(node)),
			along(minus[0], () => up),
		);
	return vectors;
}

// Tries the moves of a leaf month (rectangles, then to a sibling) or a leaf year (each month to a
// sibling's same month); true once target `goal` is cleared.
function certify(
	ctx: MoveChecker,
	t: TargetForm,
	vector: Vector,
	proven: Uint8Array,
	goal: number,
): boolean {
	const { table } = ctx.pub;
	const P = table.periods.length;
	const group = table.groups[t.group];
	const area = group.areas[Math.floor(t.node / P)];
	const kind = table.periods[t.node % P].kind;
	if (area.children.length > 0 || area.parent < 0 || kind === 'rolling12') return false;
	const siblings = group.areas[area.parent].children;
	const attempt = (steps: Step[]) => tryMove(ctx, t.group, steps, proven, goal);
	return kind === 'year'
		? strips(ctx, t, vector, siblings, attempt)
		: rectangles(ctx, t, vector(t.node), siblings, attempt);
}

// A → 0 (or past the threshold) with B (sibling, same month) and C (same area, a month of the same
// year) taking what A gives and D (B's area, C's month) giving it back; then A → B outright.
function rectangles(
	ctx: MoveChecker,
	t: TargetForm,
	v: Float64Array,
	siblings: readonly number[],
	attempt: (steps: Step[]) => boolean,
): boolean {
	const P = ctx.pub.table.periods.length;
	const group = ctx.pub.table.groups[t.group];
	const C = group.spec.columns.length;
	const [a, m] = [Math.floor(t.node / P), t.node % P];
	// The node has the cells the move changes hidden, and stays a possible row after it.
	const fits = (n: number, scale: number) => {
		if (group.exists[n] !== 1) return false;
		for (let c = 0; c < C; c++)
			if (v[c] !== 0 && ctx.varOf[ctx.offsets[t.group] + n * C + c] < 0) return false;
		return fitsRow(ctx.facts[t.group], group, n, v, scale);
	};
	if (!fits(t.node, 1)) return false;
	// C's months do not depend on B: checked once. After MAX_TRIES rectangles only A → B is left.
	const months = ctx.pub.table.periods[ctx.years[m]].months.filter(
		(k) => k !== m && fits(a * P + k, -1),
	);
	let tries = 0;
	for (const b of siblings) {
		if (tries >= MAX_TRIES) break;
		if (b === a || !fits(b * P + m, -1)) continue;
		for (const k of months) {
			if (!fits(b * P + k, 1)) continue;
			if (
				attempt([
					[t.node, v, -1],
					[b * P + m, v, 1],
					[a * P + k, v, 1],
					[b * P + k, v, -1],
				])
			)
				return true;
			if (++tries >= MAX_TRIES) break;
		}
	}
	return siblings.some(
		(b) =>
			b !== a &&
			fits(b * P + m, -1) &&
			attempt([
				[t.node, v, -1],
				[b * P + m, v, 1],
			]),
	);
}

// Each month of the year goes to the same month of a sibling whose year is hidden too (so only hidden
// years change and the cluster's year stays put): the first such sibling with that month hidden.
function strips(
	ctx: MoveChecker,
	t: TargetForm,
	vector: Vector,
	siblings: readonly number[],
	attempt: (steps: Step[]) => boolean,
): boolean {
	const { table } = ctx.pub;
	const P = table.periods.length;
	const group = table.groups[t.group];
	const C = group.spec.columns.length;
	const [a, y] = [Math.floor(t.node / P), t.node % P];
	const hidden = (node: number, v: Float64Array) =>
		v.every((x, c) => x === 0 || ctx.pub.shown[t.group][node * C + c] === 0);
	const steps: Step[] = [];
	for (const m of table.periods[y].months) {
		const v = vector(a * P + m);
		if (v.every((x) => x === 0)) continue;
		if (v.some((x) => x < 0) || !fitsRow(ctx.facts[t.group], group, a * P + m, v)) return false; // down only
		const b = siblings.find(
			(b) => b !== a && group.exists[b * P + m] && hidden(b * P + y, v) && hidden(b * P + m, v),
		);
		if (b === undefined) return false;
		steps.push([a * P + m, v, -1], [b * P + m, v, 1]);
	}
	return steps.length > 0 && attempt(steps);
}
