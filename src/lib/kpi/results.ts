import type { Month } from '../dates';
import type { Area, KpiRecord, KpiResults } from './compute';
import type { PeriodType } from './periods';

/** Returns results with lookups over `records`, which must be grouped by KPI and area (used again after suppression). */
export function makeResults(
	records: KpiRecord[],
	areas: Area[],
	units: Area[],
	months: Month[],
	latestMonth: Month,
	suppressionThreshold: number | null,
): KpiResults {
	// Nested maps keyed by strings the records already hold: no key strings are built per record.
	const byPeriod = new Map<string, Map<string, Map<string, KpiRecord>>>();
	const bySeries = new Map<string, Map<string, Record<PeriodType, KpiRecord[]>>>();
	let area: Map<string, KpiRecord> | undefined;
	let series: Record<PeriodType, KpiRecord[]> | undefined;
	let last: KpiRecord | undefined;
	for (const r of records) {
		if (!last || last.kpi !== r.kpi || last.area !== r.area) {
			if (!byPeriod.has(r.kpi)) byPeriod.set(r.kpi, new Map()), bySeries.set(r.kpi, new Map());
			area = new Map();
			series = { month: [], year: [], rolling12: [] };
			byPeriod.get(r.kpi)!.set(r.area, area);
			bySeries.get(r.kpi)!.set(r.area, series);
		}
		area!.set(r.period, r);
		series![r.periodType].push(r);
		last = r;
	}
	return {
		records,
		areas,
		units,
		months,
		latestMonth,
		suppressionThreshold,
		get: (kpi, a, period) => byPeriod.get(kpi)?.get(a)?.get(period),
		series: (kpi, a, periodType) => bySeries.get(kpi)?.get(a)?.[periodType] ?? [],
	};
}
