import { monthFromIndex, monthIndex, yearOf } from '../dates';

// The protected table: every count column of every leaf area (municipality, unit) and month, and
// every sum of them the site can publish (areas up the hierarchy × months, calendar years and
// rolling 12 months), plus the complements (stays − zero-day stays …), which count people too.
// A group of columns is published, hidden and withheld as one: its row is one group of people.

/** A rule every row of a group obeys, Σ coefficient × column ≥ 0: the contract says so, so an attacker knows it. */
export interface FactSpec {
	label: string;
	terms: readonly (readonly [column: string, coefficient: number])[];
}

/** A count of people that is the difference of two columns of one row (stays − zero-day stays). */
export interface ComplementSpec {
	id: string;
	plus: string;
	minus: string;
}

/** Count columns that are published, hidden and withheld together. */
export interface GroupSpec {
	id: string;
	columns: readonly string[];
	complements: readonly ComplementSpec[];
	facts: readonly FactSpec[];
	/** A group published only where this one is: its numbers are about the other group's rows. */
	follows?: string;
}

/** An area of the hierarchy: a leaf (municipality, unit) or a total of the areas whose `parent` it is. */
export interface AreaSpec {
	id: string;
	name: string;
	parent: string | null;
}

/** One leaf area and month of a group: counts by column, `null` where the cell is empty. */
export interface LeafRow {
	area: string;
	month: string;
	counts: Readonly<Record<string, number | null>>;
}

/** A group's rows and area hierarchy; `rolling` names the areas that publish rolling 12 months. */
export interface TableSource {
	group: GroupSpec;
	areas: readonly AreaSpec[];
	rows: readonly LeafRow[];
	rolling?: readonly string[];
}

/** A period as the month positions it sums. */
export interface Period {
	id: string;
	kind: 'month' | 'year' | 'rolling12';
	months: readonly number[];
}

/** An area with its place in the hierarchy (`parent` −1 at the top). */
export interface Area {
	id: string;
	name: string;
	parent: number;
	children: readonly number[];
}

/** A protected quantity as Σ coefficient × column of the same row or node. */
export interface Measure {
	id: string;
	terms: readonly (readonly [column: number, coefficient: number])[];
}

/** One group's nodes (area × period): node = area × periods.length + period. */
export interface GroupTable {
	spec: GroupSpec;
	areas: readonly Area[];
	areaIndex: ReadonlyMap<string, number>;
	/** The columns, then the complements. */
	measures: readonly Measure[];
	/** `values[node × measures.length + k]`: the sum of measure k over the node's rows. */
	values: Float64Array;
	/** 1 where the node has at least one row (a node without rows is no data, not zero). */
	exists: Uint8Array;
	/** Areas with rolling 12-month nodes. */
	rolling: ReadonlySet<number>;
	/** Rows with some cells empty: left out of every published sum (see {@link buildProtectedTable}). */
	withheld: readonly LeafRow[];
}

/** Every group's table over one month range. */
export interface ProtectedTable {
	threshold: number;
	months: readonly string[];
	periods: readonly Period[];
	periodIndex: ReadonlyMap<string, number>;
	groups: readonly GroupTable[];
}

/**
 * Returns the protected table of the sources over the months of their rows (first to last, every
 * month between). A row whose group cells are partly empty is withheld from its group as a whole:
 * each sum of a column then runs over the same rows, whatever KPI it serves, so no difference of two
 * published denominators is one row. Counts from 1 to `threshold` are the sensitive ones.
 */
export function buildProtectedTable(
	sources: readonly TableSource[],
	options: { threshold: number },
): ProtectedTable {
	const months = monthSpan(sources.flatMap((s) => s.rows.map((r) => r.month)));
	const periods = listTablePeriods(months);
	const periodIndex = new Map(periods.map((p, i) => [p.id, i]));
	const groups = sources.map((source) => buildGroup(source, months, periods));
	return { threshold: options.threshold, months, periods, periodIndex, groups };
}

/** Returns the index of node (area, period) of a group. */
export function nodeOf(table: ProtectedTable, area: number, period: number): number {
	return area * table.periods.length + period;
}

/** Returns true when any measure of a node (a column or a complement) is a count from 1 to the threshold. */
export function isSensitive(table: ProtectedTable, group: GroupTable, node: number): boolean {
	const m = group.measures.length;
	for (let k = 0; k < m; k++) {
		const v = group.values[node * m + k];
		if (v >= 1 && v <= table.threshold) return true;
	}
	return false;
}

function monthSpan(months: string[]): string[] {
	let first = Infinity;
	let last = -Infinity;
	for (const m of months)
		[first, last] = [Math.min(first, monthIndex(m)), Math.max(last, monthIndex(m))];
	const out: string[] = [];
	for (let i = first; i <= last; i++) out.push(monthFromIndex(i));
	return out;
}

