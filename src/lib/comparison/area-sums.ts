import { yearOf } from '../dates';

/** A UKP row as the comparison needs it (a subset of the data set's `UkpRow`). */
export interface UkpCounts {
	month: string;
	municipality: string;
	ukpStays: number | null;
	ukpStaysZeroDays: number | null;
	ukpDays: number | null;
}

/** UKP sums of one area (`all`, `cluster:<name>` or a municipality code) and period (`2024` or `2024-05`). */
export interface AreaSums {
	area: string;
	period: string;
	stays: number;
	zeroStays: number;
	days: number;
	monthsWithData: number;
}

/**
 * Returns the sums per area and period (each month and each calendar year). A row counts only
 * when stays, zero-day stays and days are all present, so every ratio of these sums covers the
 * same rows. Areas or periods without such a row are absent (no value, not 0).
 */
export function computeAreaSums(rows: UkpCounts[], areaOf: (municipality: string) => string[]): Map<string, AreaSums> {
	const sums = new Map<string, AreaSums & { months: Set<string> }>();
	for (const r of rows) {
		if (r.ukpStays === null || r.ukpStaysZeroDays === null || r.ukpDays === null) continue;
		for (const area of areaOf(r.municipality)) {
			for (const period of [r.month, yearOf(r.month)]) {
				const key = `${area}|${period}`;
				let s = sums.get(key);
				if (!s) sums.set(key, (s = { area, period, stays: 0, zeroStays: 0, days: 0, monthsWithData: 0, months: new Set() }));
				s.stays += r.ukpStays;
				s.zeroStays += r.ukpStaysZeroDays;
				s.days += r.ukpDays;
				s.months.add(r.month);
				s.monthsWithData = s.months.size;
			}
		}
	}
	return new Map([...sums].map(([key, { months: _months, ...s }]) => [key, s]));
}

/**
 * Returns the mean UKP days over all UKP stays, 0-day stays included (Σ ukp_days / Σ ukp_stays):
 * "gjennomsnitt over alle UKP-opphold, 0-døgnsopphold medregnet", the basis Halland and Sweden use.
 * Not the KPI `mean_ukp_days` (which leaves 0-day stays out). `null` without sums or stays.
 */
export function computeMeanOverAllStays(sums: AreaSums | undefined): number | null {
	if (!sums || sums.stays === 0) return null;
	return sums.days / sums.stays;
}

/**
 * Returns UKP days per 1 000 inhabitants of an age group (days / population × 1 000); `null`
 * when days or the population is missing or the population is 0.
 */
export function computePerThousand(days: number | null | undefined, population: number | null | undefined): number | null {
	if (days === null || days === undefined || population === null || population === undefined || population === 0) return null;
	return (days / population) * 1000;
}

/**
 * Returns the population of an area as the sum over its municipalities, or `null` when any member
 * lacks the number (a partial sum would not match the area's days).
 */
export function computeAreaPopulation(members: { population: number | null }[]): number | null {
	if (members.length === 0) return null;
	let sum = 0;
	for (const m of members) {
		if (m.population === null) return null;
		sum += m.population;
	}
	return sum;
}
