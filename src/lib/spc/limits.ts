import type { SpcLimits } from './types';

/** The XmR constant: 3 / d₂ with d₂ = 1,128 for moving ranges of two points. */
export const XMR_CONSTANT = 2.66;

/**
 * Returns the centre line and process limits of a segment's values, or `null` when it has fewer
 * than `minPoints` values (or fewer than 2, which give no moving range). Mean = mean of the values;
 * mR̄ = mean of |x_i − x_(i−1)|; limits = mean ± 2,66 × mR̄, not clipped at 0.
 */
export function computeLimits(values: readonly number[], minPoints: number): SpcLimits | null {
	if (values.length < Math.max(minPoints, 2)) return null;
	let sum = 0;
	for (const v of values) sum += v;
	const mean = sum / values.length;
	let ranges = 0;
	for (let i = 1; i < values.length; i++) ranges += Math.abs(values[i] - values[i - 1]);
	const mrBar = ranges / (values.length - 1);
	return { mean, mrBar, lpl: mean - XMR_CONSTANT * mrBar, upl: mean + XMR_CONSTANT * mrBar };
}

/** Returns the distance from the mean beyond which a point lies outside the 2σ line: ⅔ of the limits' half-width. */
export function twoSigma(limits: SpcLimits): number {
	return (2 / 3) * XMR_CONSTANT * limits.mrBar;
}
