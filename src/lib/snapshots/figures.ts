import { monthRange, yearOf, type Month } from '../dates';
import { formatKpiValue, headlineArea } from '../kpi/present';
import { KPI_DEFINITIONS, KPI_IDS, type KpiId } from '../kpi/definitions';
import type { KpiRecord, KpiResults } from '../kpi/types';
import type { ReportSection } from '../reports/sections';
import type { Targets } from '../targets';
import type { FrozenFigure } from './schema';

/** One figure a pack shows: a KPI in an area for a month or a year to date. */
export interface FigureKey {
	kpi: KpiId;
	area: string;
	period: string;
}

/** What {@link presentedFigures} needs besides the report. */
export interface FigureContext {
	targets: Targets;
	/** The cluster area ids (`cluster:<name>`) in the order the area table lists them. */
	clusters: string[];
}

/**
 * Returns the KPI figures a report's sections show, each once, ordered by KPI (ASU's order), then
 * area (the headline area and `all` first, clusters in `clusters` order), then period (the year
 * before its months): `kpi-summary` the headline area's reporting month and year to date;
 * `kpi-trends` the headline area's months from January of the baseline year to the reporting
 * month; `kpi-areas` the month and year to date of `all` and each cluster (not `short_term_los`,
 * which is per unit). Other sections show no KPI figure. A figure may have no record (no data).
 */
export function presentedFigures(
	report: { period: string; sections: Pick<ReportSection, 'type' | 'kpis'>[] },
	{ targets, clusters }: FigureContext,
): FigureKey[] {
	const { period } = report;
	const year = yearOf(period);
	const keys = new Map<string, FigureKey>();
	const add = (kpi: KpiId, area: string, p: string) =>
		keys.set(`${kpi}|${area}|${p}`, { kpi, area, period: p });
	for (const section of report.sections) {
		for (const kpi of section.kpis) {
			const home = headlineArea(targets, kpi);
			if (section.type === 'kpi-summary') [period, year].forEach((p) => add(kpi, home, p));
			if (section.type === 'kpi-trends')
				monthRange(`${targets.baseline_year}-01`, period).forEach((m) => add(kpi, home, m));
			if (section.type === 'kpi-areas' && kpi !== 'short_term_los')
				for (const area of ['all', ...clusters]) [period, year].forEach((p) => add(kpi, area, p));
		}
	}
	const areaRank = (kpi: KpiId, area: string) =>
		area === headlineArea(targets, kpi) ? -2 : area === 'all' ? -1 : clusters.indexOf(area);
	return [...keys.values()].sort(
		(a, b) =>
			KPI_IDS.indexOf(a.kpi) - KPI_IDS.indexOf(b.kpi) ||
			areaRank(a.kpi, a.area) - areaRank(b.kpi, b.area) ||
			a.period.localeCompare(b.period),
	);
}

/** Returns a KPI record as a frozen figure: what the pack showed, a hidden record without its value. */
export function freezeFigure(r: KpiRecord): FrozenFigure {
	return {
		kpi: r.kpi,
		area: r.area,
		period: r.period,
		value: r.suppressed ? null : r.value,
		hidden: r.suppressed,
		provisional: r.provisional,
		complete: r.complete,
		months_with_data: r.monthsWithData,
		target: r.target,
		achievement: r.suppressed ? null : r.achievement,
		level: r.suppressed ? null : r.level,
	};
}

/**
 * Returns a figure's value as a reader sees it (`86,4 %`, `2,3 døgn`, `1 767 døgn`, `–` for none):
 * two values are the same figure when they read the same, so a change in the fifth decimal of a
 * share is not a revision. Shares have one decimal in percent, means one decimal, counts none.
 */
export function shownValue(kpi: KpiId, value: number | null): string {
	return formatKpiValue(kpi, value, KPI_DEFINITIONS[kpi].kind === 'share' ? 'andel' : 'døgn');
}

/**
 * Returns the last month a year-to-date figure of `year` covered when the data's latest month was
 * `latest`: that month in its own year, December for an earlier year.
 */
export function yearToDateThrough(year: string, latest: Month): Month {
	return latest.startsWith(year) ? latest : `${year}-12`;
}

/**
 * Returns the year to date January … `through` recomputed from the monthly records, as a ratio of
 * the summed numerators and denominators (a count: the summed values), for a year whose figure
 * today runs further; `months_with_data`, `complete` and `provisional` from the months. Hidden when
 * any of those months is hidden (their sum would give it away); target, achievement and level are
 * `null` (not recomputed); `null` when none of the months has a record.
 */
export function yearToDateFigure(
	kpis: Pick<KpiResults, 'get'>,
	kpi: KpiId,
	area: string,
	year: string,
	through: Month,
): FrozenFigure | null {
	const months = monthRange(`${year}-01`, through).flatMap((m) => kpis.get(kpi, area, m) ?? []);
	if (months.length === 0) return null;
	const hidden = months.some((r) => r.suppressed);
	const withData = months.filter((r) => r.numerator !== null);
	const num = withData.reduce((sum, r) => sum + r.numerator!, 0);
	const den = withData.reduce((sum, r) => sum + (r.denominator ?? 0), 0);
	const isCount = KPI_DEFINITIONS[kpi].kind === 'count';
	const value =
		hidden || withData.length === 0 ? null : isCount ? num : den === 0 ? null : num / den;
	return {
		kpi,
		area,
		period: year,
		value,
		hidden,
		provisional: months.some((r) => r.provisional),
		complete: months.every((r) => r.complete),
		months_with_data: months.reduce((sum, r) => sum + r.monthsWithData, 0),
		target: null,
		achievement: null,
		level: null,
	};
}
