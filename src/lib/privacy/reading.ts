import type { ProtectedTable } from './protected-table';
import type { CellRef, ExtraEquation, PublishedNumber } from './publication';

// How the leak checker writes down what it reads: a count of the table is a published number; a
// complement, a sum over some rows only, kroner, a rate per 1 000 or a ratio is an equation (two
// for a ratio), with the rounding the file shows as its bounds. Nothing here knows a file format.

/** What the outputs publish, as read. */
export interface Reading {
	numbers: PublishedNumber[];
	extra: ExtraEquation[];
	/** Numbers that cannot be placed in the table, one sentence each. */
	problems: string[];
}

/** One term: a measure (column or complement) of an area and period, times a coefficient. */
export interface Term {
	measure: string;
	area: string;
	period: string;
	coefficient: number;
}

/** Writes down published numbers as they are read. */
export interface Reader {
	table: ProtectedTable;
	/** A count: the sum of a measure over an area and period. */
	count(measure: string, area: string, period: string, value: number, where: string): void;
	/** A linear form of counts shown as `value`, rounded to within `halfWidth`. */
	linear(
		terms: readonly Term[],
		value: number,
		halfWidth: number,
		where: string,
		label: string,
	): void;
	/** A one-sided bound: Σ terms ≥ `lower` (or ≤ `upper`). */
	bound(terms: readonly Term[], lower: number, upper: number, where: string, label: string): void;
	/** A ratio of two linear forms shown as `value`, rounded to within `halfWidth`. */
	ratio(
		numerator: readonly Term[],
		denominator: readonly Term[],
		value: number,
		halfWidth: number,
		where: string,
		label: string,
	): void;
	problem(text: string): void;
	/** Returns everything read so far. */
	reading(): Reading;
}

/** Returns a reader over a protected table: measures are its columns and complements. */
export function startReading(table: ProtectedTable): Reader {
	const measures = measureIndex(table);
	const out: Reading = { numbers: [], extra: [], problems: [] };
	const expand = (terms: readonly Term[], scale = 1): ExtraEquation['terms'] | null => {
		const cells: [CellRef, number][] = [];
		for (const t of terms) {
			const m = measures.get(t.measure);
			if (!m) return null;
			for (const [column, c] of m.terms)
				cells.push([
					{ group: m.group, area: t.area, month: t.period, column },
					c * t.coefficient * scale,
				]);
		}
		return cells;
	};
	const equation = (
		terms: ExtraEquation['terms'] | null,
		lower: number,
		upper: number,
		where: string,
		label: string,
	) => {
		if (terms === null)
			out.problems.push(`${where}: ${label}: names a count the protected table does not have`);
		else out.extra.push({ label: `${where}: ${label}`, terms, lower, upper });
	};
	return {
		table,
		count(measure, area, period, value, where) {
			const m = measures.get(measure);
			if (m && m.terms.length === 1 && m.terms[0][1] === 1)
				out.numbers.push({ column: m.terms[0][0], area, period, value, where });
			else
				equation(
					expand([{ measure, area, period, coefficient: 1 }]),
					value,
					value,
					where,
					`${measure} ${area} ${period} = ${value}`,
				);
		},
		linear: (terms, value, halfWidth, where, label) =>
			equation(expand(terms), value - halfWidth, value + halfWidth, where, label),
		bound: (terms, lower, upper, where, label) =>
			equation(expand(terms), lower, upper, where, label),
		ratio(numerator, denominator, value, halfWidth, where, label) {
			// n / d ≤ v + h and n / d ≥ v − h, with d > 0: n − (v + h) d ≤ 0 ≤ n − (v − h) d.
			const form = (v: number) => {
				const n = expand(numerator);
				const d = expand(denominator, -v);
				return n && d ? [...n, ...d] : null;
			};
			equation(form(value + halfWidth), -Infinity, 0, where, `${label} (upper bound)`);
			equation(form(value - halfWidth), 0, Infinity, where, `${label} (lower bound)`);
		},
		problem: (text) => void out.problems.push(text),
		reading: () => out,
	};
}

/** Returns the half-width of a number rounded to `decimals` decimals; a full-precision number (`decimals` undefined) gets a relative 10⁻⁹. */
export function roundingOf(value: number, decimals?: number): number {
	return decimals === undefined ? 1e-9 * Math.max(1, Math.abs(value)) : 0.5 * 10 ** -decimals;
}

/** Returns a term with coefficient 1 unless given. */
export function term(measure: string, area: string, period: string, coefficient = 1): Term {
	return { measure, area, period, coefficient };
}

/** Returns the number in a CSV cell, or `null` for an empty or non-numeric cell. */
export function cellNumber(text: string | undefined): number | null {
	if (text === undefined || text.trim() === '') return null;
	const v = Number(text);
	return Number.isFinite(v) ? v : null;
}

/** Returns the value of a linear form on the true counts of the table (0 for a node without data; `null` for an unknown node). */
export function valueOnTable(table: ProtectedTable, terms: ExtraEquation['terms']): number | null {
	let sum = 0;
	for (const [ref, c] of terms) {
		const g = table.groups.find((x) => x.spec.id === ref.group);
		const a = g?.areaIndex.get(ref.area);
		const p = table.periodIndex.get(ref.month);
		const column = g?.spec.columns.indexOf(ref.column) ?? -1;
		if (!g || a === undefined || p === undefined || column < 0) return null;
		sum += c * g.values[(a * table.periods.length + p) * g.measures.length + column];
	}
	return sum;
}

function measureIndex(
	table: ProtectedTable,
): Map<string, { group: string; terms: [string, number][] }> {
	const out = new Map<string, { group: string; terms: [string, number][] }>();
	for (const g of table.groups) {
		// The first group with a measure owns it (a group of withheld rows repeats its group's columns).
		for (const m of g.measures)
			if (!out.has(m.id))
				out.set(m.id, {
					group: g.spec.id,
					terms: m.terms.map(([c, coef]) => [g.spec.columns[c], coef]),
				});
	}
	return out;
}
