import type { PaymentRecord } from './payment-table';

/** The three models' totals for one area and period. Amounts are `null` when no month had data. */
export interface PaymentTotal {
	area: string;
	period: string;
	days: number | null;
	norway: number | null;
	sweden: number | null;
	halland: number | null;
	/** Months with data, of `monthsInPeriod`. */
	monthsWithData: number;
	monthsInPeriod: number;
	/** Months in which Halland's model made the municipality (or a member municipality) liable. */
	liableMonths: number;
	/** Months whose Swedish amount is approximated from monthly totals (a lower bound). */
	approximatedMonths: number;
}

/**
 * Returns the totals per area and calendar year: `areaOf` maps a municipality to the areas it
 * counts in (e.g. itself, its cluster, `all`). A sum covers the months with data; an amount is
 * `null`, not 0, when none of its months had data or the month's rate is unknown.
 */
export function computePaymentTotals(records: PaymentRecord[], areaOf: (municipality: string) => string[]): PaymentTotal[] {
	const totals = new Map<string, PaymentTotal & { months: Set<string> }>();
	for (const r of records) {
		for (const area of areaOf(r.municipality)) {
			const key = `${area}|${r.year}`;
			let t = totals.get(key);
			if (!t) {
				t = { area, period: r.year, days: null, norway: null, sweden: null, halland: null, monthsWithData: 0, monthsInPeriod: 0, liableMonths: 0, approximatedMonths: 0, months: new Set() };
				totals.set(key, t);
			}
			t.months.add(r.month);
			if (r.days === null) continue;
			t.days = add(t.days, r.days);
			t.norway = add(t.norway, r.norway);
			t.sweden = add(t.sweden, r.sweden);
			t.halland = add(t.halland, r.halland);
			if (r.hallandLiable) t.liableMonths++;
			if (r.swedenBasis === 'approximate') t.approximatedMonths++;
		}
	}
	// Months are counted per area, so a cluster's month has data when any member has a row.
	const withData = new Map<string, Set<string>>();
	for (const r of records) {
		if (r.days === null) continue;
		for (const area of areaOf(r.municipality)) {
			const key = `${area}|${r.year}`;
			if (!withData.has(key)) withData.set(key, new Set());
			withData.get(key)!.add(r.month);
		}
	}
	return [...totals.entries()].map(([key, { months, ...t }]) => ({ ...t, monthsInPeriod: months.size, monthsWithData: withData.get(key)?.size ?? 0 }));
}

const add = (sum: number | null, value: number | null) => (value === null ? sum : (sum ?? 0) + value);
