import { compileFacts, decompositionsOf } from './grid';
import { locate, type Publication } from './publication';

// The publication as a linear system over its hidden cells only. A published cell is a constant.
// A published total is replaced by what it adds to the published numbers below it: the total minus
// its published parts, over the hidden cells left (of the split with fewest). Given the parts'
// own equations that says the same, and it keeps independent blocks apart: a published month of
// the whole helsefellesskap whose clusters are all published adds nothing and links nothing.

/** Where an equation comes from, to name it in a leak's explanation. */
export type RowSource =
	| { kind: 'sum'; group: number; column: number; node: number }
	| { kind: 'fact'; group: number; node: number; fact: number }
	| { kind: 'extra'; index: number };

/** lower ≤ Σ coefficient × variable ≤ upper, over hidden cells. */
export interface LinearRow {
	vars: number[];
	coefs: number[];
	lower: number;
	upper: number;
	source: RowSource;
}

/** A protected quantity (a node's column or complement from 1 to the threshold) as constant + Σ coefficient × variable. */
export interface TargetForm {
	group: number;
	node: number;
	measure: number;
	value: number;
	vars: number[];
	coefs: number[];
	constant: number;
}

/** The system an attacker solves: variables are hidden cells (counts ≥ 0). */
export interface LinearSystem {
	/** The cell id of each variable (see {@link cellId}). */
	cells: number[];
	rows: LinearRow[];
	targets: TargetForm[];
}

/** Returns the id of a cell: group offset + node × columns + column. */
export function cellId(pub: Publication, g: number, node: number, column: number): number {
	return cellOffsets(pub)[g] + node * pub.table.groups[g].spec.columns.length + column;
}

/** Returns the first cell id of each group, and after the last, the number of ids. */
export function cellOffsets(pub: Publication): number[] {
	const out = [0];
	for (const g of pub.table.groups) out.push(out[out.length - 1] + g.exists.length * g.spec.columns.length);
	return out;
}

/**
 * Returns the linear system of a publication: one row per published total that says more than its
 * published parts, one per contract fact of a row with hidden cells, one per extra equation with a
 * hidden cell; and every protected quantity, reduced the same way (no variables: published outright),
 * followed by the quantities named in `also` whatever their value.
 */
export function reducePublication(pub: Publication, also: readonly { group: number; node: number; measure: number }[] = []): LinearSystem {
	const reducer = makeReducer(pub);
	const rows: LinearRow[] = [];
	const targets: TargetForm[] = [];
	pub.table.groups.forEach((_, g) => {
		sumRows(pub, reducer, g, rows);
		factRows(pub, reducer, g, rows);
		targetForms(pub, reducer, g, targets);
	});
	for (const { group, node, measure } of also) targets.push(targetForm(pub, reducer, group, node, measure));
	pub.extra.forEach((e, index) => {
		const form = newForm();
		for (const [ref, coef] of e.terms) {
			const { g, node } = locate(pub.table, ref.group, ref.area, ref.month);
			reducer.add(form, g, pub.table.groups[g].spec.columns.indexOf(ref.column), node, coef);
		}
		if (form.vars.length > 0) rows.push({ ...form, lower: e.lower - form.constant, upper: e.upper - form.constant, source: { kind: 'extra', index } });
	});
	return { cells: reducer.cells, rows, targets };
}

/** Returns the published sums a published total was reduced by (node and value), for explanations. */
export function publishedPartsOf(pub: Publication, g: number, column: number, node: number): { node: number; value: number }[] {
	const trace: { node: number; value: number }[] = [];
	makeReducer(pub, trace).split(g, column, node);
	return trace;
}

interface Form {
	vars: number[];
	coefs: number[];
	constant: number;
}

const newForm = (): Form => ({ vars: [], coefs: [], constant: 0 });

type Reducer = ReturnType<typeof makeReducer>;

