import type { ComparisonModel } from '../comparison/compute-comparison';
import type { HallandMonth } from '../comparison/halland-view';
import type { HiddenCell } from '../comparison/hidden-cells';
import type { CompareChart } from '../comparison/like-with-like';
import type { Series } from '../comparison/series';
import { computeMeanCell, computePerCapitaRows } from '../comparison/views';
import { withSource } from './about';
import { editionMeta, periodOfLabels, type DownloadContext } from './context';
import type { DownloadTable } from './table';
import { rowsFromRecords } from './table';

// The comparison downloads of /sammenligning/: the like-with-like charts, the mean over all stays
// per area and period, the per-capita table and Halland's monthly series. Columns, order and
// decimals are those the site has published, so the CSVs stay byte for byte as they were.

const MEAN_DEFINITION =
	'Σ UKP-døgn / Σ UKP-opphold, 0-døgnsopphold medregnet (grunnlaget i Hallands gjennomsnittsmodell).';
const KEYWORDS = ['sammenligning', 'Region Halland', 'Sverige', 'Danmark'];

/**
 * Returns `sammenligning/likt-grunnlag`: every bar of the like-with-like charts (the
 * helsefellesskap's own values per full year, and the reference series' yearly points) with its
 * source. A hidden own value is empty with `suppressed` true. `synthetic` when any bar is.
 */
export function computeLikeWithLikeDownload(
	charts: readonly CompareChart[],
	context: DownloadContext,
): DownloadTable {
	const ownSource = `Helsefellesskapets månedsfiler (ukp_monthly.csv)${context.synthetic ? ', syntetiske demodata' : ''}`;
	const bars = charts.flatMap((c) => c.bars.map((b) => ({ chart: c.id, bar: b })));
	const records = bars.map(({ chart, bar: b }) => ({
		chart,
		label: b.label,
		period: b.period,
		value: b.value,
		own: b.own,
		synthetic: b.synthetic,
		comparable: b.comparable,
		suppressed: b.suppressed,
		source_title: b.series ? b.series.source.title : ownSource,
		source_url: b.series?.source.url ?? null,
	}));
	return {
		file: 'sammenligning/likt-grunnlag',
		title: 'Sammenligning på likt grunnlag: liggetid og reinnleggelser',
		description: `Tallene i de tre søylediagrammene på sammenligningssiden: snitt UKP-døgn over alle opphold (diagrammet snitt-alle-opphold), snitt over opphold med minst ett døgn (snitt-opphold-med-dogn), begge i døgn, og andel reinnleggelser innen 30 dager (reinnleggelser), som brøk. Helsefellesskapets egne tall per hele kalenderår står ved siden av offentlige tall fra Norge, Sverige og Danmark med kilde${records.some((r) => r.synthetic && !r.own) ? ' og syntetiske demotall for Region Halland' : ''}.`,
		source: withSource(context.source, 'referanseseriene: kilden står på hver rad'),
		period: periodOfLabels(records.map((r) => r.period)),
		synthetic: records.some((r) => r.synthetic),
		...editionMeta(context, true),
		keywords: KEYWORDS,
		page: '/sammenligning/',
		countries: [
			...new Set([
				'NO' as const,
				...bars.flatMap(({ bar }) => (bar.series ? [bar.series.country] : [])),
			]),
		],
		csvDecimals: 6,
		columns: [
			{
				id: 'chart',
				heading: 'Diagram',
				kind: 'text',
				labels: {
					'snitt-alle-opphold': 'Snitt alle opphold',
					'snitt-opphold-med-dogn': 'Snitt opphold med døgn',
					reinnleggelser: 'Reinnleggelser',
				},
			},
			{ id: 'label', heading: 'Søyle', kind: 'text' },
			{ id: 'period', heading: 'Periode', kind: 'text' },
			{
				id: 'value',
				heading: 'Verdi (døgn per opphold; reinnleggelser som andel)',
				kind: 'decimal',
				decimals: 3,
			},
			{ id: 'own', heading: 'Helsefellesskapets eget tall', kind: 'boolean' },
			{ id: 'synthetic', heading: 'Syntetiske demodata', kind: 'boolean' },
			{ id: 'comparable', heading: 'Direkte sammenlignbar', kind: 'boolean' },
			{ id: 'suppressed', heading: 'Skjult av personvernhensyn', kind: 'boolean' },
			{ id: 'source_title', heading: 'Kilde', kind: 'text' },
			{ id: 'source_url', heading: 'Kildens adresse', kind: 'text' },
		],
		rows: rowsFromRecords(records, (r) => (r.suppressed ? ['value'] : [])),
	};
}

