import { computeHallandMonths } from '../comparison/halland-view';
import { computeCompareCharts } from '../comparison/like-with-like';
import { KPI_IDS } from '../kpi/definitions';
import { headlineArea } from '../kpi/present';
import { computeKpiTables } from '../kpi/tables';
import type { Site, SiteComparison } from '../site';
import { computeActionPlanDownloads } from './action-plan-download';
import {
	computeCapacityCurveDownload,
	computeCapacityScenariosDownload,
} from './capacity-download';
import {
	computeHallandDownload,
	computeLikeWithLikeDownload,
	computeMonthlyMeansDownload,
	computePerCapitaDownload,
} from './comparison-download';
import type { DownloadContext } from './context';
import { computeKpiDownload, type KpiTableName } from './kpi-download';
import { computePaymentMonthsDownload, computePaymentTotalsDownload } from './payment-download';
import { computeSeriesDownload } from './series-download';
import { computeSpcDownload } from './spc-download';
import type { DownloadMeta, DownloadTable } from './table';

// The one list of the tables a site publishes as downloads. Every CSV and workbook endpoint, every
// download link and the open-data catalogue read this list, so a table cannot be offered on a
// page without being in the catalogue, or written without a workbook beside its CSV.

/** The KPI page tables in page order, with the key of `computeKpiTables` each comes from. */
const KPI_TABLES = [
	['maaned', 'monthly'],
	['aar', 'yearly'],
	['omrader', 'areas'],
] as const satisfies readonly (readonly [KpiTableName, string])[];

/** The groups of the catalogue page, in order, and the files (by folder) in each. */
export const DOWNLOAD_GROUPS = [
	{ id: 'kpi', title: 'KPI-er', folder: 'kpi/' },
	{ id: 'sammenligning', title: 'Sammenligning', folder: 'sammenligning/' },
	{ id: 'kapasitet', title: 'Kapasitet', folder: 'kapasitet/' },
	{ id: 'handlingsplan', title: 'Handlingsplan', folder: 'handlingsplan/' },
] as const;

/**
 * Returns every download table of a site, in catalogue order: the four tables of each KPI page
 * (per month, per year, per area, and the SPC chart's points); the comparison's payment tables, Halland, like-with-like,
 * monthly means, per-capita and every reference series (when the site has a comparison); the
 * capacity model's curve and scenarios (empty without a model); the action plan, whole and per
 * activity (when it has a plan). Numbers as the site's edition shows
 * them: hidden cells in a public site, every number and `restricted` in a partner site.
 */
export function computeSiteDownloads(site: Site): DownloadTable[] {
	const context: DownloadContext = {
		source: site.manifest.source,
		asOf: site.manifest.as_of,
		synthetic: site.manifest.synthetic,
		threshold: site.edition.threshold,
	};
	return [
		...kpiDownloads(site, context),
		...(site.comparison ? comparisonDownloads(site, site.comparison, context) : []),
		computeCapacityCurveDownload(site.capacity, context),
		computeCapacityScenariosDownload(site.capacity, context),
		...(site.plan ? computeActionPlanDownloads(site.plan, context) : []),
	];
}

/** Returns the table of a site path without extension (`kpi/ukp_days/maaned`); throws when the list has none, so a link to a table that is not published fails the build. */
export function findDownload<T extends DownloadMeta>(tables: readonly T[], file: string): T {
	const table = tables.find((t) => t.file === file);
	if (!table)
		throw new Error(
			`no download table ${file}; the site's downloads are ${tables.map((t) => t.file).join(', ')}`,
		);
	return table;
}

/** Returns the tables of each catalogue group, in group order then list order; a group without tables is left out. */
export function groupDownloads<T extends DownloadMeta>(
	tables: readonly T[],
): { id: string; title: string; tables: T[] }[] {
	return DOWNLOAD_GROUPS.map((g) => ({
		id: g.id,
		title: g.title,
		tables: tables.filter((t) => t.file.startsWith(g.folder)),
	})).filter((g) => g.tables.length > 0);
}

function kpiDownloads(site: Site, context: DownloadContext): DownloadTable[] {
	const { kpis, targets, manifest, spc } = site;
	return KPI_IDS.flatMap((kpi) => {
		const area = headlineArea(targets, kpi);
		const tables = computeKpiTables(kpis, kpi, area);
		const options = {
			kpi,
			target: targets.kpis[kpi],
			manifest,
			threshold: kpis.suppressionThreshold,
			latestMonth: kpis.latestMonth,
		};
		const areaName =
			area === 'all' ? 'Helsefellesskapet' : (kpis.units.find((u) => u.id === area)?.name ?? area);
		const spcOptions = { kpi, target: targets.kpis[kpi], areaName, settings: spc.settings };
		return [
			...KPI_TABLES.map(([table, key]) => computeKpiDownload(tables[key], { ...options, table })),
			computeSpcDownload(spc.series(kpi, area), spc.points(kpi, area), spcOptions, context),
		];
	});
}

function comparisonDownloads(
	site: Site,
	comparison: SiteComparison,
	context: DownloadContext,
): DownloadTable[] {
	const { model, isHidden, payments } = comparison;
	const { data } = model;
	const paymentContext = {
		...context,
		rateSource: data.byId(data.settings.rate_series).source.title,
	};
	const halland = data.byId('halland-mean-days-monthly');
	const riket = data.byId('se-riket-mean-days-monthly');
	return [
		computePaymentMonthsDownload(payments.months, paymentContext),
		computePaymentTotalsDownload(payments.years, model.areas, 'year', paymentContext),
		computePaymentTotalsDownload(payments.areaMonths, model.areas, 'month', paymentContext),
		computeHallandDownload(
			computeHallandMonths(halland, riket, data.settings.halland.benchmarks),
			halland,
			riket,
			context,
		),
		computeLikeWithLikeDownload(
			computeCompareCharts(model, site.kpis, site.manifest.synthetic),
			context,
		),
		computeMonthlyMeansDownload(model, isHidden, context),
		computePerCapitaDownload(model, isHidden, context),
		...data.series.map((s) => computeSeriesDownload(s, context)),
	];
}