function makeReducer(pub: Publication, trace?: { node: number; value: number }[]) {
	const { table } = pub;
	const P = table.periods.length;
	const offsets = cellOffsets(pub);
	const cells: number[] = [];
	const varOf = new Map<number, number>();
	const memo = table.groups.map(() => new Map<number, Form>());
	const monthly = table.periods.map((p) => p.kind === 'month');
	const leaves = table.groups.map((g) => g.areas.map((a) => a.children.length === 0));
	const isLeafMonth = (g: number, node: number) => monthly[node % P] && leaves[g][Math.floor(node / P)];
	const value = (g: number, node: number, column: number) => table.groups[g].values[node * table.groups[g].measures.length + column];
	const shown = (g: number, node: number, column: number) => pub.shown[g][node * table.groups[g].spec.columns.length + column] === 1;
	const variable = (cell: number) => {
		let v = varOf.get(cell);
		if (v === undefined) varOf.set(cell, (v = cells.push(cell) - 1));
		return v;
	};
	// coefficient × the node's column, into a form: a constant if shown, else its hidden cells.
	const add = (form: Form, g: number, column: number, node: number, coef: number) => {
		if (shown(g, node, column)) {
			trace?.push({ node, value: value(g, node, column) });
			form.constant += coef * value(g, node, column);
		} else if (isLeafMonth(g, node)) {
			form.vars.push(variable(offsets[g] + node * table.groups[g].spec.columns.length + column));
			form.coefs.push(coef);
		} else {
			const r = hiddenTotal(g, column, node);
			form.constant += coef * r.constant;
			for (const v of r.vars) form.vars.push(v), form.coefs.push(coef);
		}
	};
	// Of the ways to split the node, the one that leaves the fewest hidden cells (and its trace).
	const split = (g: number, column: number, node: number, ways = decompositionsOf(table, table.groups[g], node)): Form => {
		let best: Form | null = null;
		let bestTrace: { node: number; value: number }[] = [];
		const start = trace?.length ?? 0;
		for (const d of ways) {
			const form = newForm();
			for (const part of d.parts) add(form, g, column, part, 1);
			const mine = trace ? trace.splice(start) : [];
			if (best === null || form.vars.length < best.vars.length) [best, bestTrace] = [form, mine];
		}
		trace?.push(...bestTrace);
		return best ?? newForm();
	};
	const hiddenTotal = (g: number, column: number, node: number): Form => {
		if (trace) return split(g, column, node);
		const key = node * table.groups[g].spec.columns.length + column;
		let r = memo[g].get(key);
		if (!r) memo[g].set(key, (r = split(g, column, node)));
		return r;
	};
	return { cells, add, split, value, shown, isLeafMonth };
}

function sumRows(pub: Publication, reducer: Reducer, g: number, rows: LinearRow[]) {
	const group = pub.table.groups[g];
	const C = group.spec.columns.length;
	for (let node = 0; node < group.exists.length; node++) {
		if (!group.exists[node] || reducer.isLeafMonth(g, node)) continue;
		let ways: ReturnType<typeof decompositionsOf> | undefined;
		for (let column = 0; column < C; column++) {
			if (!reducer.shown(g, node, column)) continue;
			const r = reducer.split(g, column, node, (ways ??= decompositionsOf(pub.table, group, node)));
			if (r.vars.length === 0) continue; // says nothing its published parts do not
			const rhs = reducer.value(g, node, column) - r.constant;
			rows.push({ vars: r.vars, coefs: r.coefs, lower: rhs, upper: rhs, source: { kind: 'sum', group: g, column, node } });
		}
	}
}

function factRows(pub: Publication, reducer: Reducer, g: number, rows: LinearRow[]) {
	const group = pub.table.groups[g];
	const facts = compileFacts(group);
	const C = group.spec.columns.length;
	for (let node = 0; node < group.exists.length; node++) {
		if (!group.exists[node] || !reducer.isLeafMonth(g, node)) continue;
		let hidden = false;
		for (let c = 0; c < C; c++) hidden ||= !reducer.shown(g, node, c);
		if (!hidden) continue;
		facts.forEach((fact, index) => {
			const form = newForm();
			for (const [c, coef] of fact) reducer.add(form, g, c, node, coef);
			if (form.vars.length > 0) rows.push({ vars: form.vars, coefs: form.coefs, lower: -form.constant, upper: Infinity, source: { kind: 'fact', group: g, node, fact: index } });
		});
	}
}

function targetForms(pub: Publication, reducer: Reducer, g: number, targets: TargetForm[]) {
	const group = pub.table.groups[g];
	const M = group.measures.length;
	for (let node = 0; node < group.exists.length; node++) {
		if (!group.exists[node]) continue;
		for (let k = 0; k < M; k++) {
			const value = group.values[node * M + k];
			if (value >= 1 && value <= pub.table.threshold) targets.push(targetForm(pub, reducer, g, node, k));
		}
	}
}

function targetForm(pub: Publication, reducer: Reducer, g: number, node: number, measure: number): TargetForm {
	const group = pub.table.groups[g];
	const form = newForm();
	for (const [c, coef] of group.measures[measure].terms) reducer.add(form, g, c, node, coef);
	return { group: g, node, measure, value: group.values[node * group.measures.length + measure], ...form };
}
