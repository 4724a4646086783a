import { ALL, type AreaModel } from './areas';
import { monthFromIndex, monthIndex, monthRange, type Month } from './dates';
import {
	SHORT_TERM_READERS,
	UKP_READERS,
	type ShortTermCountColumn,
	type ShortTermRow,
	type UkpCountColumn,
	type UkpRow,
} from './schema';

// The one rollup: sums of count columns per area and month, kept as running totals so that any
// window (a month, a calendar year, the year to date, rolling 12 months) is one subtraction.
// KPIs, comparison sums, payment totals and the suppression grid all read it.
//
// Why typed arrays and not arquero's groupby: on the national benchmark set (357 municipalities
// × 240 months, 2026-11-29) arquero 8's `groupby().rollup()` of six columns took 90–130 ms for
// the municipality level alone; the loop below takes 70–90 ms for every group the project needs
// (seven) on all three levels, and the whole load + validate + KPIs budget is 300 ms.

/**
 * Count columns summed together over the rows where every one of them is present: a KPI's
 * numerator and denominator must cover the same rows, so a missing cell never counts as 0.
 */
export interface SumGroup<Row> {
	/** Column name → the row's value, `null` when the cell is missing. */
	columns: Record<string, (row: Row) => number | null>;
}

export interface RollupSpec<Row> {
	/** Every area id, in the order the sums are laid out. */
	areaIds: readonly string[];
	/** Returns the areas a row counts in (e.g. its municipality, that one's cluster, `all`). */
	areasOf(row: Row): readonly string[];
	/** The first and last month of the layout; rows outside are an error. */
	first: Month;
	last: Month;
	groups: Record<string, SumGroup<Row>>;
}

/** Sums per group, column, area and month. */
export interface Rollup {
	/** Every month from the first to the last, position 0 first. */
	months: Month[];
	areaIds: readonly string[];
	/** Returns true when the rollup has the area. */
	hasArea(area: string): boolean;
	/** Returns the position of a month in {@link months} (may be outside 0…length − 1). */
	position(month: Month): number;
	/** Returns Σ of a group's column over an area and the months at positions `from` to `to` (both included). */
	sum(group: string, column: string, area: string, from: number, to: number): number;
	/** Returns how many rows counted in a group for an area and the months `from` to `to`. */
	rows(group: string, area: string, from: number, to: number): number;
	/** Returns how many of the months `from` to `to` had at least one row counting in the group. */
	monthsWithRows(group: string, area: string, from: number, to: number): number;
	/** Returns how many of the months `from` to `to` had fewer than `members` rows counting in the group. */
	monthsWithFewerRows(
		group: string,
		area: string,
		from: number,
		to: number,
		members: number,
	): number;
	/** Returns one area's arrays of a group, for loops over many windows (no copies). */
	view(group: string, area: string): RollupView;
}

/** One group and area of a rollup as arrays over the months. */
export interface RollupView {
	/** Running totals of a column: index m + 1 holds Σ of months 0 … m, index 0 is 0. */
	running(column: string): Float64Array;
	/** Rows counted per month. */
	rows: Int32Array;
	/** Running count of months with at least one row (index m + 1 covers months 0 … m). */
	withRows: Int32Array;
}

interface GroupSums {
	/** Running totals per column: position `area × (months + 1) + m + 1` holds Σ of months 0 … m. */
	sums: Map<string, Float64Array>;
	/** Rows counted per area and month (not running). */
	rows: Int32Array;
	/** Running count of months with a row. */
	withRows: Int32Array;
}

/**
 * Returns the sums of `rows` per group, column, area and month. A month in which no row of an
 * area had every cell of a group has no rows for that group: missing, not zero.
 */
