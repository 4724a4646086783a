import { twoSigma } from './limits';
import { SPC_RULES, type SpcLimits, type SpcRule } from './types';

// Each rule takes one segment's values (with its limits) and returns a flag per value. Runs never
// cross a segment boundary because the caller passes one segment at a time.

/** Returns true for each value strictly above the upper or strictly below the lower process limit. */
export function findAstronomical(values: readonly number[], limits: SpcLimits): boolean[] {
	return values.map((v) => v > limits.upl || v < limits.lpl);
}

/**
 * Returns true for each value in a run of at least `runLength` consecutive values all strictly
 * above the mean, or all strictly below; a value equal to the mean ends a run and is in none.
 */
export function findShift(
	values: readonly number[],
	limits: SpcLimits,
	runLength: number,
): boolean[] {
	const side = values.map((v) => Math.sign(v - limits.mean));
	return flagRuns(
		values.length,
		(i) => side[i] !== 0 && side[i] === side[i - 1],
		(i) => side[i] !== 0,
		runLength,
	);
}

/**
 * Returns true for each value in a run of at least `runLength` consecutive values, each strictly
 * higher than the one before (or each strictly lower); both ends of the run count, so 6 values make
 * 5 steps. A tie ends the run. A value can end a rising run and start a falling one.
 */
export function findTrend(values: readonly number[], runLength: number): boolean[] {
	const rising = findSteps(values, runLength, (a, b) => b > a);
	const falling = findSteps(values, runLength, (a, b) => b < a);
	return rising.map((flag, i) => flag || falling[i]);
}

/**
 * Returns true for each value beyond the 2σ line (|x − mean| > ⅔ × 2,66 × mR̄, values beyond the
 * limits included) that lies in some 3 consecutive values all strictly on the same side of the mean
 * of which at least 2 lie beyond the 2σ line on that side.
 */
export function findTwoOfThree(values: readonly number[], limits: SpcLimits): boolean[] {
	const line = twoSigma(limits);
	const side = values.map((v) => Math.sign(v - limits.mean));
	const beyond = values.map((v) => Math.abs(v - limits.mean) > line);
	const flags = values.map(() => false);
	for (let i = 2; i < values.length; i++) {
		const window = [i - 2, i - 1, i];
		if (side[i] === 0 || window.some((j) => side[j] !== side[i])) continue;
		const far = window.filter((j) => beyond[j]);
		if (far.length >= 2) for (const j of far) flags[j] = true;
	}
	return flags;
}

/** Returns each value's rules, in {@link SPC_RULES} order, for a segment with limits. */
export function applyRules(
	values: readonly number[],
	limits: SpcLimits,
	settings: { shift_points: number; trend_points: number },
): SpcRule[][] {
	const flags: Record<SpcRule, boolean[]> = {
		astronomical: findAstronomical(values, limits),
		trend: findTrend(values, settings.trend_points),
		two_of_three: findTwoOfThree(values, limits),
		shift: findShift(values, limits, settings.shift_points),
	};
	return values.map((_, i) => SPC_RULES.filter((rule) => flags[rule][i]));
}

function findSteps(
	values: readonly number[],
	runLength: number,
	step: (a: number, b: number) => boolean,
): boolean[] {
	return flagRuns(
		values.length,
		(i) => step(values[i - 1], values[i]),
		() => true,
		runLength,
	);
}

/**
 * Returns flags for every run of at least `runLength` indexes where each index continues the run
 * started before it (`continues(i)`, asked for i ≥ 1) and the run's first index may start one (`starts(i)`).
 */
function flagRuns(
	n: number,
	continues: (i: number) => boolean,
	starts: (i: number) => boolean,
	runLength: number,
): boolean[] {
	const flags: boolean[] = new Array(n).fill(false);
	let start = 0;
	for (let i = 0; i <= n; i++) {
		if (i > 0 && i < n && continues(i)) continue;
		// The run start … i − 1 has ended.
		if (i - start >= runLength && starts(start)) flags.fill(true, start, i);
		start = i;
	}
	return flags;
}
