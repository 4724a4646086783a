import type { Month } from '../dates';
import type { KpiId } from '../kpi/definitions';
import type { KpiResults } from '../kpi/types';
import type { Targets } from '../targets';
import { computeSpc } from './compute';
import { monthlyValuesOf, spcInputsFromValues } from './inputs';
import type { SpcSettings } from './settings';
import type { SpcPoint, SpcResult, SpcSeries } from './types';

// The SPC charts of one edition, computed once per build from the numbers the edition may show:
// a month hidden for privacy is `null`, so no mean, limit or signal of a public page rests on it.

/** The SPC charts of every KPI and area of one edition, with lookups. */
export interface SiteSpc {
	readonly result: SpcResult;
	readonly settings: SpcSettings;
	/** The last month the charts include. */
	readonly until: Month;
	/** Returns the verdict on a KPI in an area, or `undefined` when the KPI has no such area. */
	series(kpi: KpiId, area: string): SpcSeries | undefined;
	/** Returns the points of a KPI in an area in month order; empty when it has none. */
	points(kpi: KpiId, area: string): SpcPoint[];
	/** Returns the months up to `until` whose value is hidden for privacy (and so left out of the chart and its limits), oldest first. */
	hiddenMonths(kpi: KpiId, area: string): Month[];
	/** Returns the charts as they stood at the end of `month` (a report's period): later months left out; itself when `month` is `until` or later. */
	upTo(month: Month): SiteSpc;
}

/**
 * Returns the SPC charts of the KPI results of one edition up to and including `until` (default:
 * the latest month), with the KPI's monthly target of {@link spcInputsFromValues}. Values hidden
 * for privacy are `null` and left out, as months without data are.
 */
export function computeSiteSpc(
	kpis: KpiResults,
	targets: Targets,
	settings: SpcSettings,
	until: Month = kpis.latestMonth,
): SiteSpc {
	const values = monthlyValuesOf(kpis).filter((v) => v.month <= until);
	const result = computeSpc(spcInputsFromValues(values, targets), settings);
	const key = (kpi: KpiId, area: string) => `${kpi}\u0000${area}`;
	const series = new Map(result.series.map((s) => [key(s.kpi, s.area), s]));
	const points = new Map<string, SpcPoint[]>();
	for (const p of result.points) {
		const list = points.get(key(p.kpi, p.area)) ?? [];
		list.push(p);
		points.set(key(p.kpi, p.area), list);
	}
	const self: SiteSpc = {
		result,
		settings,
		until,
		series: (kpi, area) => series.get(key(kpi, area)),
		points: (kpi, area) => points.get(key(kpi, area)) ?? [],
		hiddenMonths: (kpi, area) =>
			kpis
				.series(kpi, area, 'month')
				.filter((r) => r.suppressed && r.period <= until)
				.map((r) => r.period),
		upTo: (month) => (month >= until ? self : computeSiteSpc(kpis, targets, settings, month)),
	};
	return self;
}