// Every month, every calendar year (cut to the range) and every rolling 12 months wholly inside it.
function listTablePeriods(months: readonly string[]): Period[] {
	const periods: Period[] = months.map((id, i) => ({ id, kind: 'month', months: [i] }));
	const years = new Map<string, number[]>();
	months.forEach((m, i) => years.set(yearOf(m), [...(years.get(yearOf(m)) ?? []), i]));
	for (const [id, ms] of years) periods.push({ id, kind: 'year', months: ms });
	for (let end = 11; end < months.length; end++) {
		const ms = Array.from({ length: 12 }, (_, k) => end - 11 + k);
		periods.push({ id: `${months[end - 11]}/${months[end]}`, kind: 'rolling12', months: ms });
	}
	return periods;
}

function buildGroup(
	source: TableSource,
	months: readonly string[],
	periods: readonly Period[],
): GroupTable {
	const { group: spec } = source;
	const areas = linkAreas(source.areas);
	const areaIndex = new Map(areas.map((a, i) => [a.id, i]));
	const measures = measuresOf(spec);
	const values = new Float64Array(areas.length * periods.length * measures.length);
	const exists = new Uint8Array(areas.length * periods.length);
	const rolling = new Set(
		(source.rolling ?? []).map((id) => areaIndex.get(id)!).filter((i) => i !== undefined),
	);
	const withheld: LeafRow[] = [];
	const monthAt = new Map(months.map((m, i) => [m, i]));
	const table = { areas, periods, measures, values, exists };
	for (const row of source.rows) {
		const cells = spec.columns.map((c) => row.counts[c] ?? null);
		if (cells.every((c) => c === null)) continue; // no row at all: missing, not zero
		if (cells.some((c) => c === null)) {
			withheld.push(row);
			continue;
		}
		const area = areaIndex.get(row.area);
		if (area === undefined || areas[area].children.length > 0)
			throw new Error(`privacy table: ${row.area} is not a leaf area of group ${spec.id}`);
		addRow(table, area * periods.length + monthAt.get(row.month)!, cells as number[]);
	}
	sumUp(table, rolling);
	return { spec, areas, areaIndex, measures, values, exists, rolling, withheld };
}

function linkAreas(specs: readonly AreaSpec[]): Area[] {
	const index = new Map(specs.map((a, i) => [a.id, i]));
	const children: number[][] = specs.map(() => []);
	specs.forEach((a, i) => {
		if (a.parent === null) return;
		const p = index.get(a.parent);
		if (p === undefined)
			throw new Error(`privacy table: area ${a.id} has an unknown parent ${a.parent}`);
		children[p].push(i);
	});
	return specs.map((a, i) => ({
		id: a.id,
		name: a.name,
		parent: a.parent === null ? -1 : index.get(a.parent)!,
		children: children[i],
	}));
}

function measuresOf(spec: GroupSpec): Measure[] {
	const col = (c: string) => {
		const i = spec.columns.indexOf(c);
		if (i < 0) throw new Error(`privacy table: ${c} is not a column of group ${spec.id}`);
		return i;
	};
	return [
		...spec.columns.map((id, i) => ({ id, terms: [[i, 1] as const] })),
		...spec.complements.map((c) => ({
			id: c.id,
			terms: [[col(c.plus), 1] as const, [col(c.minus), -1] as const],
		})),
	];
}

type Sums = Pick<GroupTable, 'areas' | 'measures' | 'values' | 'exists'> & {
	periods: readonly Period[];
};

function addRow(t: Sums, node: number, cells: number[]) {
	const m = t.measures.length;
	t.exists[node] = 1;
	t.measures.forEach((measure, k) => {
		for (const [c, coef] of measure.terms) t.values[node * m + k] += coef * cells[c];
	});
}

// Months up the area hierarchy (children before parents), then each area's years and rolling windows.
function sumUp(t: Sums, rolling: ReadonlySet<number>) {
	const P = t.periods.length;
	const m = t.measures.length;
	const add = (to: number, from: number) => {
		if (!t.exists[from]) return;
		t.exists[to] = 1;
		for (let k = 0; k < m; k++) t.values[to * m + k] += t.values[from * m + k];
	};
	for (const a of bottomUp(t.areas)) {
		for (const child of t.areas[a].children)
			t.periods.forEach((p, i) => p.kind === 'month' && add(a * P + i, child * P + i));
	}
	t.areas.forEach((_, a) => {
		t.periods.forEach((p, i) => {
			if (p.kind === 'month' || (p.kind === 'rolling12' && !rolling.has(a))) return;
			for (const month of p.months) add(a * P + i, a * P + month);
		});
	});
}

/** Returns the area indices with every child before its parent. */
export function bottomUp(areas: readonly Area[]): number[] {
	const depth = areas.map((_, i) => {
		let d = 0;
		for (let a = areas[i].parent; a >= 0; a = areas[a].parent) d++;
		return d;
	});
	return areas.map((_, i) => i).sort((x, y) => depth[y] - depth[x]);
}
