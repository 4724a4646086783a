// Calendar dates are ISO strings (`YYYY-MM-DD`) and day numbers (days since 1970-01-01, UTC),
// so no time zone or clock ever shifts a deadline.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Returns the ISO date of a calendar date, or `null` when the date does not exist (31.2.24). */
export function isoFromParts(year: number, month: number, day: number): string | null {
	const t = Date.UTC(year, month - 1, day);
	const d = new Date(t);
	if (year < 1900 || year > 2199 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
	return d.toISOString().slice(0, 10);
}

/** Returns true for an existing calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	return m !== null && isoFromParts(+m[1], +m[2], +m[3]) === value;
}

/** Returns the day number of an ISO date (days since 1970-01-01). */
export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Returns the ISO date of a day number. */
export function isoFromDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the ISO date `days` calendar days after `iso` (negative goes back). */
export function addDays(iso: string, days: number): string {
	return isoFromDay(dayNumber(iso) + days);
}

/** Returns the number of days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
	return dayNumber(to) - dayNumber(from);
}
