/**
 * Returns true when a count must not be shown in a public build: between 1 and `threshold`
 * (DOMAIN.md "Privacy"). 0 and `null` are never suppressed; no threshold suppresses nothing.
 */
export function isSmallCount(count: number | null | undefined, threshold: number | undefined): boolean {
	if (threshold === undefined || count === null || count === undefined) return false;
	return count >= 1 && count <= threshold;
}

/** Returns true when any of the counts behind a cell is small (a share or mean of it is hidden too). */
export function isSuppressed(counts: (number | null | undefined)[], threshold: number | undefined): boolean {
	return counts.some((c) => isSmallCount(c, threshold));
}
