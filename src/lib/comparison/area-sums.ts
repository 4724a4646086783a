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
export function computePerThousand(
	days: number | null | undefined,
	population: number | null | undefined,
): number | null {
	if (
		days === null ||
		days === undefined ||
		population === null ||
		population === undefined ||
		population === 0
	)
		return null;
	return (days / population) * 1000;
}
