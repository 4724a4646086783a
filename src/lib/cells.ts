import { isMonth } from './dates';

// The rules for one CSV cell. Each takes the cell's raw text and returns its value, or INVALID;
// its `rule` is the message, and the row parser puts the offending value in front, giving e.g.
// `"-3" must be a whole number ≥ 0`. Plain functions rather than zod schemas: the monthly files
// have hundreds of thousands of cells, and a schema call per row was most of the load time.

/** Returned by a cell rule for text that breaks it. */
export const INVALID: unique symbol = Symbol('invalid cell');

/** A rule for the text of one cell. */
export interface CellRule<T> {
	/** Returns the cell's value, or {@link INVALID}. */
	parse(text: string): T | typeof INVALID;
	/** What the cell must be, as the message says it (`must be a whole number ≥ 0`). */
	rule: string;
}

/** The rule of a required cell; an empty cell gets it alone, without "is empty; " in front. */
export const EMPTY_RULE = 'must not be empty';

const WHOLE = /^\d+$/;

/** A whole number ≥ 0; an empty cell is a missing value (`null`), never 0. */
export const CountCell: CellRule<number | null> = {
	parse: (s) => (s === '' ? null : WHOLE.test(s) ? Number(s) : INVALID),
	rule: 'must be a whole number ≥ 0',
};

/** A required whole number ≥ 0. */
export const RequiredCountCell: CellRule<number> = {
	parse: (s) => (WHOLE.test(s) ? Number(s) : INVALID),
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

/** Non-empty text. */
export const TextCell: CellRule<string> = {
	parse: (s) => (s === '' ? INVALID : s),
	rule: EMPTY_RULE,
};

/** A short-term unit id: lower-case letters, digits and hyphens (`oya-helsehus`). */
export const UnitCell: CellRule<string> = {
	parse: (s) => (/^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/.test(s) ? s : INVALID),
	rule: 'must be a unit id of lower-case letters, digits and hyphens (e.g. oya-helsehus)',
};
