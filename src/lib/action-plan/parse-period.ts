import { isoFromParts } from '../dates';

/** A measure's period (tidsrom), normalised from the way people write it. */
export type Period =
	/** `Dato - dato`: not yet scheduled; listed, not drawn. */
	| { kind: 'unscheduled' }
	/** `Innen 1.5.24`: due by `end` (inclusive); a milestone with no start. */
	| { kind: 'deadline'; end: string }
	/** `1.3.24 - 31.12.24`: from `start` to `end`, both inclusive. */
	| { kind: 'range'; start: string; end: string }
	/** `Avhengig av 1.1`: starts when every listed measure has ended. */
	| { kind: 'after'; after: string[] };

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}(?:\.\d{4}|\.\d{2})?)`;
const DASH = String.raw`\s*[-–—/]\s*`;
const RANGE = new RegExp(`^(${DATE})${DASH}(${DATE})$`);
const DEADLINE = new RegExp(`^(?:innen\\s+)?(${DATE})$`, 'i');
const AFTER = /^avhengig av\s+(\d+\.\d+(?:\s*(?:,|og|&)\s*\d+\.\d+)*)$/i;
const UNSCHEDULED = /^dato\s*[-–—]\s*dato$/i;
const HELP =
	'write "Innen D.M.ÅÅ", "D.M.ÅÅ – D.M.ÅÅ", "Avhengig av N.N", "Dato - dato" or ISO dates (YYYY-MM-DD)';

/**
 * Returns the normalised period of a text written as in the draft's plan table, or a message saying why it is not one.
 * Accepts `Innen 1.5.24` / `Innen 22.3.2024` / `Innen 2024-05-01` (deadline), a bare date (deadline),
 * `15.2.24 – 5.6.24`, `1.3.24 - 31.12.24`, `2024-03-01 – 2024-06-30`, `2024-03-01/2024-06-30`
 * (range, en dash, em dash or hyphen), `15.3 – 1.9.2024` (the start takes the end's year, or the
 * year before when that would put it after the end), `Avhengig av 1.1` (also `1.1 og 2.3`) and
 * `Dato - dato` (unscheduled). Two-digit years are 20ÅÅ.
 */
export function parsePeriod(text: string): PeriodResult {
	const t = text.replace(/\s+/g, ' ').trim();
	if (UNSCHEDULED.test(t)) return { ok: true, period: { kind: 'unscheduled' } };
	const after = AFTER.exec(t);
	if (after)
		return { ok: true, period: { kind: 'after', after: after[1].split(/\s*(?:,|og|&)\s*/) } };
	const deadline = DEADLINE.exec(t);
	if (deadline) {
		const end = parseDate(deadline[1], null);
		return end.ok ? { ok: true, period: { kind: 'deadline', end: end.iso } } : end;
	}
	const range = RANGE.exec(t);
	if (range) return parseRange(t, range[1], range[2]);
	return { ok: false, message: `"${text}" is not a period: ${HELP}` };
}

function parseRange(text: string, from: string, to: string): PeriodResult {
	const end = parseDate(to, null);
	if (!end.ok) return end;
	const endYear = +end.iso.slice(0, 4);
	let start = parseDate(from, endYear);
	// "15.11 – 1.3.2025" means November of the year before.
	if (start.ok && start.iso > end.iso && !hasYear(from)) start = parseDate(from, endYear - 1);
	if (!start.ok) return start;
	if (start.iso > end.iso) {
		return {
			ok: false,
			message: `period "${text}" ends (${end.iso}) before it starts (${start.iso})`,
		};
	}
	return { ok: true, period: { kind: 'range', start: start.iso, end: end.iso } };
}

type DateResult = { ok: true; iso: string } | { ok: false; message: string };

function parseDate(token: string, defaultYear: number | null): DateResult {
	let parts: number[];
	if (token.includes('-')) {
		parts = token.split('-').map(Number);
	} else {
		const [d, m, y] = token.split('.');
		if (y === undefined && defaultYear === null)
			return { ok: false, message: `"${token}" has no year: write D.M.ÅÅ` };
		const year = y === undefined ? defaultYear! : y.length === 2 ? 2000 + +y : +y;
		parts = [year, +m, +d];
	}
	const iso = isoFromParts(parts[0], parts[1], parts[2]);
	return iso === null
		? { ok: false, message: `"${token}" is not a calendar date` }
		: { ok: true, iso };
}

function hasYear(token: string): boolean {
	return token.includes('-') || token.split('.').length === 3;
}
