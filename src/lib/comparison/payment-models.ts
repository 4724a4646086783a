// The three payment models, each for one municipality and month. A month without data has no
// value (`null`), never 0. Rates are per UKP day in the currency of the rate series.

/** The UKP numbers of one municipality and month; `null` where the cell was empty or the row is missing. */
export interface MonthCounts {
	stays: number | null;
	zeroStays: number | null;
	days: number | null;
}

/** UKP stays by their number of UKP days: `exact[k]` stays with k days (k = 0…30), plus the 31+ bucket. */
export interface StaysByDays {
	exact: number[];
	over30Stays: number;
	over30DaySum: number;
}

/**
 * Returns what the Norwegian rule charges: rate × UKP days, from the first day (forskrift § 13:
 * "fra og med det døgnet pasienten blir erklært utskrivningsklar"); `null` without days or rate.
 */
export function computeNorwayPayment(days: number | null, rate: number | null): number | null {
	if (days === null || rate === null) return null;
	return days * rate;
}

/**
 * Returns the UKP days the Swedish default rule (lag 2017:612) charges, from exact stays by days.
 * Convention: the notice goes out on the day the patient is declared ready (day 0); the UKP days of
 * a stay are the døgn that follow (the Norwegian count, 0 = left the same day). Payment starts on
 * the calendar day 3 days after the notice, so døgn 1–3 are free and a stay of d days pays
 * max(0, d − freeDays) days (3 → 0, 4 → 1, 10 → 7). In the 31+ bucket every stay is longer than
 * `freeDays`, so it pays its day sum − freeDays × its stays.
 */
export function computeSwedishDaysExact(stays: StaysByDays, freeDays: number): number {
	let payable = 0;
	stays.exact.forEach((n, d) => (payable += n * Math.max(0, d - freeDays)));
	return payable + Math.max(0, stays.over30DaySum - freeDays * stays.over30Stays);
}

/**
 * Returns an approximation of {@link computeSwedishDaysExact} from monthly totals, for months without
 * stays by days: as if every stay with days had the mean length m = days / (stays − zero-day
 * stays), i.e. (stays − zero) × max(0, m − freeDays). Because max(0, d − 3) is convex this is a
 * lower bound of the true value (equal only when all stays are equally long). `null` when a
 * count is missing.
 */
export function approximateSwedishDays(counts: MonthCounts, freeDays: number): number | null {
	const { stays, zeroStays, days } = counts;
	if (stays === null || zeroStays === null || days === null) return null;
	const withDays = stays - zeroStays;
	if (withDays <= 0) return 0; // every stay was zero-day, so there is nothing to charge
	return withDays * Math.max(0, days / withDays - freeDays);
}

/**
 * Returns the mean UKP days over all UKP stays, 0-day stays included (Σ ukp_days / Σ ukp_stays),
 * the basis of Halland's average model; `null` without data or without stays.
 */
export function computeMeanAllStays(counts: Pick<MonthCounts, 'stays' | 'days'>): number | null {
	if (counts.stays === null || counts.days === null || counts.stays === 0) return null;
	return counts.days / counts.stays;
}

/** The Halland model's verdict for one municipality and month. */
export interface HallandResult {
	/** Mean over all stays, 0-day stays included; `null` without data or without stays. */
	mean: number | null;
	/** True when the mean is above the benchmark; `null` without data. A month without stays is not liable. */
	liable: boolean | null;
	/** Days charged: all UKP days (or the days above benchmark × stays) when liable, else 0; `null` without data. */
	chargedDays: number | null;
}

/**
 * Returns Halland's average model for one municipality and month: liable only when the mean over
 * all stays is strictly above the benchmark (a month exactly at the benchmark is not liable, as the
 * agreement says "överstiger"). When liable it pays, by `liablePays`, every UKP day of the month
 * (`all_days`, our reading: the agreement says only that liability "inträder") or the days above
 * the benchmark (days − benchmark × stays). `null` values when stays or days are missing.
 */
export function computeHallandPayment(
	counts: Pick<MonthCounts, 'stays' | 'days'>,
	benchmark: number,
	liablePays: 'all_days' | 'days_above_benchmark' = 'all_days',
): HallandResult {
	const { stays, days } = counts;
	if (stays === null || days === null) return { mean: null, liable: null, chargedDays: null };
	const mean = computeMeanAllStays(counts);
	const liable = mean !== null && mean > benchmark;
	if (!liable) return { mean, liable, chargedDays: 0 };
	return { mean, liable, chargedDays: liablePays === 'all_days' ? days : days - benchmark * stays };
}
