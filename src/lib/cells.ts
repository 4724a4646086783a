import { isMonth } from './dates';

// The rules for one CSV cell. Each takes the cell's raw text and returns its value, or INVALID;
// its `rule` is the message, and the row parser puts the offending value in front, giving e.g.
// `"-3" must be a whole number ≥ 0`. Plain functions rather than zod schemas: the monthly files
// have hundreds of thousands of cells, and a schema call per row was most of the load time.

/** Returned by a cell rule for text that breaks its rule. */
export const INVALID: unique symbol = Symbol('invalid cell');

/** Returned by a cell rule for text that breaks a narrower rule than the usual one, with that rule. */
export class CellProblem {
	constructor(readonly rule: string) {}
}

/** A rule for the text of one cell. */
export interface CellRule<T> {
	/** Returns the cell's value, {@link INVALID}, or a {@link CellProblem}. */
	parse(text: string): T | typeof INVALID | CellProblem;
	/** What the cell must be, as the message says it (`must be a whole number ≥ 0`). */
	rule: string;
}

/** The rule of a required cell; an empty cell gets it alone, without "is empty; " in front. */
export const EMPTY_RULE = 'must not be empty';

/**
 * The largest count a cell may hold. Monthly counts for a helsefellesskap are in the thousands;
 * a bound far above that keeps every sum exact in floating point (a count of 10²⁰ would swallow
 * everything added to it) and catches a pasted phone number or date.
 */
export const MAX_COUNT = 10_000_000;

const WHOLE = /^\d+$/;
const TOO_LARGE = new CellProblem('must be at most 10 000 000');

// A long run of digits is no count, and Number() of it may round (9 007 199 254 740 993 → …992).
function count(s: string): number | typeof INVALID | CellProblem {
	if (!WHOLE.test(s)) return INVALID;
	return s.replace(/^0+/, '').length > 8 || Number(s) > MAX_COUNT ? TOO_LARGE : Number(s);
}

/** A whole number from 0 to {@link MAX_COUNT}; an empty cell is a missing value (`null`), never 0. */
export const CountCell: CellRule<number | null> = {
	parse: (s) => (s === '' ? null : count(s)),
	rule: 'must be a whole number ≥ 0',
};

/** A required whole number from 0 to {@link MAX_COUNT}. */
export const RequiredCountCell: CellRule<number> = {
	parse: count,
	rule: 'must be a whole number ≥ 0',
};

/** A month `YYYY-MM`. */
export const MonthCell: CellRule<string> = {
	parse: (s) => (isMonth(s) ? s : INVALID),
	rule: 'must be a month written YYYY-MM',
};

/** A 4-digit kommunenummer, kept as text so leading zeros survive. */
export const MunicipalityCodeCell: CellRule<string> = {
	parse: (s) => (/^\d{4}$/.test(s) ? s : INVALID),
	rule: 'must be a 4-digit municipality code (kommunenummer, leading zeros kept)',
};

// C0 and C1 control characters (NUL, tab, line breaks, escape …): a name with one is a broken
// export, and a tab or CR would start a formula in a spreadsheet.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const CONTROL_PROBLEM = new CellProblem(
	'must not contain control characters (tab, line break, NUL …)',
);

/** Non-empty text without control characters. */
export const TextCell: CellRule<string> = {
	parse: (s) => (s === '' ? INVALID : CONTROL.test(s) ? CONTROL_PROBLEM : s),
	rule: EMPTY_RULE,
};

/** Returns true when a text holds a control character (see {@link TextCell}). */
export function hasControlCharacter(text: string): boolean {
	return CONTROL.test(text);
}

/** A short-term unit id: lower-case letters, digits and hyphens (`oya-helsehus`). */
export const UnitCell: CellRule<string> = {
	parse: (s) => (/^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/.test(s) ? s : INVALID),
	rule: 'must be a unit id of lower-case letters, digits and hyphens (e.g. oya-helsehus)',
};
