import type { KpiRecord, KpiResults } from './types';
import type { KpiId } from './definitions';
import { yearOf } from '../dates';
import type { Area } from '../areas';

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
	/** Baseline-year value on the scale of `target`, to tell whether the achievement means anything (not in the downloads). */
	baseline: number | null;
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
	const row = tableRow(results);
	return {
		monthly: results.series(kpi, area, 'month').map(row),
		yearly: results.series(kpi, area, 'year').map(row),
		areas: computeKpiAreaRows(results, kpi),
	};
}

/** Returns the area table of a KPI: the running year and the year before for `all` and every cluster and municipality (or unit). */
export function computeKpiAreaRows(results: KpiResults, kpi: KpiId): KpiTableRow[] {
	const year = yearOf(results.latestMonth);
	const previous = String(+year - 1);
	const areaIds =
		kpi === 'short_term_los'
			? ['all', ...results.units.map((u) => u.id)]
			: results.areas.map((a) => a.id);
	return areaIds
		.flatMap((id) => [results.get(kpi, id, year), results.get(kpi, id, previous)])
		.filter((r): r is KpiRecord => !!r)
		.map(tableRow(results));
}

/** The area table split for pages that stay light with hundreds of municipalities. */
export interface AreaRowGroups {
	/** The rows of every area that is not a municipality: `all` and the clusters (for short-term stays: `all` and the units). */
	top: KpiTableRow[];
	/** Per cluster with rows, in the order of `areas`: the cluster's rows, then its municipalities' rows in table order. */
	clusters: { cluster: Area; rows: KpiTableRow[] }[];
}

/** Returns the rows of an area table grouped by cluster; `areas` is the area list of the results (`KpiResults.areas`). */
export function groupAreaRows(rows: readonly KpiTableRow[], areas: readonly Area[]): AreaRowGroups {
	const municipalities = new Set(areas.filter((a) => a.kind === 'municipality').map((a) => a.id));
	const clusters = areas
		.filter((a) => a.kind === 'cluster')
		.map((cluster) => {
			const members = new Set([cluster.id, ...cluster.members]);
			return { cluster, rows: rows.filter((r) => members.has(r.area)) };
		})
		.filter((g) => g.rows.length > 0);
	return { top: rows.filter((r) => !municipalities.has(r.area)), clusters };
}

// A KPI record as a table row, with the area's name.
function tableRow(results: KpiResults): (r: KpiRecord) => KpiTableRow {
	const names = new Map([...results.areas, ...results.units].map((a) => [a.id, a.name]));
	return (r) => ({
		area: r.area,
		area_name: r.area === 'all' ? 'Helsefellesskapet' : (names.get(r.area) ?? r.area),
		period: r.period,
		value: r.value,
		numerator: r.numerator,
		denominator: r.denominator,
		target: r.target,
		expected: r.expected,
		achievement: r.achievement,
		baseline: r.baseline,
		level: r.level,
		provisional: r.provisional,
		complete: r.complete,
		suppressed: r.suppressed,
		months_with_data: r.monthsWithData,
	});
}
