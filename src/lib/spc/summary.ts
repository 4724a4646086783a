import type { Assurance, Direction, SpcLimits, SpcRule, Variation } from './types';

/** What the variation of the latest point is judged on. */
export interface LatestPoint {
	value: number;
	/** The value of the point before it in the same segment; `null` for a segment's first point. */
	previous: number | null;
	/** `null` when the point's segment has no limits. */
	limits: SpcLimits | null;
	/** The point's rules, in precedence order (astronomical, trend, two_of_three, shift). */
	rules: readonly SpcRule[];
}

/**
 * Returns the variation of a series' latest point: `none` without a point or without limits,
 * `common` without a rule, else the side of its first rule (astronomical: which limit it is beyond;
 * trend: higher or lower than the point before; two_of_three and shift: above or below the mean)
 * read through the KPI's direction: the better side is `improvement`, the other `concern`.
 */
export function computeVariation(latest: LatestPoint | null, direction: Direction): Variation {
	if (latest === null || latest.limits === null) return 'none';
	const rule = latest.rules[0];
	if (rule === undefined) return 'common';
	const high =
		rule === 'astronomical'
			? latest.value > latest.limits.upl
			: rule === 'trend'
				? latest.value > (latest.previous ?? latest.value)
				: latest.value > latest.limits.mean;
	return high === (direction === 'higher') ? 'improvement' : 'concern';
}

/**
 * Returns whether a process with these limits meets a target: for lower-is-better `pass` when the
 * target is at or above the upper limit, `fail` when at or below the lower limit, else
 * `hit_or_miss`; mirrored for higher-is-better. `none` without limits or without a target.
 */
export function computeAssurance(
	limits: SpcLimits | null,
	target: number | null,
	direction: Direction,
): Assurance {
	if (limits === null || target === null) return 'none';
	if (direction === 'lower')
		return target >= limits.upl ? 'pass' : target <= limits.lpl ? 'fail' : 'hit_or_miss';
	return target <= limits.lpl ? 'pass' : target >= limits.upl ? 'fail' : 'hit_or_miss';
}
