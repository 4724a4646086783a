import type { ComparisonModel } from './compute-comparison';
import type { HiddenCell } from './hidden-cells';
import { computePaymentTotals, type PaymentTotal } from './payment-summary';
import type { PaymentRecord } from './payment-table';

/** A municipality-month as an output may show it: a hidden one has no counts or amounts. */
export type PublishedMonth = PaymentRecord & { suppressed: boolean };
/** An area total as an output may show it: a hidden one has no days or amounts. */
export type PublishedTotal = PaymentTotal & { suppressed: boolean };

/** The payment models as one audience may see them. */
export interface PublishedPayments {
	/** Every municipality and month. */
	months: PublishedMonth[];
	/** Every area (all, clusters, municipalities) and calendar year. */
	years: PublishedTotal[];
	/** The helsefellesskap and each cluster per month. */
	areaMonths: PublishedTotal[];
	/** Municipality-months with data that are hidden, and so left out of every total. */
	hiddenMonths: number;
	/** Returns the total of an area and period (`YYYY`, or `YYYY-MM` for all and clusters). */
	totalOf(area: string, period: string): PublishedTotal | undefined;
}

/**
 * Returns the payment tables for an output. A municipality-month is hidden when `isMonthHidden` says
 * so (by default `isHidden` of its municipality and month),
 * and every total (a year, a cluster, the helsefellesskap) sums only the municipality-months that
 * are shown: the Swedish and Halland amounts are not linear in the counts, so a total with a hidden
 * month in it would let that month's amount be worked out from the others. A total is itself hidden
 * when `isHidden` says so for its area and period, and marked hidden when every month with data in
 * it is hidden (its empty sum is then not "no data").
 */
export function computePublishedPayments(
	model: ComparisonModel,
	isHidden: HiddenCell,
	isMonthHidden: (r: PaymentRecord) => boolean = (r) => isHidden(r.municipality, r.month),
): PublishedPayments {
	const hidden = (r: PaymentRecord) => r.days !== null && isMonthHidden(r);
	const months = model.payments.map((r): PublishedMonth =>
		hidden(r) ? withheldMonth(r) : { ...r, suppressed: false },
	);
	const totals = (by: 'year' | 'month') =>
		computePaymentTotals(
			model.payments,
			{ areaIds: model.areas.map((a) => a.id), areasOf: model.areaOf },
			{ by, leaveOut: hidden },
		).map((t): PublishedTotal =>
			isHidden(t.area, t.period) || onlyHidden(t) ? withheldTotal(t) : { ...t, suppressed: false },
		);
	const years = totals('year');
	const isMunicipality = (area: string) => /^\d{4}$/.test(area);
	const areaMonths = totals('month').filter((t) => !isMunicipality(t.area));
	const index = new Map([...years, ...areaMonths].map((t) => [`${t.area}|${t.period}`, t]));
	return {
		months,
		years,
		areaMonths,
		hiddenMonths: model.payments.filter(hidden).length,
		totalOf: (area, period) => index.get(`${area}|${period}`),
	};
}

const onlyHidden = (t: PaymentTotal) => t.monthsWithData === 0 && t.leftOut > 0;

function withheldMonth(r: PaymentRecord): PublishedMonth {
	return {
		...r,
		stays: null,
		zeroStays: null,
		days: null,
		norway: null,
		swedenDays: null,
		sweden: null,
		hallandMean: null,
		hallandLiable: null,
		hallandDays: null,
		halland: null,
		suppressed: true,
	};
}

// The month counts stay: they say how much of the period the sums cover, not how many patients.
function withheldTotal(t: PaymentTotal): PublishedTotal {
	return {
		...t,
		days: null,
		norway: null,
		sweden: null,
		halland: null,
		liableMonths: 0,
		approximatedMonths: 0,
		suppressed: true,
	};
}