/**
 * Returns `sammenligning/maanedssnitt`: the mean over all UKP stays per area (helsefellesskap,
 * clusters, municipalities), every month and then every year, in the KPI downloads' layout
 * (value = numerator / denominator = UKP days / UKP stays). Hidden cells are empty with
 * `suppressed` true.
 */
export function computeMonthlyMeansDownload(
	model: ComparisonModel,
	isHidden: HiddenCell,
	context: DownloadContext,
): DownloadTable {
	const periods = [...model.months, ...model.years];
	const records = model.areas.flatMap((a) =>
		periods.map((period) => {
			const c = computeMeanCell(model, a.id, period, isHidden);
			return {
				kpi: 'mean_all_stays',
				area: a.id,
				name: a.label,
				period,
				value: c.value,
				numerator: c.days,
				denominator: c.stays,
				suppressed: c.suppressed,
			};
		}),
	);
	return {
		file: 'sammenligning/maanedssnitt',
		title: 'UKP-døgn per opphold, alle opphold, per område, måned og år',
		description:
			'Snittet over alle UKP-opphold (0-døgnsopphold medregnet) for helsefellesskapet, hvert samarbeidsområde og hver kommune: først hver måned, så hvert kalenderår (periode skrevet ÅÅÅÅ-MM eller ÅÅÅÅ).',
		definition: MEAN_DEFINITION,
		source: context.source,
		period: periodOfLabels(periods),
		synthetic: context.synthetic,
		...editionMeta(context, true),
		keywords: KEYWORDS,
		page: '/sammenligning/kommuner/',
		csvDecimals: 4,
		columns: [
			{
				id: 'kpi',
				heading: 'Mål',
				kind: 'text',
				labels: { mean_all_stays: 'UKP-døgn per opphold, alle opphold' },
			},
			{ id: 'area', heading: 'Områdekode', kind: 'text' },
			{ id: 'name', heading: 'Område', kind: 'text' },
			{ id: 'period', heading: 'Periode (måned eller år)', kind: 'text' },
			{ id: 'value', heading: 'UKP-døgn per opphold (døgn)', kind: 'decimal', decimals: 2 },
			{ id: 'numerator', heading: 'UKP-døgn (teller)', kind: 'integer' },
			{ id: 'denominator', heading: 'UKP-opphold (nevner)', kind: 'integer' },
			{ id: 'suppressed', heading: 'Skjult av personvernhensyn', kind: 'boolean' },
		],
		rows: rowsFromRecords(records, (r) =>
			r.suppressed ? ['value', 'numerator', 'denominator'] : [],
		),
	};
}

/**
 * Returns `sammenligning/per-innbygger`: per year and area, UKP days and stays, days per 1 000
 * inhabitants 67+ and 80+ and the mean over all stays (municipalities ranked by days per 1 000
 * 67+ within each year). Hidden cells are empty with `suppressed` true.
 */
