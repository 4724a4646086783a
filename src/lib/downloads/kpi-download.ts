import type { Month } from '../dates';
import { KPI_DEFINITIONS, type KpiId } from '../kpi/definitions';
import { kpiBaseLabel, NEAR_TARGET_NOTE } from '../kpi/present';
import type { KpiTableRow } from '../kpi/tables';
import { LEVELS } from '../levels';
import type { Manifest } from '../manifest';
import type { KpiTarget } from '../targets';
import { formatSuppressionFootnote, periodOfMonths } from './about';
import type { DownloadColumn, DownloadTable } from './table';
import { rowsFromRecords } from './table';

// The three tables of a KPI page (the downloads at /kpi/<id>/<table>.csv) as download tables. The
// columns and their order are exactly those of the CSV the site has published so far, so the CSV
// stays byte for byte what programs already read.

/** The tables of a KPI page by their file names: every month, every year, every area. */
export type KpiTableName = 'maaned' | 'aar' | 'omrader';

export interface KpiDownloadOptions {
	kpi: KpiId;
	table: KpiTableName;
	/** The KPI's target entry (label, short label, unit). */
	target: Pick<KpiTarget, 'label' | 'short_label' | 'unit' | 'mode'>;
	manifest: Pick<Manifest, 'source' | 'as_of' | 'synthetic'>;
	/** The small-count threshold in force, or `null` in a partner output (every number shown, not for publication). */
	threshold: number | null;
	/** The latest month with data: the end of the period. */
	latestMonth: Month;
}

/** The cells a suppressed KPI record loses (suppress-kpis.ts: value, counts, the expected value, achievement, level). */
const HIDDEN_WHEN_SUPPRESSED = [
	'value',
	'numerator',
	'denominator',
	'expected',
	'achievement',
	'level',
];

const TITLES: Record<KpiTableName, (area: string) => string> = {
	maaned: (area) => `per måned, ${area}`,
	aar: (area) => `per år, ${area}`,
	omrader: () => 'per samarbeidsområde og kommune',
};

// The page shows «–» where the achievement says nothing (present.ts isStartNearTarget); the download
// keeps the computed value, as the KPI export does, and says so.
const NEAR_TARGET_SENTENCE = ` Måloppnåelse står som beregnet, også der utgangsnivået lå mindre enn toleransen fra målet; der viser nettsidene og rapportene «–» (${NEAR_TARGET_NOTE}), fordi en andel av en så kort vei ikke sier noe.`;

// A target to hold (KPI 5) has no way to go: the achievement is all or nothing.
const HOLD_SENTENCE =
	' Målet skal holdes, ikke nås: måloppnåelsen er 100 % når verdien er på eller bedre enn målet, ellers 0 %.';

const DESCRIPTIONS: Record<KpiTableName, string> = {
	maaned:
		'Verdien for hver måned, med teller, nevner, mål, forventet nivå etter planen og måloppnåelse.',
	aar: 'Verdien for hvert kalenderår; inneværende år er hittil i år. Med teller, nevner, mål, forventet nivå og måloppnåelse.',
	omrader:
		'Verdien for helsefellesskapet, hvert samarbeidsområde og hver kommune (for korttidsopphold: hver enhet), inneværende og forrige år.',
};

/** Returns a KPI page table as a download table, with the published CSV's columns in their order. */
export function computeKpiDownload(
	rows: readonly KpiTableRow[],
	options: KpiDownloadOptions,
): DownloadTable {
	const { kpi, table, target, manifest, threshold } = options;
	// The baseline only decides how the page shows the achievement; the download keeps its columns.
	const records = rows.map(({ baseline: _baseline, ...r }) => ({ kpi, ...r }));
	const firstPeriod = rows.map((r) => r.period).sort()[0];
	return {
		file: `kpi/${kpi}/${table}`,
		// «Antall UKP-døgn per måned», not «Antall UKP-døgn per år: per måned».
		title: `${kpiBaseLabel(target.label)} ${TITLES[table](rows[0]?.area_name ?? 'Helsefellesskapet')}`,
		description:
			DESCRIPTIONS[table] + (target.mode === 'hold' ? HOLD_SENTENCE : NEAR_TARGET_SENTENCE),
		definition: KPI_DEFINITIONS[kpi].formula,
		source: manifest.source,
		period: firstPeriod
			? periodOfMonths(
					firstPeriod.length === 4 ? `${firstPeriod}-01` : firstPeriod.slice(0, 7),
					options.latestMonth,
				)
			: null,
		asOf: manifest.as_of,
		synthetic: manifest.synthetic,
		suppression:
			threshold === null ? null : { threshold, footnote: formatSuppressionFootnote(threshold) },
		restricted: threshold === null,
		keywords: [target.label, target.short_label],
		page: `/kpi/${kpi}/`,
		columns: kpiColumns(options),
		rows: rowsFromRecords(records, (r) => (r.suppressed ? HIDDEN_WHEN_SUPPRESSED : [])),
	};
}

function kpiColumns({ kpi, table, target }: KpiDownloadOptions): DownloadColumn[] {
	const kind = KPI_DEFINITIONS[kpi].kind;
	const share = target.unit === 'andel';
	const unit = share ? '%' : 'døgn';
	const valueHeading = kind === 'count' ? target.short_label : `${target.short_label} (${unit})`;
	const value = (id: string, heading: string): DownloadColumn =>
		share
			? { id, heading, kind: 'share' }
			: { id, heading, kind: 'decimal', decimals: kind === 'count' ? 0 : 1 };
	return [
		{ id: 'kpi', heading: 'KPI', kind: 'text', labels: { [kpi]: kpiBaseLabel(target.label) } },
		{ id: 'area', heading: 'Områdekode', kind: 'text' },
		{ id: 'area_name', heading: 'Område', kind: 'text' },
		table === 'maaned'
			? { id: 'period', heading: 'Måned', kind: 'month' }
			: { id: 'period', heading: 'År', kind: 'year' },
		value('value', valueHeading),
		{ id: 'numerator', heading: 'Teller', kind: 'integer' },
		{ id: 'denominator', heading: 'Nevner', kind: 'integer' },
		value('target', `Mål (${unit})`),
		value('expected', `Forventet etter planen (${unit})`),
		{ id: 'achievement', heading: 'Måloppnåelse (%)', kind: 'share', decimals: 0 },
		{
			id: 'level',
			heading: 'Avvik',
			kind: 'text',
			labels: Object.fromEntries(LEVELS.map((l) => [l.level, l.label])),
		},
		{ id: 'provisional', heading: 'Foreløpig', kind: 'boolean' },
		{ id: 'complete', heading: 'Komplett (alle kommuner har data)', kind: 'boolean' },
		{ id: 'suppressed', heading: 'Skjult av personvernhensyn', kind: 'boolean' },
		{ id: 'months_with_data', heading: 'Måneder med data', kind: 'integer' },
	];
}
