import { monthRange, yearOf, type Month } from '../dates';
import type { Area, AreaModel } from '../areas';
import { groupId, type Rollup } from '../rollup';
import type { UkpRow } from '../schema';
import type { AreaSums } from './area-sums';
import type { ComparisonData } from './parse-comparison';
import { computePaymentTable, type PaymentRecord } from './payment-table';
import type { StaysByDays } from './payment-models';

/** The UKP counts the comparison sums: rows with stays, zero-day stays and days all present. */
export const COMPARISON_COLUMNS = ['ukp_stays', 'ukp_stays_zero_days', 'ukp_days'] as const;

/** Everything the comparison pages show, computed once per build. */
export interface ComparisonModel {
	data: ComparisonData;
	/** The UKP areas: all, clusters, municipalities. */
	areas: Area[];
	months: Month[];
	years: string[];
	/** Years with all 12 months inside the data's range. */
	fullYears: string[];
	/** Every municipality and month; amounts for all of them (public outputs go through `computePublishedPayments`). */
	payments: PaymentRecord[];
	/** Municipality-months with exact stays by days (the rest of the Swedish model is approximated). */
	exactMonths: number;
	staysByDaysPresent: boolean;
	/** Returns the area sums for an area and period (`YYYY` or `YYYY-MM`), if any row counted. */
	sumsOf(area: string, period: string): AreaSums | undefined;
	/** Returns how many months of a period have data for an area (how much a figure covers, not a count of people). */
	monthsWithData(area: string, period: string): number;
	/** Returns the areas a municipality counts in: itself, its cluster and `all`. */
	areaOf(municipality: string): readonly string[];
}

/** What the comparison is computed from. */
export interface ComparisonInput {
	data: ComparisonData;
	areas: AreaModel;
	/** The project's UKP rollup, with the group of {@link COMPARISON_COLUMNS}. */
	rollup: Rollup;
	ukp: UkpRow[];
	staysByDays: ReadonlyMap<string, StaysByDays> | null;
}

/**
 * Returns the comparison model: UKP sums per area and period from the project's rollup, and the
 * three payment models per municipality and month. Nothing is hidden here: an output applies its
 * audience's suppression on top (see `published-payments.ts` and `views.ts`).
 */
export function computeComparison({
	data,
	areas,
	rollup,
	ukp,
	staysByDays,
}: ComparisonInput): ComparisonModel {
	// Step 1: the months of the UKP data.
	const sorted = ukp.map((r) => r.month).sort();
	const months = sorted.length ? monthRange(sorted[0], sorted[sorted.length - 1]) : [];
	const years = [...new Set(months.map(yearOf))];
	const fullYears = years.filter((y) => months.filter((m) => yearOf(m) === y).length === 12);

	// Step 2: payments.
	const { settings } = data;
	const inputs = ukp.map((r) => ({
		month: r.month,
		municipality: r.municipality,
		stays: r.ukpStays,
		zeroStays: r.ukpStaysZeroDays,
		days: r.ukpDays,
	}));
	const payments = computePaymentTable(
		inputs,
		areas.municipalities.map((m) => m.id),
		staysByDays ?? new Map(),
		{
			rateSeries: data.byId(settings.rate_series),
			freeDays: settings.sweden.free_days,
			benchmark: settings.calculator.benchmark_days,
			liablePays: settings.halland.liable_pays,
		},
	);
	return {
		data,
		areas: areas.ukpAreas,
		months,
		years,
		fullYears,
		payments,
		exactMonths: payments.filter((p) => p.swedenBasis === 'exact').length,
		staysByDaysPresent: staysByDays !== null,
		sumsOf: (area, period) => sumsOf(rollup, area, period),
		monthsWithData: (area, period) => sumsOf(rollup, area, period)?.monthsWithData ?? 0,
		areaOf: (municipality) => areas.areasOf(municipality),
	};
}

const GROUP = groupId(COMPARISON_COLUMNS);

function sumsOf(rollup: Rollup, area: string, period: string): AreaSums | undefined {
	if (!rollup.hasArea(area)) return undefined;
	const [first, last] = period.length === 4 ? [`${period}-01`, `${period}-12`] : [period, period];
	const from = rollup.position(first);
	const to = rollup.position(last);
	const monthsWithData = rollup.monthsWithRows(GROUP, area, from, to);
	if (monthsWithData === 0) return undefined;
	const sum = (column: string) => rollup.sum(GROUP, column, area, from, to);
	return {
		area,
		period,
		stays: sum('ukp_stays'),
		zeroStays: sum('ukp_stays_zero_days'),
		days: sum('ukp_days'),
		monthsWithData,
	};
}