export function computeRollup<Row extends { month: Month }>(
	rows: readonly Row[],
	spec: RollupSpec<Row>,
): Rollup {
	const months = monthRange(spec.first, spec.last);
	const span = months.length;
	const first = monthIndex(spec.first);
	const areaIndex = new Map(spec.areaIds.map((id, i) => [id, i]));
	const cells = placeRows(rows, spec, areaIndex, first, span);
	const groups = new Map(
		Object.entries(spec.groups).map(([id, g]) => [
			id,
			sumGroup(rows, g, cells, spec.areaIds.length, span),
		]),
	);
	const indexOf = (area: string) => {
		const i = areaIndex.get(area);
		if (i === undefined) throw new Error(`the rollup has no area "${area}"`);
		return i;
	};
	// Running totals have a leading slot per area; per-month counts do not.
	const at = (area: string) => indexOf(area) * (span + 1);
	const flatAt = (area: string) => indexOf(area) * span;
	const group = (id: string) => groups.get(id) ?? missingGroup(id);
	const clamp = (from: number, to: number): [number, number] => [
		Math.max(0, from),
		Math.min(span - 1, to),
	];
	return {
		months,
		areaIds: spec.areaIds,
		hasArea: (area) => areaIndex.has(area),
		position: (month) => monthIndex(month) - first,
		sum(id, column, area, from, to) {
			const sums = group(id).sums.get(column);
			if (!sums) throw new Error(`the rollup group "${id}" has no column "${column}"`);
			const [a, b] = clamp(from, to);
			return b < a ? 0 : sums[at(area) + b + 1] - sums[at(area) + a];
		},
		rows(id, area, from, to) {
			const [a, b] = clamp(from, to);
			const base = flatAt(area);
			let n = 0;
			for (let m = a; m <= b; m++) n += group(id).rows[base + m];
			return n;
		},
		monthsWithRows(id, area, from, to) {
			const [a, b] = clamp(from, to);
			return b < a ? 0 : group(id).withRows[at(area) + b + 1] - group(id).withRows[at(area) + a];
		},
		view(id, area) {
			const g = group(id);
			const a = at(area);
			const f = flatAt(area);
			return {
				running: (column) => g.sums.get(column)!.subarray(a, a + span + 1),
				rows: g.rows.subarray(f, f + span),
				withRows: g.withRows.subarray(a, a + span + 1),
			};
		},
		monthsWithFewerRows(id, area, from, to, members) {
			const [a, b] = clamp(from, to);
			const base = flatAt(area);
			let n = 0;
			for (let m = a; m <= b; m++) if (group(id).rows[base + m] < members) n++;
			return n;
		},
	};
}

/** Where each row adds in the flat area × month layout: up to `perRow` positions per row, −1 for none. */
interface RowCells {
	positions: Int32Array;
	perRow: number;
}

// Where each row goes is the same for every group: worked out once.
function placeRows<Row extends { month: Month }>(
	rows: readonly Row[],
	spec: RollupSpec<Row>,
	areaIndex: Map<string, number>,
	first: number,
	span: number,
): RowCells {
	const placed = rows.map((row) => spec.areasOf(row));
	const perRow = placed.reduce((max, areas) => Math.max(max, areas.length), 0);
	const positions = new Int32Array(rows.length * perRow).fill(-1);
	rows.forEach((row, r) => {
		const m = monthIndex(row.month) - first;
		if (m < 0 || m >= span)
			throw new Error(
				`month ${row.month} is outside the rollup's ${monthFromIndex(first)}…${monthFromIndex(first + span - 1)}`,
			);
		placed[r].forEach((area, k) => (positions[r * perRow + k] = areaIndex.get(area)! * span + m));
	});
	return { positions, perRow };
}

