import { decompositionsOf } from './grid';
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
	for (const g of pub.table.groups)
		out.push(out[out.length - 1] + g.exists.length * g.spec.columns.length);
	return out;
}

/**
 * Returns the linear system of a publication: one row per published total that says more than its
 * published parts, one per contract fact of a row with hidden cells, one per extra equation with a
 * hidden cell; and every protected quantity, reduced the same way (no variables: published outright),
 * followed by the quantities named in `also` whatever their value.
 */
export function reducePublication(
	pub: Publication,
	also: readonly { group: number; node: number; measure: number }[] = [],
): LinearSystem {
	const reducer = makeReducer(pub);
	const rows: LinearRow[] = [];
	const targets: TargetForm[] = [];
	pub.table.groups.forEach((_, g) => {
		sumRows(pub, reducer, g, rows);
		factRows(pub, reducer, g, rows);
		targetForms(pub, reducer, g, targets);
	});
	for (const { group, node, measure } of also)
		targets.push(targetForm(pub, reducer, group, node, measure));
	pub.extra.forEach((e, index) => {
		const form = newForm();
		for (const [ref, coef] of e.terms) {
			const { g, node } = locate(pub.table, ref.group, ref.area, ref.month);
			add(reducer, form, g, pub.table.groups[g].spec.columns.indexOf(ref.column), node, coef);
		}
		if (form.vars.length > 0)
			rows.push({
				vars: form.vars.slice(),
				coefs: form.coefs.slice(),
				lower: e.lower - form.constant,
				upper: e.upper - form.constant,
				source: { kind: 'extra', index },
			});
	});
	return { cells: reducer.cells, rows, targets };
}

/** Returns the published sums a published total was reduced by (node and value), for explanations. */
export function publishedPartsOf(
	pub: Publication,
	g: number,
	column: number,
	node: number,
): { node: number; value: number }[] {
	const trace: { node: number; value: number }[] = [];
	split(makeReducer(pub, trace), g, column, node);
	return trace;
}

interface Form {
	vars: number[];
	coefs: number[];
	constant: number;
}

// Forms grow by push, which leaves room for 17 terms or more; the rows and targets kept (some
// 800 000 at national scale) take copies of their own length, a third of the memory.
const newForm = (): Form => ({ vars: [], coefs: [], constant: 0 });

/** The state of one reduction: the variables so far, and the hidden totals already reduced. */
interface Reducer {
	pub: Publication;
	offsets: number[];
	cells: number[];
	varOf: Map<number, number>;
	memo: Map<number, Form>[];
	leafMonth: (g: number, node: number) => boolean;
	/** When set, every published sum used is noted (for explanations) and nothing is memoised. */
	trace?: { node: number; value: number }[];
}

function makeReducer(pub: Publication, trace?: { node: number; value: number }[]): Reducer {
	const { table } = pub;
	const P = table.periods.length;
	const monthly = table.periods.map((p) => p.kind === 'month');
	const leaves = table.groups.map((g) => g.areas.map((a) => a.children.length === 0));
	const leafMonth = (g: number, node: number) =>
		monthly[node % P] && leaves[g][Math.floor(node / P)];
	return {
		pub,
		offsets: cellOffsets(pub),
		cells: [],
		varOf: new Map(),
		memo: table.groups.map(() => new Map()),
		leafMonth,
		trace,
	};
}

const valueOf = (r: Reducer, g: number, node: number, column: number) =>
	r.pub.table.groups[g].values[node * r.pub.table.groups[g].measures.length + column];
const isShown = (r: Reducer, g: number, node: number, column: number) =>
	r.pub.shown[g][node * r.pub.table.groups[g].spec.columns.length + column] === 1;

function variable(r: Reducer, g: number, node: number, column: number): number {
	const cell = r.offsets[g] + node * r.pub.table.groups[g].spec.columns.length + column;
	let v = r.varOf.get(cell);
	if (v === undefined) r.varOf.set(cell, (v = r.cells.push(cell) - 1));
	return v;
}

// Adds coefficient × the node's column to a form: a constant if shown, else its hidden cells.
function add(r: Reducer, form: Form, g: number, column: number, node: number, coef: number) {
	if (isShown(r, g, node, column)) {
		r.trace?.push({ node, value: valueOf(r, g, node, column) });
		form.constant += coef * valueOf(r, g, node, column);
	} else if (r.leafMonth(g, node)) {
		form.vars.push(variable(r, g, node, column));
		form.coefs.push(coef);
	} else {
		const total = hiddenTotal(r, g, column, node);
		form.constant += coef * total.constant;
		for (const v of total.vars) (form.vars.push(v), form.coefs.push(coef));
	}
}

