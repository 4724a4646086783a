import type { Month } from './dates';

// Norwegian formatting (nb-NO): thousands with a no-break space (1 767), decimal comma (2,3),
// a no-break space before % (86,4 %), minus sign U+2212. A missing value is an en dash.

/** The sign shown for a missing value ("no value"). */
export const MISSING = '–';
const NBSP = '\u00a0';

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
	if (!numberFormats.has(decimals)) {
		numberFormats.set(
			decimals,
			new Intl.NumberFormat('nb-NO', {
				minimumFractionDigits: decimals,
				maximumFractionDigits: decimals,
			}),
		);
	}
	return numberFormats.get(decimals)!;
}

/** Returns a number in nb-NO form with a fixed number of decimals (`1 767`, `2,3`); `–` for null. */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
	return numberFormat(decimals).format(value);
}

/** Returns a fraction as a percentage (`0.864` → `86,4 %`); `–` for null. */
export function formatPercent(share: number | null | undefined, decimals = 1): string {
	if (share === null || share === undefined || !Number.isFinite(share)) return MISSING;
	return `${formatNumber(share * 100, decimals)}${NBSP}%`;
}

/** Returns a number of days with its unit (`2,3 døgn`, `1 767 døgn`); `–` for null. */
export function formatDays(days: number | null | undefined, decimals = 1): string {
	if (days === null || days === undefined || !Number.isFinite(days)) return MISSING;
	return `${formatNumber(days, decimals)}${NBSP}døgn`;
}

/** Returns an amount of money with its currency (`5 745 kr`). */
export function formatMoney(amount: number | null | undefined, currency = 'kr'): string {
	if (amount === null || amount === undefined || !Number.isFinite(amount)) return MISSING;
	return `${formatNumber(amount, 0)}${NBSP}${currency}`;
}

const MONTHS_SHORT = [
	'jan.',
	'feb.',
	'mar.',
	'apr.',
	'mai',
	'jun.',
	'jul.',
	'aug.',
	'sep.',
	'okt.',
	'nov.',
	'des.',
];
const MONTHS_LONG = [
	'januar',
	'februar',
	'mars',
	'april',
	'mai',
	'juni',
	'juli',
	'august',
	'september',
	'oktober',
	'november',
	'desember',
];

/** Returns a month in short form (`2025-01` → `jan. 2025`). */
export function formatMonth(month: Month): string {
	return `${MONTHS_SHORT[+month.slice(5, 7) - 1]} ${month.slice(0, 4)}`;
}

/** Returns a month in long form (`2025-01` → `januar 2025`). */
export function formatMonthLong(month: Month): string {
	return `${MONTHS_LONG[+month.slice(5, 7) - 1]} ${month.slice(0, 4)}`;
}

/** Returns an ISO date in Norwegian form (`2024-05-01` → `1. mai 2024`). */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d}. ${MONTHS_LONG[m - 1]} ${y}`;
}

/** Returns a period id as text: a month, a year, or a rolling 12-month interval. */
export function formatPeriod(period: string): string {
	if (/^\d{4}$/.test(period)) return period;
	if (period.includes('/')) {
		const [from, to] = period.split('/');
		return `${formatMonth(from)}–${formatMonth(to)}`;
	}
	return formatMonth(period);
}
