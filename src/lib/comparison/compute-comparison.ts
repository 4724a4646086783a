import { monthRange, yearOf, type Month } from '../dates';
import { computeAreaPopulation, computeAreaSums, type AreaSums, type UkpCounts } from './area-sums';
import type { ComparisonData } from './parse-comparison';
import { computePaymentTable, type PaymentRecord } from './payment-table';
import type { StaysByDays } from './payment-models';

/** A municipality as the comparison needs it (a subset of the data set's `Municipality`). */
export interface MunicipalityInfo {
	code: string;
	name: string;
	cluster: string;
	population67: number | null;
	population80: number | null;
}

/** An area of the comparison with its populations (`null` when any member lacks the number). */
export interface ComparisonArea {
	id: string;
	kind: 'all' | 'cluster' | 'municipality';
	name: string;
	members: string[];
	population67: number | null;
	population80: number | null;
}

/** Everything the comparison pages show, computed once per build. */
export interface ComparisonModel {
	data: ComparisonData;
	areas: ComparisonArea[];
	months: Month[];
	years: string[];
	/** Years with all 12 months inside the data's range. */
	fullYears: string[];
	/** Every municipality and month; amounts for all of them (public outputs go through `computePublishedPayments`). */
	payments: PaymentRecord[];
	sums: Map<string, AreaSums>;
	/** Municipality-months with exact stays by days (the rest of the Swedish model is approximated). */
	exactMonths: number;
	staysByDaysPresent: boolean;
	/** Returns the area sums for an area and period, if any row counted. */
	sumsOf(area: string, period: string): AreaSums | undefined;
	/** Returns the areas a municipality counts in: itself, its cluster and `all`. */
	areaOf(municipality: string): string[];
}

/**
 * Returns the comparison model: areas (all, clusters, municipalities), UKP sums per area and
 * period, and the three payment models per municipality and month. Nothing is hidden here: an
 * output applies its audience's suppression on top (see `published-payments.ts` and `views.ts`).
 */
export function computeComparison(data: ComparisonData, municipalities: MunicipalityInfo[], ukp: UkpCounts[], staysByDays: ReadonlyMap<string, StaysByDays> | null): ComparisonModel {
	// Step 1: areas and the months of the data.
	const areas = listAreas(municipalities);
	const areaOf = membershipOf(areas);
	const sorted = ukp.map((r) => r.month).sort();
	const months = sorted.length ? monthRange(sorted[0], sorted[sorted.length - 1]) : [];
	const years = [...new Set(months.map(yearOf))];
	const fullYears = years.filter((y) => months.filter((m) => yearOf(m) === y).length === 12);

	// Step 2: sums and payments.
	const sums = computeAreaSums(ukp, areaOf);
	const { settings } = data;
	const inputs = ukp.map((r) => ({ month: r.month, municipality: r.municipality, stays: r.ukpStays, zeroStays: r.ukpStaysZeroDays, days: r.ukpDays }));
	const exact = staysByDays ?? new Map<string, StaysByDays>();
	const payments = computePaymentTable(inputs, municipalities.map((m) => m.code).sort(), exact, {
		rateSeries: data.byId(settings.rate_series),
		freeDays: settings.sweden.free_days,
		benchmark: settings.calculator.benchmark_days,
		liablePays: settings.halland.liable_pays,
	});
	return {
		data,
		areas,
		months,
		years,
		fullYears,
		payments,
		sums,
		exactMonths: payments.filter((p) => p.swedenBasis === 'exact').length,
		staysByDaysPresent: staysByDays !== null,
		sumsOf: (area, period) => sums.get(`${area}|${period}`),
		areaOf,
	};
}

function listAreas(municipalities: MunicipalityInfo[]): ComparisonArea[] {
	const area = (id: string, kind: ComparisonArea['kind'], name: string, members: MunicipalityInfo[]): ComparisonArea => ({
		id,
		kind,
		name,
		members: members.map((m) => m.code),
		population67: computeAreaPopulation(members.map((m) => ({ population: m.population67 }))),
		population80: computeAreaPopulation(members.map((m) => ({ population: m.population80 }))),
	});
	const clusters = [...new Set(municipalities.map((m) => m.cluster))].sort((a, b) => a.localeCompare(b, 'nb'));
	return [
		area('all', 'all', 'Helsefellesskapet', municipalities),
		...clusters.map((c) => area(`cluster:${c}`, 'cluster', `${c} (samarbeidsområde)`, municipalities.filter((m) => m.cluster === c))),
		...[...municipalities].sort((a, b) => a.code.localeCompare(b.code)).map((m) => area(m.code, 'municipality', m.name, [m])),
	];
}

function membershipOf(areas: ComparisonArea[]): (municipality: string) => string[] {
	const index = new Map<string, string[]>();
	for (const a of areas) for (const m of a.members) index.set(m, [...(index.get(m) ?? []), a.id]);
	return (municipality) => index.get(municipality) ?? [];
}
