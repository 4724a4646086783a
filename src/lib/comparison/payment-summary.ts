import type { PaymentRecord } from './payment-table';

/** The three models' totals for one area and period. Amounts are `null` when no month had data. */
export interface PaymentTotal {
	area: string;
	period: string;
	days: number | null;
	norway: number | null;
	sweden: number | null;
	halland: number | null;
	/** Months with data that are in the sums, of `monthsInPeriod`. */
	monthsWithData: number;
	monthsInPeriod: number;
	/** Months in which Halland's model made the municipality (or a member municipality) liable. */
	liableMonths: number;
	/** Months whose Swedish amount is approximated from monthly totals (a lower bound). */
	approximatedMonths: number;
	/** Municipality-months with data left out of the sums (`leaveOut`). */
	leftOut: number;
}

export interface TotalOptions {
	/** Sum per calendar year (default) or per month. */
	by?: 'year' | 'month';
	/** Municipality-months to leave out of every sum, e.g. those hidden in a public output. */
	leaveOut?: (record: PaymentRecord) => boolean;
}

/**
 * Returns the totals per area and period: `areaOf` maps a municipality to the areas it counts in
 * (e.g. itself, its cluster, `all`). A sum covers the months with data that are not left out; an
 * amount is `null`, not 0, when none of its months had such data or the month's rate is unknown.
 */
export function computePaymentTotals(records: PaymentRecord[], areaOf: (municipality: string) => string[], options: TotalOptions = {}): PaymentTotal[] {
	const periodOf = (r: PaymentRecord) => (options.by === 'month' ? r.month : r.year);
	const totals = new Map<string, PaymentTotal & { months: Set<string>; withData: Set<string> }>();
	for (const r of records) {
		const leftOut = r.days !== null && (options.leaveOut?.(r) ?? false);
		for (const area of areaOf(r.municipality)) {
			const key = `${area}|${periodOf(r)}`;
			let t = totals.get(key);
			if (!t) {
				t = { area, period: periodOf(r), days: null, norway: null, sweden: null, halland: null, monthsWithData: 0, monthsInPeriod: 0, liableMonths: 0, approximatedMonths: 0, leftOut: 0, months: new Set(), withData: new Set() };
				totals.set(key, t);
			}
			t.months.add(r.month);
			if (leftOut) t.leftOut++;
			if (r.days === null || leftOut) continue;
			// Months are counted per area, so a cluster's month has data when any member's month is in the sum.
			t.withData.add(r.month);
			t.days = add(t.days, r.days);
			t.norway = add(t.norway, r.norway);
			t.sweden = add(t.sweden, r.sweden);
			t.halland = add(t.halland, r.halland);
			if (r.hallandLiable) t.liableMonths++;
			if (r.swedenBasis === 'approximate') t.approximatedMonths++;
		}
	}
	return [...totals.values()].map(({ months, withData, ...t }) => ({ ...t, monthsInPeriod: months.size, monthsWithData: withData.size }));
}

const add = (sum: number | null, value: number | null) => (value === null ? sum : (sum ?? 0) + value);
