import type { Area } from '../areas';
import type { Month } from '../dates';
import type { KpiId, KpiRecord, KpiResults, PeriodType } from './types';

/** The records of one KPI and area, made when first asked for. */
export interface SeriesSource {
	kpi: KpiId;
	area: string;
	records(): KpiRecord[];
}

/** What results know besides their records. */
export interface ResultsMeta {
	areas: Area[];
	units: Area[];
	months: Month[];
	latestMonth: Month;
	suppressionThreshold: number | null;
	profiles: KpiResults['profiles'];
}

interface Series {
	all: KpiRecord[];
	/** Made on the first lookup by period: the export and suppression read `all` only. */
	byPeriod?: Map<string, KpiRecord>;
	byType: Record<PeriodType, KpiRecord[]>;
}

/**
 * Returns results with lookups over `series`. A series' records are made on the first lookup of
 * its KPI and area (a page needs a few; the KPI export and suppression need them all) and kept.
 */
export function makeResults(series: SeriesSource[], meta: ResultsMeta): KpiResults {
	const sources = new Map<string, Map<string, SeriesSource>>();
	for (const s of series) {
		if (!sources.has(s.kpi)) sources.set(s.kpi, new Map());
		sources.get(s.kpi)!.set(s.area, s);
	}
	const made = new Map<SeriesSource, Series>();
	const seriesOf = (kpi: KpiId, area: string): Series | undefined => {
		const source = sources.get(kpi)?.get(area);
		if (!source) return undefined;
		if (!made.has(source)) made.set(source, index(source.records()));
		return made.get(source);
	};
	let records: KpiRecord[] | undefined;
	return {
		...meta,
		get records() {
			if (!records) {
				records = [];
				for (const s of series) for (const r of seriesOf(s.kpi, s.area)!.all) records.push(r);
			}
			return records;
		},
		get(kpi, area, period) {
			const s = seriesOf(kpi, area);
			if (s && !s.byPeriod) s.byPeriod = new Map(s.all.map((r) => [r.period, r]));
			return s?.byPeriod!.get(period);
		},
		series: (kpi, area, periodType) => seriesOf(kpi, area)?.byType[periodType] ?? [],
		seriesKeys: () => series.map(({ kpi, area }) => ({ kpi, area })),
	};
}

function index(all: KpiRecord[]): Series {
	const byType: Record<PeriodType, KpiRecord[]> = { month: [], year: [], rolling12: [] };
	for (const r of all) byType[r.periodType].push(r);
	return { all, byType };
}

/** Returns results whose every record went through `change`, made lazily like the originals. */
export function mapResults(
	results: KpiResults,
	series: { kpi: KpiId; area: string }[],
	change: (record: KpiRecord) => KpiRecord,
	meta: Partial<ResultsMeta> = {},
): KpiResults {
	const mapped = series.map((s) => ({
		...s,
		records: () =>
			results
				.series(s.kpi, s.area, 'month')
				.concat(results.series(s.kpi, s.area, 'year'), results.series(s.kpi, s.area, 'rolling12'))
				.map(change),
	}));
	return makeResults(mapped, {
		areas: results.areas,
		units: results.units,
		months: results.months,
		latestMonth: results.latestMonth,
		suppressionThreshold: results.suppressionThreshold,
		profiles: results.profiles,
		...meta,
	});
}