export function computePerCapitaDownload(
	model: ComparisonModel,
	isHidden: HiddenCell,
	context: DownloadContext,
): DownloadTable {
	const records = model.years.flatMap((year) =>
		computePerCapitaRows(model, year, isHidden).map((r) => ({
			year,
			area: r.area,
			name: r.name,
			months_with_data: r.monthsWithData,
			ukp_days: r.days,
			ukp_stays: r.stays,
			per_1000_67plus: r.per67,
			per_1000_80plus: r.per80,
			mean_all_stays: r.meanAllStays,
			suppressed: r.suppressed,
		})),
	);
	return {
		file: 'sammenligning/per-innbygger',
		title: 'UKP-døgn per 1 000 innbyggere 67+ og 80+ per område og år',
		description:
			'UKP-døgn og UKP-opphold per kalenderår for helsefellesskapet, samarbeidsområdene og kommunene, med døgn per 1 000 innbyggere 67 år og eldre og 80 år og eldre, og snitt over alle opphold. Folketallene er anslag fra municipalities.csv.',
		definition: `UKP-døgn per 1 000 innbyggere = Σ UKP-døgn / folketall × 1 000. Snitt alle opphold: ${MEAN_DEFINITION}`,
		source: context.source,
		period: periodOfLabels(model.years),
		synthetic: context.synthetic,
		...editionMeta(context, true),
		keywords: [...KEYWORDS, 'per innbygger'],
		page: '/sammenligning/kommuner/',
		csvDecimals: 4,
		columns: [
			{ id: 'year', heading: 'År', kind: 'year' },
			{ id: 'area', heading: 'Områdekode', kind: 'text' },
			{ id: 'name', heading: 'Område', kind: 'text' },
			{ id: 'months_with_data', heading: 'Måneder med data', kind: 'integer' },
			{ id: 'ukp_days', heading: 'UKP-døgn', kind: 'integer' },
			{ id: 'ukp_stays', heading: 'UKP-opphold', kind: 'integer' },
			{
				id: 'per_1000_67plus',
				heading: 'UKP-døgn per 1 000 innbyggere 67+',
				kind: 'decimal',
				decimals: 1,
			},
			{
				id: 'per_1000_80plus',
				heading: 'UKP-døgn per 1 000 innbyggere 80+',
				kind: 'decimal',
				decimals: 1,
			},
			{ id: 'mean_all_stays', heading: 'Snitt alle opphold (døgn)', kind: 'decimal', decimals: 2 },
			{ id: 'suppressed', heading: 'Skjult av personvernhensyn', kind: 'boolean' },
		],
		rows: rowsFromRecords(records, (r) =>
			r.suppressed
				? ['ukp_days', 'ukp_stays', 'per_1000_67plus', 'per_1000_80plus', 'mean_all_stays']
				: [],
		),
	};
}

/**
 * Returns `sammenligning/halland`: Halland's monthly mean days beside riket's, the benchmark in
 * force and whether Halland is above it, with the note of a missing month. Public Swedish series
 * (or synthetic stand-ins, then `synthetic`): nothing is hidden.
 */
export function computeHallandDownload(
	months: readonly HallandMonth[],
	halland: Series,
	riket: Series,
	context: DownloadContext,
): DownloadTable {
	const synthetic = halland.synthetic || riket.synthetic;
	const records = months.map((m) => ({
		month: m.month,
		halland_mean_days: m.halland,
		riket_mean_days: m.riket,
		benchmark_days: m.benchmark,
		above_benchmark: m.above,
		note: m.note,
		synthetic,
	}));
	return {
		file: 'sammenligning/halland',
		title: 'Region Halland og riket: dager som utskrivningsklar per måned',
		description: `Gjennomsnittlig antall dager som utskrivningsklar per måned i Region Halland og i hele Sverige (riket), med Hallands referanseverdi (på svensk «riktmärke») og om Halland lå over den.${halland.synthetic ? ' Hallands månedsserie er syntetiske demodata laget etter et diagram, ikke ekte tall.' : ''}`,
		definition: halland.definition,
		source: [...new Set([halland.source.title, riket.source.title])].join('; '),
		period: periodOfLabels(records.map((r) => r.month)),
		synthetic,
		...editionMeta(context, false),
		keywords: KEYWORDS,
		page: '/sammenligning/halland/',
		countries: ['SE'],
		csvDecimals: 4,
		columns: [
			{ id: 'month', heading: 'Måned', kind: 'month' },
			{ id: 'halland_mean_days', heading: 'Region Halland (dager)', kind: 'decimal', decimals: 1 },
			{ id: 'riket_mean_days', heading: 'Riket (dager)', kind: 'decimal', decimals: 1 },
			{ id: 'benchmark_days', heading: 'Referanseverdi (dager)', kind: 'decimal', decimals: 1 },
			{ id: 'above_benchmark', heading: 'Halland over referanseverdien', kind: 'boolean' },
			{ id: 'note', heading: 'Merknad', kind: 'text' },
			{ id: 'synthetic', heading: 'Syntetiske demodata', kind: 'boolean' },
		],
		rows: rowsFromRecords(records),
	};
}
