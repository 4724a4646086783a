import { z } from 'zod';
import { isMonth } from './dates';

// Cell schemas take the raw text of one CSV cell. Their messages state the rule; the parser puts
// the offending value in front, giving e.g. `"-3" must be a whole number ≥ 0`.

const WHOLE = /^\d+$/;

/** A whole number ≥ 0; an empty cell is a missing value (`null`), never 0. */
export const CountCell = z
	.string()
	.refine((s) => s === '' || WHOLE.test(s), 'must be a whole number ≥ 0')
	.transform((s) => (s === '' ? null : Number(s)));

/** A required whole number ≥ 0. */
export const RequiredCountCell = z
	.string()
	.regex(WHOLE, 'must be a whole number ≥ 0')
	.transform(Number);

/** A month `YYYY-MM`. */
export const MonthCell = z.string().refine(isMonth, 'must be a month written YYYY-MM');

/** A 4-digit kommunenummer, kept as text so leading zeros survive. */
export const MunicipalityCodeCell = z
	.string()
	.regex(/^\d{4}$/, 'must be a 4-digit municipality code (kommunenummer, leading zeros kept)');

/** The rule of a required cell; an empty cell gets it alone, without "is empty; " in front. */
export const EMPTY_RULE = 'must not be empty';

/** Non-empty text. */
export const TextCell = z.string().min(1, EMPTY_RULE);

/** A short-term unit id: lower-case letters, digits and hyphens (`oya-helsehus`). */
export const UnitCell = z
	.string()
	.regex(/^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/, 'must be a unit id of lower-case letters, digits and hyphens (e.g. oya-helsehus)');
