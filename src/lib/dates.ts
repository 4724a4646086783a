import { z } from 'zod';

// The project's one date type. Calendar months are `YYYY-MM` text and calendar dates `YYYY-MM-DD`
// text (with day numbers, days since 1970-01-01 UTC, for arithmetic), so no time zone or clock
// ever shifts a month or a deadline.

/** A calendar month as text, `YYYY-MM`. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Returns true for a well-formed `YYYY-MM` month between 1900 and 2199. */
export function isMonth(value: string): boolean {
	const m = MONTH.exec(value);
	return m !== null && +m[1] >= 1900 && +m[1] < 2200;
}

/** Returns a month's position on a continuous scale (year × 12 + month − 1). */
export function monthIndex(month: Month): number {
	return +month.slice(0, 4) * 12 + +month.slice(5, 7) - 1;
}

/** Returns the month at a position of {@link monthIndex}. */
export function monthFromIndex(index: number): Month {
	const year = Math.floor(index / 12);
	return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Returns the month `n` months after (or before, for negative `n`) the given one. */
export function addMonths(month: Month, n: number): Month {
	return monthFromIndex(monthIndex(month) + n);
}

/** Returns every month from `first` to `last`, both included; empty when `last` is before `first`. */
export function monthRange(first: Month, last: Month): Month[] {
	const out: Month[] = [];
	for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthFromIndex(i));
	return out;
}

/** Returns the calendar year of a month as a string (`"2024"`). */
export function yearOf(month: Month): string {
	return month.slice(0, 4);
}

/** Returns the first instant after the month ends, as UTC milliseconds. */
export function monthEnd(month: Month): number {
	const i = monthIndex(month) + 1;
	return Date.UTC(Math.floor(i / 12), i % 12, 1);
}

/** A calendar date as text, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Returns the ISO date of a calendar date, or `null` when the date does not exist (31.2.24). */
export function isoFromParts(year: number, month: number, day: number): string | null {
	const t = Date.UTC(year, month - 1, day);
	const d = new Date(t);
	if (year < 1900 || year > 2199 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
		return null;
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

/** A date written `YYYY-MM-DD` that exists in the calendar (not 2023-02-31). */
export const IsoDateSchema = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
