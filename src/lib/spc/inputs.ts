import type { Month } from '../dates';
import { KPI_DEFINITIONS, type KpiId } from '../kpi/definitions';
import type { KpiResults } from '../kpi/types';
import type { Targets } from '../targets';
import type { SpcSeriesInput } from './types';

/** One monthly KPI value as the KPI export gives it. */
export interface MonthlyKpiValue {
	kpi: KpiId;
	area: string;
	month: Month;
	value: number | null;
}

/**
 * Returns the target a KPI's series in an area is assured against, on a monthly scale, or `null`
 * when the series has none (DOMAIN.md "Assurance"). The KPI's own target applies in its home area
 * (`target_area`, else `all`); shares and means without a `target_area` apply it in every area too;
 * elsewhere only an `area_targets` entry gives one (so no `ukp_days` target for clusters and
 * municipalities, and none for `short_term_los` in `all`). Counts are per year in the targets file,
 * so their monthly target is the yearly one ÷ 12.
 */
export function assuranceTarget(kpi: KpiId, area: string, targets: Targets): number | null {
	const spec = targets.kpis[kpi];
	const isCount = KPI_DEFINITIONS[kpi].kind === 'count';
	const home = spec.target_area ?? 'all';
	const yearly =
		area === home
			? spec.target
			: isCount || spec.target_area !== undefined
				? (spec.area_targets?.[area] ?? null)
				: spec.target;
	return yearly === null ? null : isCount ? yearly / 12 : yearly;
}

/**
 * Returns one SPC series per KPI and area of the monthly values, in the order each first appears,
 * with the KPI's direction and {@link assuranceTarget}. Pass the values the audience may see: a
 * hidden (suppressed) month given as `null` is left out of the limits like a month without data.
 */
export function spcInputsFromValues(
	values: readonly MonthlyKpiValue[],
	targets: Targets,
): SpcSeriesInput[] {
	const byKey = new Map<string, SpcSeriesInput>();
	for (const { kpi, area, month, value } of values) {
		const key = `${kpi}\u0000${area}`;
		let input = byKey.get(key);
		if (input === undefined) {
			input = {
				kpi,
				area,
				direction: targets.kpis[kpi].direction,
				target: assuranceTarget(kpi, area, targets),
				values: [],
			};
			byKey.set(key, input);
		}
		input.values.push({ month, value });
	}
	return [...byKey.values()];
}

/**
 * Returns the monthly values of KPI results as the SPC engine takes them. Hidden (suppressed)
 * months come as `null`, so a public build draws no limits from what it may not show.
 */
export function monthlyValuesOf(results: KpiResults): MonthlyKpiValue[] {
	return results
		.seriesKeys()
		.flatMap(({ kpi, area }) =>
			results
				.series(kpi, area, 'month')
				.map((r) => ({ kpi, area, month: r.period, value: r.suppressed ? null : r.value })),
		);
}
