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
