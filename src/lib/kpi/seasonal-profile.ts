import type { Month } from '../dates';

// The seasonal profile of a count KPI (`ukp_days`): how the baseline years' total spread over the
// calendar months. A monthly or year-to-date expectation that follows it does not turn a winter
// month red for reasons of season alone (issue 13, item 6); the yearly figure is unchanged.

/** The setting: `seasonal` follows the baseline, `flat` gives every month 1/12 (the pro-rata rule). */
export type ProfileSetting = 'flat' | 'seasonal';

/** Why a profile is flat. */
export type FlatReason = 'setting' | 'no_baseline' | 'missing_months' | 'no_days';

export interface SeasonalProfile {
	kind: 'seasonal' | 'flat';
	/** `null` for a seasonal profile; else why it is flat (a seasonal setting falls back to flat on bad baseline data). */
	flatBecause: FlatReason | null;
	/** Each calendar month's share of the year, January first: 12 fractions that sum to 1. */
	shares: number[];
	/** The share of January through each calendar month: `toDate[11]` is exactly 1. */
	toDate: number[];
	/** Baseline months without a value, when that is why the profile is flat; else empty. */
	missingMonths: Month[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/**
 * Returns the seasonal profile of monthly counts (one value per month; months outside the baseline
 * years are ignored): each calendar month's share of the baseline years' total, a ratio of sums
 * over the years. Falls back to flat (1/12 each), and says why in `flatBecause`, when the setting
 * is `flat`, when there are no baseline years, when a baseline month has no value (`null` or absent:
 * a share of 0 would expect nothing that month, and guessing the month would be a hidden decision),
 * or when the baseline total is 0.
 */
export function computeSeasonalProfile(
	values: readonly { month: Month; value: number | null }[],
	baselineYears: readonly string[],
	setting: ProfileSetting,
): SeasonalProfile {
	if (setting === 'flat') return flatProfile('setting');
	if (baselineYears.length === 0) return flatProfile('no_baseline');
	const byMonth = new Map(values.map((v) => [v.month, v.value]));
	const baseline = baselineYears.flatMap((year) => MONTHS.map((m) => `${year}-${m}`));
	const missingMonths = baseline.filter(
		(month) => byMonth.get(month) === null || byMonth.get(month) === undefined,
	);
	if (missingMonths.length > 0) return { ...flatProfile('missing_months'), missingMonths };
	const sums = MONTHS.map((m) =>
		baselineYears.reduce((sum, year) => sum + byMonth.get(`${year}-${m}`)!, 0),
	);
	const total = sums.reduce((a, b) => a + b, 0);
	if (total <= 0) return flatProfile('no_days');
	let running = 0;
	const toDate = sums.map((s) => (running += s) / total);
	return {
		kind: 'seasonal',
		flatBecause: null,
		shares: sums.map((s) => s / total),
		toDate,
		missingMonths: [],
	};
}

/** Returns the expected value of one month: the yearly expectation × the month's share (the unit of `yearly`, e.g. UKP-døgn). */
export function expectedForMonth(yearly: number, profile: SeasonalProfile, month: Month): number {
	return yearly * profile.shares[calendarMonth(month)];
}

/** Returns the expected value from January through `month` of its year: the yearly expectation × the share to date; December gives `yearly` itself. */
export function expectedYearToDate(yearly: number, profile: SeasonalProfile, month: Month): number {
	return yearly * profile.toDate[calendarMonth(month)];
}

function flatProfile(flatBecause: FlatReason): SeasonalProfile {
	return {
		kind: 'flat',
		flatBecause,
		shares: MONTHS.map(() => 1 / 12),
		toDate: MONTHS.map((_, i) => (i + 1) / 12),
		missingMonths: [],
	};
}

function calendarMonth(month: Month): number {
	return +month.slice(5, 7) - 1;
}
