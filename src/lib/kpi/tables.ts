import type { KpiRecord, KpiResults } from './types';
import type { KpiId } from './definitions';
import { yearOf } from '../dates';

/** A row of a KPI table: the same values the page shows and the CSV download holds. */
export interface KpiTableRow {
	area: string;
	area_name: string;
	period: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	target: number | null;
	expected: number | null;
	achievement: number | null;
	level: string | null;
	provisional: boolean;
	/** False when some municipality (or unit) of the area lacks data for a month of the period. */
	complete: boolean;
	/** True when hidden to protect small counts (public outputs). */
	suppressed: boolean;
	months_with_data: number;
}

/** The three tables of a KPI page. */
export interface KpiTables {
	/** Every month for the headline area (the chart). */
	monthly: KpiTableRow[];
	/** Every calendar year for the headline area; the running year is year to date. */
	yearly: KpiTableRow[];
	/** The running year and the year before for every cluster and municipality (or unit). */
	areas: KpiTableRow[];
}

/** Returns the tables of a KPI page from computed results, for the headline area `area`. */
export function computeKpiTables(results: KpiResults, kpi: KpiId, area: string): KpiTables {
	const names = new Map([...results.areas, ...results.units].map((a) => [a.id, a.name]));
	const row = (r: KpiRecord): KpiTableRow => ({
		area: r.area,
		area_name: r.area === 'all' ? 'Helsefellesskapet' : (names.get(r.area) ?? r.area),
		period: r.period,
		value: r.value,
		numerator: r.numerator,
		denominator: r.denominator,
		target: r.target,
		expected: r.expected,
		achievement: r.achievement,
		level: r.level,
		provisional: r.provisional,
		complete: r.complete,
		suppressed: r.suppressed,
		months_with_data: r.monthsWithData,
	});
	const year = yearOf(results.latestMonth);
	const previous = String(+year - 1);
	const areaIds = kpi === 'short_term_los' ? ['all', ...results.units.map((u) => u.id)] : results.areas.map((a) => a.id);
	const areas = areaIds.flatMap((id) => [results.get(kpi, id, year), results.get(kpi, id, previous)]).filter((r): r is KpiRecord => !!r);
	return {
		monthly: results.series(kpi, area, 'month').map(row),
		yearly: results.series(kpi, area, 'year').map(row),
		areas: areas.map(row),
	};
}
