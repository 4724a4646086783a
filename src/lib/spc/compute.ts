import { computeLimits } from './limits';
import { applyRules } from './rules';
import { rebasesFor, splitSegments } from './segments';
import { DEFAULT_SPC_SETTINGS, type SpcSettings } from './settings';
import { computeAssurance, computeVariation, type LatestPoint } from './summary';
import type {
	SpcLimits,
	SpcPoint,
	SpcResult,
	SpcSegment,
	SpcSeries,
	SpcSeriesInput,
} from './types';

/**
 * Returns the XmR chart of every series (DOMAIN.md "Variation"): its points in month order (months
 * without a value left out), segmented by the settings' rebases, with each segment's limits (none
 * below `min_points` points) and each point's rules; and per series the variation of the latest
 * point and the assurance of the latest segment that has limits against the series' target.
 * Points and series follow the order of `inputs`; a series without values has no points, variation
 * and assurance `none`.
 */
export function computeSpc(
	inputs: readonly SpcSeriesInput[],
	settings: SpcSettings = DEFAULT_SPC_SETTINGS,
): SpcResult {
	const points: SpcPoint[] = [];
	const series: SpcSeries[] = [];
	for (const input of inputs) {
		const chart = computeSeries(input, settings);
		points.push(...chart.points);
		series.push(chart.series);
	}
	return { points, series };
}

function computeSeries(
	input: SpcSeriesInput,
	settings: SpcSettings,
): { points: SpcPoint[]; series: SpcSeries } {
	const { kpi, area } = input;
	const points: SpcPoint[] = [];
	const segments: SpcSegment[] = [];
	let latest: LatestPoint | null = null;
	let assessed: SpcLimits | null = null;
	for (const [index, segment] of splitSegments(
		input.values,
		rebasesFor(kpi, area, settings.rebases),
	).entries()) {
		const limits = computeLimits(segment.values, settings.min_points);
		const rules = limits
			? applyRules(segment.values, limits, settings)
			: segment.values.map(() => []);
		const line = { mean: limits?.mean ?? null, lpl: limits?.lpl ?? null, upl: limits?.upl ?? null };
		segment.values.forEach((value, i) =>
			points.push({
				kpi,
				area,
				month: segment.months[i],
				value,
				segment: index,
				...line,
				rules: rules[i],
			}),
		);
		const n = segment.values.length;
		segments.push({
			segment: index,
			from: segment.months[0],
			to: segment.months[n - 1],
			points: n,
			...line,
			reason: segment.reason,
		});
		latest = {
			value: segment.values[n - 1],
			previous: n > 1 ? segment.values[n - 2] : null,
			limits,
			rules: rules[n - 1],
		};
		if (limits) assessed = limits;
	}
	const series: SpcSeries = {
		kpi,
		area,
		variation: computeVariation(latest, input.direction),
		// The latest segment with limits, as DOMAIN.md says: a rebased segment still too short for limits is not judged on its own.
		assurance: computeAssurance(assessed, input.target, input.direction),
		direction: input.direction,
		target: input.target,
		latest: points.length > 0 ? points[points.length - 1].month : null,
		segments,
	};
	return { points, series };
}
