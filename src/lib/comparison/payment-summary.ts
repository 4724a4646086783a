import { monthRange, yearOf } from '../dates';
import { computeRollup, type Rollup } from '../rollup';
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

/** The areas totals are made for: their ids, and the areas a municipality counts in. */
export interface TotalAreas {
	areaIds: readonly string[];
	areasOf(municipality: string): readonly string[];
}

export interface TotalOptions {
	/** Sum per calendar year (default) or per month. */
	by?: 'year' | 'month';
	/** Municipality-months to leave out of every sum, e.g. those hidden in a public output. */
	leaveOut?: (record: PaymentRecord) => boolean;
}

// Each amount is its own group: a month whose rate is unknown has days but no kroner.
const AMOUNTS = ['days', 'norway', 'sweden', 'halland', 'liable', 'approximated'] as const;

/**
 * Returns the totals per area and period, summed with the project's rollup. A sum covers the
 * months with data that are not left out; an amount is `null`, not 0, when none of its months had
 * such data or the month's rate is unknown. A cluster's month has data when any member's has.
 */
export function computePaymentTotals(
	records: PaymentRecord[],
	areas: TotalAreas,
	options: TotalOptions = {},
): PaymentTotal[] {
	if (records.length === 0) return [];
	const months = records.map((r) => r.month).sort();
	const rollup = computeRollup(records, {
		areaIds: areas.areaIds,
		areasOf: (r) => areas.areasOf(r.municipality),
		first: months[0],
		last: months[months.length - 1],
		groups: paymentGroups(options.leaveOut ?? (() => false)),
	});
	const periods = periodsOf(rollup, options.by ?? 'year');
	const present = new Set(records.flatMap((r) => areas.areasOf(r.municipality)));
	return areas.areaIds
		.filter((a) => present.has(a))
		.flatMap((area) => periods.map((p) => totalOf(rollup, area, p)));
}

type Window = { period: string; from: number; to: number };

function paymentGroups(leaveOut: (r: PaymentRecord) => boolean) {
	const shown = (r: PaymentRecord) => r.days !== null && !leaveOut(r);
	const amount = (read: (r: PaymentRecord) => number | null) => ({
		columns: { value: (r: PaymentRecord) => (shown(r) ? read(r) : null) },
	});
	return {
		days: amount((r) => r.days),
		norway: amount((r) => r.norway),
		sweden: amount((r) => r.sweden),
		halland: amount((r) => r.halland),
		liable: amount((r) => (r.hallandLiable ? 1 : 0)),
		approximated: amount((r) => (r.swedenBasis === 'approximate' ? 1 : 0)),
		leftOut: { columns: { value: (r: PaymentRecord) => (r.days !== null && leaveOut(r) ? 1 : 0) } },
	};
}

function periodsOf(rollup: Rollup, by: 'year' | 'month'): Window[] {
	if (by === 'month') return rollup.months.map((m, i) => ({ period: m, from: i, to: i }));
	const years = [...new Set(rollup.months.map(yearOf))];
	return years.map((y) => {
		const inYear = monthRange(`${y}-01`, `${y}-12`).map((m) => rollup.position(m));
		return { period: y, from: inYear[0], to: inYear[11] };
	});
}

function totalOf(rollup: Rollup, area: string, w: Window): PaymentTotal {
	const sum = (group: (typeof AMOUNTS)[number]) =>
		rollup.rows(group, area, w.from, w.to) === 0
			? null
			: rollup.sum(group, 'value', area, w.from, w.to);
	const from = Math.max(0, w.from);
	const to = Math.min(rollup.months.length - 1, w.to);
	return {
		area,
		period: w.period,
		days: sum('days'),
		norway: sum('norway'),
		sweden: sum('sweden'),
		halland: sum('halland'),
		monthsWithData: rollup.monthsWithRows('days', area, w.from, w.to),
		monthsInPeriod: to - from + 1,
		liableMonths: sum('liable') ?? 0,
		approximatedMonths: sum('approximated') ?? 0,
		leftOut: rollup.sum('leftOut', 'value', area, w.from, w.to),
	};
}
