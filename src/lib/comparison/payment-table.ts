import { monthRange, yearOf, type Month } from '../dates';
import {
	approximateSwedishDays,
	computeHallandPayment,
	computeNorwayPayment,
	computeSwedishDaysExact,
	type MonthCounts,
	type StaysByDays,
} from './payment-models';
import { computeRateForYear, type YearRate } from './rates';
import type { Series } from './series';

/** What one municipality would pay in one month under each model. Amounts are `null` without data. */
export interface PaymentRecord extends MonthCounts {
	municipality: string;
	month: Month;
	year: string;
	rate: YearRate;
	benchmark: number;
	norway: number | null;
	swedenDays: number | null;
	sweden: number | null;
	/** `exact` from stays by days, `approximate` from the monthly totals, `null` without data. */
	swedenBasis: 'exact' | 'approximate' | null;
	hallandMean: number | null;
	hallandLiable: boolean | null;
	hallandDays: number | null;
	halland: number | null;
}

export interface PaymentOptions {
	rateSeries: Pick<Series, 'points'>;
	freeDays: number;
	benchmark: number;
	liablePays: 'all_days' | 'days_above_benchmark';
}

/** The UKP row of a municipality and month, as the payment models need it. */
export interface PaymentInputRow extends MonthCounts {
	month: Month;
	municipality: string;
}

/**
 * Returns one record per municipality and month from the first to the last month of `rows`, every
 * municipality included: a month without a row gets `null` amounts (no value, not 0). The Swedish
 * model uses exact stays by days where `staysByDays` has the month (key `month|municipality`) and
 * the monthly approximation elsewhere.
 */
export function computePaymentTable(
	rows: PaymentInputRow[],
	municipalities: string[],
	staysByDays: ReadonlyMap<string, StaysByDays>,
	options: PaymentOptions,
): PaymentRecord[] {
	if (rows.length === 0) return [];
	const byKey = new Map(rows.map((r) => [`${r.month}|${r.municipality}`, r]));
	const sorted = rows.map((r) => r.month).sort();
	const months = monthRange(sorted[0], sorted[sorted.length - 1]);
	const rates = new Map<string, YearRate>();
	const out: PaymentRecord[] = [];
	for (const municipality of municipalities) {
		for (const month of months) {
			const year = yearOf(month);
			if (!rates.has(year)) rates.set(year, computeRateForYear(options.rateSeries, year));
			const row = byKey.get(`${month}|${municipality}`);
			const counts: MonthCounts = row ?? { stays: null, zeroStays: null, days: null };
			out.push(
				computeRecord(
					municipality,
					month,
					counts,
					rates.get(year)!,
					staysByDays.get(`${month}|${municipality}`),
					options,
				),
			);
		}
	}
	return out;
}

function computeRecord(
	municipality: string,
	month: Month,
	counts: MonthCounts,
	rate: YearRate,
	exact: StaysByDays | undefined,
	options: PaymentOptions,
): PaymentRecord {
	const hasData = counts.days !== null;
	const swedenDays = !hasData
		? null
		: exact
			? computeSwedishDaysExact(exact, options.freeDays)
			: approximateSwedishDays(counts, options.freeDays);
	const halland = computeHallandPayment(counts, options.benchmark, options.liablePays);
	const times = (days: number | null) =>
		days === null || rate.rate === null ? null : days * rate.rate;
	return {
		municipality,
		month,
		year: yearOf(month),
		...counts,
		rate,
		benchmark: options.benchmark,
		norway: computeNorwayPayment(counts.days, rate.rate),
		swedenDays,
		sweden: times(swedenDays),
		swedenBasis: swedenDays === null ? null : exact ? 'exact' : 'approximate',
		hallandMean: halland.mean,
		hallandLiable: halland.liable,
		hallandDays: halland.chargedDays,
		halland: times(halland.chargedDays),
	};
}
