import { compileFacts, yearPeriods } from './grid';
import type { Publication } from './publication';
import { cellOffsets, type LinearSystem } from './reduce';

// Checks a move: a change of some hidden cells that must keep every cell ≥ 0 and every published
// equation and contract fact at its value, starting from the true counts (which satisfy them all).
// The moved point is then a feasible point, and every protected count it puts at 0 or past the
// threshold is proven safe. Flat arrays and stamps, as a move is checked some million times.

const EPS = 1e-6;

/** A node, the vector over the group's columns, and whether the node gives it (−1) or takes it (1). */
export type Step = [node: number, vector: Float64Array, scale: number];

/** What checking moves needs: the system, where each cell's variable is, and scratch space. */
export type MoveChecker = ReturnType<typeof moveChecker>;

/** Returns a checker of moves over a publication's reduced system. */
export function moveChecker(pub: Publication, system: LinearSystem) {
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

/**
 * Returns true when the move is feasible and clears target `goal`; marks every target it clears in
 * `proven`. A move that changes a published cell is not feasible.
 */
export function tryMove(
	ctx: MoveChecker,
	g: number,
	steps: readonly Step[],
	proven: Uint8Array,
	goal: number,
): boolean {
	const ok = setDelta(ctx, g, steps) && feasible(ctx) && clear(ctx, proven, goal);
	resetDelta(ctx);
	return ok;
}

/** Variable → the rows (or targets) it is in and its coefficient there: `items[start[v]…start[v + 1]]`. */
interface Incidence {
	start: Int32Array;
	items: Int32Array;
	coefs: Float64Array;
}

function invert(
	count: number,
	rows: readonly { vars: readonly number[]; coefs: readonly number[] }[],
): Incidence {
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

// Records the change of each hidden cell; false when the move would change a published cell.
function setDelta(ctx: MoveChecker, g: number, steps: readonly Step[]): boolean {
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

function resetDelta(ctx: MoveChecker) {
	for (const v of ctx.touched) ctx.delta[v] = 0;
	ctx.touched.length = 0;
}

// Every cell stays ≥ 0 and every row it reaches keeps its published value (or range).
function feasible(ctx: MoveChecker): boolean {
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

function rowTruth(ctx: MoveChecker, r: number): number {
	if (Number.isNaN(ctx.rowTruth[r])) {
		const row = ctx.system.rows[r];
		let value = 0;
		for (let i = 0; i < row.vars.length; i++) value += row.coefs[i] * ctx.truth[row.vars[i]];
		ctx.rowTruth[r] = value;
	}
	return ctx.rowTruth[r];
}

// Marks every target the moved point puts at 0 or past the threshold; true when `goal` is among them.
function clear(ctx: MoveChecker, proven: Uint8Array, goal: number): boolean {
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