// Of the ways to split the node, the one that leaves the fewest hidden cells (and its trace).
function split(
	r: Reducer,
	g: number,
	column: number,
	node: number,
	ways = decompositionsOf(r.pub.table, r.pub.table.groups[g], node),
): Form {
	let best: Form | null = null;
	let bestTrace: { node: number; value: number }[] = [];
	const start = r.trace?.length ?? 0;
	for (const d of ways) {
		const form = newForm();
		for (const part of d.parts) add(r, form, g, column, part, 1);
		const mine = r.trace ? r.trace.splice(start) : [];
		if (best === null || form.vars.length < best.vars.length) [best, bestTrace] = [form, mine];
	}
	r.trace?.push(...bestTrace);
	return best ?? newForm();
}

function hiddenTotal(r: Reducer, g: number, column: number, node: number): Form {
	if (r.trace) return split(r, g, column, node);
	const key = node * r.pub.table.groups[g].spec.columns.length + column;
	let form = r.memo[g].get(key);
	if (!form) r.memo[g].set(key, (form = split(r, g, column, node)));
	return form;
}

function sumRows(pub: Publication, reducer: Reducer, g: number, rows: LinearRow[]) {
	const group = pub.table.groups[g];
	const C = group.spec.columns.length;
	for (let node = 0; node < group.exists.length; node++) {
		if (!group.exists[node] || reducer.leafMonth(g, node)) continue;
		let ways: ReturnType<typeof decompositionsOf> | undefined;
		for (let column = 0; column < C; column++) {
			if (!isShown(reducer, g, node, column)) continue;
			const r = split(
				reducer,
				g,
				column,
				node,
				(ways ??= decompositionsOf(pub.table, group, node)),
			);
			if (r.vars.length === 0) continue; // says nothing its published parts do not
			const rhs = valueOf(reducer, g, node, column) - r.constant;
			rows.push({
				vars: r.vars.slice(),
				coefs: r.coefs.slice(),
				lower: rhs,
				upper: rhs,
				source: { kind: 'sum', group: g, column, node },
			});
		}
	}
}

// A fact may name the columns of the group this one follows, at the same node (payable ≤ days).
function factRows(pub: Publication, reducer: Reducer, g: number, rows: LinearRow[]) {
	const { table } = pub;
	const group = table.groups[g];
	const leader = table.groups.findIndex((x) => x.spec.id === group.spec.follows);
	const place = ([column, coef]: readonly [string, number]) => {
		const own = group.spec.columns.indexOf(column);
		const other = leader < 0 ? -1 : table.groups[leader].spec.columns.indexOf(column);
		if (own < 0 && other < 0)
			throw new Error(
				`privacy: fact column ${column} is in neither group ${group.spec.id} nor the one it follows`,
			);
		return own >= 0 ? ([g, own, coef] as const) : ([leader, other, coef] as const);
	};
	const facts = group.spec.facts.map((f) => f.terms.map(place));
	for (let node = 0; node < group.exists.length; node++) {
		if (!group.exists[node] || !reducer.leafMonth(g, node)) continue;
		facts.forEach((fact, index) => {
			const form = newForm();
			for (const [h, c, coef] of fact) add(reducer, form, h, c, node, coef);
			if (form.vars.length > 0)
				rows.push({
					vars: form.vars.slice(),
					coefs: form.coefs.slice(),
					lower: -form.constant,
					upper: Infinity,
					source: { kind: 'fact', group: g, node, fact: index },
				});
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
			if (value >= 1 && value <= pub.table.threshold)
				targets.push(targetForm(pub, reducer, g, node, k));
		}
	}
}

function targetForm(
	pub: Publication,
	reducer: Reducer,
	g: number,
	node: number,
	measure: number,
): TargetForm {
	const group = pub.table.groups[g];
	const form = newForm();
	for (const [c, coef] of group.measures[measure].terms) add(reducer, form, g, c, node, coef);
	return {
		group: g,
		node,
		measure,
		value: group.values[node * group.measures.length + measure],
		vars: form.vars.slice(),
		coefs: form.coefs.slice(),
		constant: form.constant,
	};
}