// One pass over the rows: add each complete row into its areas' months, then make the totals running.
function sumGroup<Row>(
	rows: readonly Row[],
	group: SumGroup<Row>,
	cells: RowCells,
	areas: number,
	span: number,
): GroupSums {
	const names = Object.keys(group.columns);
	const reads = names.map((n) => group.columns[n]);
	const flat = names.map(() => new Float64Array(areas * span));
	const counted = new Int32Array(areas * span);
	const values = new Float64Array(names.length);
	const { positions, perRow } = cells;
	for (let r = 0; r < rows.length; r++) {
		if (!readAll(rows[r], reads, values)) continue; // a missing cell: the row does not count in this group
		for (let k = r * perRow; k < (r + 1) * perRow; k++) {
			const i = positions[k];
			if (i < 0) continue;
			counted[i]++;
			for (let c = 0; c < names.length; c++) flat[c][i] += values[c];
		}
	}
	const sums = new Map(names.map((n, c) => [n, running(flat[c], areas, span)]));
	const withRows = running(
		Float64Array.from(counted, (n) => (n > 0 ? 1 : 0)),
		areas,
		span,
	);
	return { sums, rows: counted, withRows: Int32Array.from(withRows) };
}

function readAll<Row>(
	row: Row,
	reads: ((row: Row) => number | null)[],
	into: Float64Array,
): boolean {
	for (let c = 0; c < reads.length; c++) {
		const v = reads[c](row);
		if (v === null) return false;
		into[c] = v;
	}
	return true;
}

// Per area, a leading 0 and then Σ of months 0 … m at position m + 1.
function running(values: ArrayLike<number>, areas: number, span: number): Float64Array {
	const out = new Float64Array(areas * (span + 1));
	for (let a = 0; a < areas; a++) {
		const o = a * (span + 1);
		for (let m = 0; m < span; m++) out[o + m + 1] = out[o + m] + values[a * span + m];
	}
	return out;
}

function missingGroup(id: string): never {
	throw new Error(`the rollup has no group "${id}"`);
}

/** Returns the id of the group of rows that have every one of `columns`: `ukp_stays+ukp_stays_zero_days`. */
export function groupId(columns: readonly string[]): string {
	return [...columns].sort().join('+');
}

/** The rollups of a data set's two monthly files, over the same months. */
export interface DataRollup {
	/** UKP sums for `all`, each cluster and each municipality. */
	ukp: Rollup;
	/** Short-term sums for `all` and each unit. */
	shortTerm: Rollup;
	/** Every month from the first to the latest month with data in either file. */
	months: Month[];
	latestMonth: Month;
}

/** Which groups of count columns to sum (see {@link groupId}); each is summed over the rows that have all of them. */
export interface RollupNeeds {
	ukp: readonly (readonly UkpCountColumn[])[];
	shortTerm: readonly (readonly ShortTermCountColumn[])[];
}

/** Returns the rollups of a validated data set over its areas: every group in `needs`, per area and month. */
export function rollupDataset(
	dataset: { ukp: readonly UkpRow[]; shortTerm: readonly ShortTermRow[] },
	areas: AreaModel,
	needs: RollupNeeds,
): DataRollup {
	let lo = Infinity;
	let hi = -Infinity;
	for (const rows of [dataset.ukp, dataset.shortTerm]) {
		for (const r of rows) {
			const i = monthIndex(r.month);
			if (i < lo) lo = i;
			if (i > hi) hi = i;
		}
	}
	const first = monthFromIndex(lo);
	const last = monthFromIndex(hi);
	const ukp = computeRollup<UkpRow>(dataset.ukp, {
		areaIds: areas.ukpAreas.map((a) => a.id),
		areasOf: (r) => areas.areasOf(r.municipality),
		first,
		last,
		groups: groupsOf(needs.ukp, UKP_READERS),
	});
	const shortTerm = computeRollup<ShortTermRow>(dataset.shortTerm, {
		areaIds: areas.shortTermAreas.map((a) => a.id),
		areasOf: (r) => [r.unit, ALL],
		first,
		last,
		groups: groupsOf(needs.shortTerm, SHORT_TERM_READERS),
	});
	return { ukp, shortTerm, months: ukp.months, latestMonth: last };
}

function groupsOf<Row, C extends string>(
	needs: readonly (readonly C[])[],
	readers: Record<C, (row: Row) => number | null>,
): Record<string, SumGroup<Row>> {
	return Object.fromEntries(
		needs.map((columns) => [
			groupId(columns),
			{ columns: Object.fromEntries(columns.map((c) => [c, readers[c]])) },
		]),
	);
}
