import highsLoader, { type Highs, type Model } from 'highs';
import type { LinearRow } from './reduce';

// One block of the attacker's system as a HiGHS model (WebAssembly), kept in memory so that each
// new objective re-solves from the last basis instead of parsing LP text again.

export type Solver = Highs;

let loading: Promise<Highs> | undefined;

/** Returns the HiGHS solver, loaded once per process (asynchronous: it compiles WebAssembly). */
export function loadSolver(): Promise<Highs> {
	return (loading ??= highsLoader());
}

/** An optimum with its point and the row duals (which equations bind), or why there is none. */
export type LpResult =
	| { status: 'optimal'; objective: number; x: Float64Array; duals: Float64Array }
	| { status: 'unbounded' }
	| { status: 'failed'; message: string };

/** A block's LP: variables ≥ 0 (local indices), rows as given. */
export interface BlockLp {
	/** Returns the min or max of Σ cost[i] × x[i] over the block's feasible counts. */
	solve(cost: Float64Array, sense: 'min' | 'max'): LpResult;
	dispose(): void;
}

/** Returns the LP of a block: `local` maps a variable id to its column; rows use variable ids. */
export function blockLp(
	highs: Highs,
	local: ReadonlyMap<number, number>,
	rows: readonly LinearRow[],
): BlockLp {
	const n = local.size;
	const bound = (x: number) =>
		x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x;
	const model = highs.createModel({
		numCols: n,
		numRows: rows.length,
		colCost: new Float64Array(n),
		colLower: new Float64Array(n),
		colUpper: new Float64Array(n).fill(highs.infinity),
		rowLower: rows.map((r) => bound(r.lower)),
		rowUpper: rows.map((r) => bound(r.upper)),
		matrix: { format: 'csr', numRows: rows.length, numCols: n, ...matrixOf(local, rows) },
	});
	model.options.set({ output_flag: false, presolve: 'off' }); // presolve costs more than it saves on these small, repeated LPs
	let solved = false;
	const solve = (cost: Float64Array, sense: 'min' | 'max') => {
		const result = solveModel(highs, model, cost, sense);
		if (!solved) model.options.set({ simplex_strategy: PRIMAL_SIMPLEX });
		solved = true;
		return result;
	};
	return { solve, dispose: () => model.dispose() };
}

// The first solve starts from nothing, where dual simplex is quickest. A new objective leaves the
// last basis feasible but not optimal, which is where primal simplex starts and dual simplex has to
// start over: at national scale the re-solves of a block take a tenth of the time with primal.
const PRIMAL_SIMPLEX = 4;

function solveModel(
	highs: Highs,
	model: Model,
	cost: Float64Array,
	sense: 'min' | 'max',
): LpResult {
	model.changeColsCost({ kind: 'range', from: 0, to: cost.length - 1 }, cost);
	model.changeObjectiveSense(
		highs.constants.objectiveSense[sense === 'min' ? 'minimize' : 'maximize'],
	);
	model.run();
	const status = model.getModelStatus();
	const s = highs.constants.modelStatus;
	if (status === s.optimal) {
		const solution = model.getSolution();
		return {
			status: 'optimal',
			objective: model.getObjectiveValue(),
			x: solution.colValue,
			duals: solution.rowDual,
		};
	}
	if (status === s.unbounded || status === s.unboundedOrInfeasible) return { status: 'unbounded' };
	return { status: 'failed', message: `HiGHS model status ${status}` };
}

// Compressed rows; HiGHS refuses a row that names a column twice (a cell twice in a fact), so such
// coefficients are added up.
function matrixOf(local: ReadonlyMap<number, number>, rows: readonly LinearRow[]) {
	const starts = [0];
	const indices: number[] = [];
	const values: number[] = [];
	for (const row of rows) {
		const at = new Map<number, number>();
		row.vars.forEach((v, i) => {
			const col = local.get(v)!;
			const k = at.get(col);
			if (k !== undefined) values[k] += row.coefs[i];
			else (at.set(col, indices.push(col) - 1), values.push(row.coefs[i]));
		});
		starts.push(indices.length);
	}
	return { starts, indices, values };
}
