import type { KpiTarget } from '../targets';
import type { Level } from './types';

export type { Level };

/** What progress is measured against for one KPI in one area. */
export interface ProgressBasis {
	direction: KpiTarget['direction'];
	/** `hold` also when the baseline already meets the target: then there is nothing to improve. */
	mode: KpiTarget['mode'];
	target: number;
	baseline: number | null;
	tolerance: number;
	/** Virkningstidspunkt as UTC milliseconds. */
	effective: number;
}

/**
 * Returns the share of the way from baseline to target expected at time `t` (UTC ms): 0 up to
 * the effective date, 0,5 one year after, 1 two years after and later, straight lines between.
 */
export function trajectoryFraction(effective: number, t: number): number {
	const d = new Date(effective);
	const oneYear = Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
	const twoYears = Date.UTC(d.getUTCFullYear() + 2, d.getUTCMonth(), d.getUTCDate());
	if (t <= effective) return 0;
	if (t <= oneYear) return (0.5 * (t - effective)) / (oneYear - effective);
	if (t <= twoYears) return 0.5 + (0.5 * (t - oneYear)) / (twoYears - oneYear);
	return 1;
}

/**
 * Returns the value expected at time `t`: on the straight line from baseline to target through
 * the 50 % and 100 % milestones; the target itself for `hold`; `null` without a baseline.
 */
export function computeExpected(basis: ProgressBasis, t: number): number | null {
	return expectedAt(basis, trajectoryFraction(basis.effective, t));
}

/** Returns the expected value at a share `fraction` of the way (see {@link trajectoryFraction}). */
export function expectedAt(basis: ProgressBasis, fraction: number): number | null {
	if (basis.mode === 'hold') return basis.target;
	if (basis.baseline === null) return null;
	return basis.baseline + (basis.target - basis.baseline) * fraction;
}

/**
 * Returns goal achievement as a fraction: (baseline − actual) / (baseline − target) when lower is
 * better, mirrored when higher is. Not clipped: above 1 beats the target, below 0 is worse than
 * the baseline. For `hold`, 1 while the target holds and 0 when it does not. `null` without data.
 */
export function computeAchievement(basis: ProgressBasis, actual: number | null): number | null {
	if (actual === null) return null;
	if (basis.mode === 'hold') return isAsGoodAs(basis.direction, actual, basis.target) ? 1 : 0;
	if (basis.baseline === null || basis.baseline === basis.target) return null;
	return (actual - basis.baseline) / (basis.target - basis.baseline);
}

/**
 * Returns the deviation level: green on or better than the expected value, yellow when worse by
 * at most the tolerance, red beyond it; `null` when either value is missing.
 */
export function computeLevel(
	direction: KpiTarget['direction'],
	actual: number | null,
	expected: number | null,
	tolerance: number,
): Level | null {
	if (actual === null || expected === null) return null;
	if (isAsGoodAs(direction, actual, expected)) return 'green';
	const gap = direction === 'lower' ? actual - expected : expected - actual;
	return gap <= tolerance + 1e-9 ? 'yellow' : 'red';
}

/** Returns the basis, switched to `hold` when the baseline already meets the target. */
export function normalizeBasis(basis: ProgressBasis): ProgressBasis {
	if (
		basis.mode === 'improve' &&
		basis.baseline !== null &&
		isAsGoodAs(basis.direction, basis.baseline, basis.target)
	) {
		return { ...basis, mode: 'hold' };
	}
	return basis;
}

function isAsGoodAs(direction: KpiTarget['direction'], value: number, reference: number): boolean {
	return direction === 'lower' ? value <= reference + 1e-9 : value >= reference - 1e-9;
}
