import type { PaymentRecord } from './payment-table';
import { isSuppressed } from './suppression';

/** One municipality-month as the browser calculator gets it: code, month, stays, days, Swedish payable days. */
export interface MonthInput {
	k: string;
	m: string;
	s: number;
	d: number;
	w: number;
}

/**
 * Returns the months the browser calculator may see: those with data, less the ones with a count
 * of 1–threshold (the page is public); and how many were left out for privacy.
 */
export function computeCalculatorInput(records: PaymentRecord[], threshold: number | undefined): { months: MonthInput[]; hidden: number } {
	const withData = records.filter((r) => r.stays !== null && r.days !== null && r.swedenDays !== null);
	const shown = withData.filter((r) => !isSuppressed([r.stays, r.days], threshold));
	return {
		months: shown.map((r) => ({ k: r.municipality, m: r.month, s: r.stays!, d: r.days!, w: Math.round(r.swedenDays! * 1000) / 1000 })),
		hidden: withData.length - shown.length,
	};
}
