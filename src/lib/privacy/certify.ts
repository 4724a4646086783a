import { compileFacts, fitsRow, yearPeriods } from './grid';
import type { Publication } from './publication';
import { cellOffsets, type LinearSystem, type TargetForm } from './reduce';

// Most protected counts are safe for a reason one can check by hand: a point that satisfies every
// published equation and rule (the true counts, with rows moved around a rectangle of hidden cells)
// puts them at 0 or above the threshold. Such a point is a proof; checking it costs a few additions,
// so the LP is left for the counts no simple move clears. A move that fails proves nothing.

const EPS = 1e-6;
const MAX_TRIES = 24;

/**
 * Returns, per target of the system, 1 when a move along the grid proves it safe: first whole rows
 * (one move clears every count of a node), then one count at a time, down to 0 or up past the
 * threshold, around a rectangle (sibling area × month of the same year) or to a sibling.
 */
export function certifyTargets(pub: Publication, system: LinearSystem): Uint8Array {
	const ctx = context(pub, system);
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

/** Returns the true count of each variable (hidden cell) of a system. */
export function cellTruth(pub: Publication, system: LinearSystem): Float64Array {
	const offsets = cellOffsets(pub);
	return Float64Array.from(system.cells, (cell) => {
		const g = offsets.findIndex((o, i) => cell >= o && cell < offsets[i + 1]);
		const group = pub.table.groups[g];
		const C = group.spec.columns.length;
		const local = cell - offsets[g];
		return group.values[Math.floor(local / C) * group.measures.length + (local % C)];
	});
}

type Context = ReturnType<typeof context>;

/** What a move carries: per node of the target, a vector over the group's columns. */
type Vector = (node: number) => Float64Array;

/** A node, the vector, and whether the node gives it (−1) or takes it (1). */
type Step = [node: number, vector: Float64Array, scale: number];

function context(pub: Publication, system: LinearSystem) {
	const offsets = cellOffsets(pub);
	const varOf = new Int32Array(offsets[offsets.length - 1]).fill(-1);
	system.cells.forEach((cell, v) => (varOf[cell] = v));
	return {
		pub,
		system,
		offsets,
		varOf,
		truth: cellTruth(pub, system),
		rowsOf: invert(system.cells.length, system.rows),
		targetsOf: invert(system.cells.length, system.targets),
		rowTruth: new Float64Array(system.rows.length).fill(NaN),
		years: yearPeriods(pub.table),
		facts: pub.table.groups.map(compileFacts),
		// The move being checked: its change per variable and the variables it touches; the change
		// of each row and target it reaches, and stamps so each is reset once per move.
		delta: new Float64Array(system.cells.length),
		touched: [] as number[],
		rowChange: new Float64Array(system.rows.length),
		rowStamp: new Int32Array(system.rows.length),
		targetChange: new Float64Array(system.targets.length),
		targetStamp: new Int32Array(system.targets.length),
		reached: [] as number[],
		stamp: 0,
	};
}

/** Variable → the rows (or targets) it is in and its coefficient there: `items[start[v]…start[v + 1]]`. */
interface Incidence {
	start: Int32Array;
	items: Int32Array;
	coefs: Float64Array;
}

function invert(count: number, rows: readonly { vars: readonly number[]; coefs: readonly number[] }[]): Incidence {
	const start = new Int32Array(count + 1);
	for (const row of rows) for (const v of row.vars) start[v + 1]++;
	for (let v = 0; v < count; v++) start[v + 1] += start[v];
	const items = new Int32Array(start[count]);
	const coefs = new Float64Array(start[count]);
	const fill = start.slice(0, count);
	rows.forEach((row, i) => {
		row.vars.forEach((v, k) => {
			items[fill[v]] = i;
			coefs[fill[v]++] = row.coefs[k];
		});
	});
	return { start, items, coefs };
}

// The node's whole row (its hidden columns): moving it clears every count of the node at once.
function wholeRow(ctx: Context, t: TargetForm): Vector {
	const group = ctx.pub.table.groups[t.group];
	const C = group.spec.columns.length;
	return (node) => {
		const v = new Float64Array(C);
		for (let c = 0; c < C; c++) if (ctx.varOf[ctx.offsets[t.group] + node * C + c] >= 0) v[c] = group.values[node * group.measures.length + c];
		return v;
	};
}

// One count: lower its first column by the count (to 0), or raise it past the threshold; for a
// complement, also raise (or lower) its second column instead.
function countVectors(ctx: Context, t: TargetForm): Vector[] {
	const group = ctx.pub.table.groups[t.group];
	const C = group.spec.columns.length;
	const M = group.measures.length;
	const [[plus], minus] = group.measures[t.measure].terms;
	const count = (node: number) => group.values[node * M + plus] - (minus ? group.values[node * M + minus[0]] : 0);
	const along = (c: number, amount: (node: number) => number): Vector => (node) => {
		const v = new Float64Array(C);
		v[c] = amount(node);
		return v;
	};
	const up = ctx.pub.table.threshold + 1 - t.value;
	const vectors = [along(plus, count), along(plus, () => -up)];
	if (minus) vectors.push(along(minus[0], (node) => -count(node)), along(minus[0], () => up));
	return vectors;
}

// Tries the moves of a leaf month (rectangles, then to a sibling) or a leaf year (each month to a
// sibling's same month); true once target `goal` is cleared.
function certify(ctx: Context, t: TargetForm, vector: Vector, proven: Uint8Array, goal: number): boolean {
	const { table } = ctx.pub;
	const P = table.periods.length;
	const group = table.groups[t.group];
	const a = Math.floor(t.node / P);
	const period = table.periods[t.node % P];
	const area = group.areas[a];
	if (area.children.length > 0 || area.parent < 0 || (period.kind !== 'month' && period.kind !== 'year')) return false;
	const siblings = group.areas[area.parent].children;
	const attempt = (steps: Step[]) => {
		const ok = setDelta(ctx, t.group, steps) && feasible(ctx) && clear(ctx, proven, goal);
		resetDelta(ctx);
		return ok;
	};
	if (period.kind === 'year') return strips(ctx, t, vector, siblings, attempt);
	const v = vector(t.node);
	const C = group.spec.columns.length;
	// The node has the cells the move changes hidden, and stays a possible row after it.
	const fits = (n: number, scale: number) => {
		if (group.exists[n] !== 1) return false;
		for (let c = 0; c < C; c++) if (v[c] !== 0 && ctx.varOf[ctx.offsets[t.group] + n * C + c] < 0) return false;
		return fitsRow(ctx.facts[t.group], group, n, v, scale);
	};
	if (!fits(t.node, 1)) return false;
	const m = t.node % P;
	let tries = 0;
	for (const b of siblings) {
		if (b === a || !fits(b * P + m, -1)) continue;
		for (const k of table.periods[ctx.years[m]].months) {
			if (k === m || !fits(a * P + k, -1) || !fits(b * P + k, 1) || tries++ >= MAX_TRIES) continue;
			if (attempt([[t.node, v, -1], [b * P + m, v, 1], [a * P + k, v, 1], [b * P + k, v, -1]])) return true;
		}
	}
	for (const b of siblings) if (b !== a && fits(b * P + m, -1) && attempt([[t.node, v, -1], [b * P + m, v, 1]])) return true;
	return false;
}

// Each month of the year goes to the same month of a sibling whose year is hidden too (so only hidden
// years change and the cluster's year stays put): the first such sibling with that month hidden.
function strips(ctx: Context, t: TargetForm, vector: Vector, siblings: readonly number[], attempt: (steps: Step[]) => boolean): boolean {
	const { table } = ctx.pub;
	const P = table.periods.length;
	const group = table.groups[t.group];
	const C = group.spec.columns.length;
	const [a, y] = [Math.floor(t.node / P), t.node % P];
	const hidden = (node: number, v: Float64Array) => v.every((x, c) => x === 0 || ctx.pub.shown[t.group][node * C + c] === 0);
	const steps: Step[] = [];
	for (const m of table.periods[y].months) {
		const v = vector(a * P + m)!;
		if (v.every((x) => x === 0)) continue;
		if (v.some((x) => x < 0) || !fitsRow(ctx.facts[t.group], group, a * P + m, v)) return false; // down only
		const b = siblings.find((b) => b !== a && group.exists[b * P + m] && hidden(b * P + y, v) && hidden(b * P + m, v));
		if (b === undefined) return false;
		steps.push([a * P + m, v, -1], [b * P + m, v, 1]);
	}
	return steps.length > 0 && attempt(steps);
}

// Records the change of each hidden cell; false when the move would change a published cell.
function setDelta(ctx: Context, g: number, steps: readonly Step[]): boolean {
	const C = ctx.pub.table.groups[g].spec.columns.length;
	ctx.stamp++;
	for (const [node, vector, scale] of steps) {
		for (let c = 0; c < C; c++) {
			if (vector[c] === 0) continue;
			const v = ctx.varOf[ctx.offsets[g] + node * C + c];
			if (v < 0) return false;
			if (ctx.delta[v] === 0) ctx.touched.push(v);
			ctx.delta[v] += scale * vector[c];
		}
	}
	return true;
}

function resetDelta(ctx: Context) {
	for (const v of ctx.touched) ctx.delta[v] = 0;
	ctx.touched.length = 0;
}

// Every cell stays ≥ 0 and every row it reaches keeps its published value (or range).
function feasible(ctx: Context): boolean {
	const { rowsOf, rows } = { rowsOf: ctx.rowsOf, rows: ctx.system.rows };
	ctx.reached.length = 0;
	for (const v of ctx.touched) {
		if (ctx.truth[v] + ctx.delta[v] < -EPS) return false;
		for (let k = rowsOf.start[v]; k < rowsOf.start[v + 1]; k++) {
			const r = rowsOf.items[k];
			if (ctx.rowStamp[r] !== ctx.stamp) {
				ctx.rowStamp[r] = ctx.stamp;
				ctx.rowChange[r] = 0;
				ctx.reached.push(r);
			}
			ctx.rowChange[r] += rowsOf.coefs[k] * ctx.delta[v];
		}
	}
	for (const r of ctx.reached) {
		if (Math.abs(ctx.rowChange[r]) <= EPS) continue;
		const value = rowTruth(ctx, r) + ctx.rowChange[r];
		if (value < rows[r].lower - EPS || value > rows[r].upper + EPS) return false;
	}
	return true;
}

function rowTruth(ctx: Context, r: number): number {
	if (Number.isNaN(ctx.rowTruth[r])) {
		const row = ctx.system.rows[r];
		let value = 0;
		for (let i = 0; i < row.vars.length; i++) value += row.coefs[i] * ctx.truth[row.vars[i]];
		ctx.rowTruth[r] = value;
	}
	return ctx.rowTruth[r];
}

// Marks every target the moved point puts at 0 or past the threshold; true when `goal` is among them.
function clear(ctx: Context, proven: Uint8Array, goal: number): boolean {
	const { targetsOf } = ctx;
	ctx.reached.length = 0;
	for (const v of ctx.touched) {
		for (let k = targetsOf.start[v]; k < targetsOf.start[v + 1]; k++) {
			const i = targetsOf.items[k];
			if (ctx.targetStamp[i] !== ctx.stamp) {
				ctx.targetStamp[i] = ctx.stamp;
				ctx.targetChange[i] = 0;
				ctx.reached.push(i);
			}
			ctx.targetChange[i] += targetsOf.coefs[k] * ctx.delta[v];
		}
	}
	const limit = ctx.pub.table.threshold + 1 - EPS;
	for (const i of ctx.reached) {
		const value = ctx.system.targets[i].value + ctx.targetChange[i];
		if (value <= EPS || value >= limit) proven[i] = 1;
	}
	return proven[goal] === 1;
}
