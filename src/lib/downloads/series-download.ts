import { formatConfidence, pointConfidence, pointSource, type Series } from '../comparison/series';
import { editionMeta, periodOfLabels, type DownloadContext } from './context';
import type { DownloadColumn, DownloadTable } from './table';
import { rowsFromRecords } from './table';

// One reference series of data/comparison as a download (`sammenligning/serier/<id>`): each point
// with the series' unit, confidence, source (a value's own, where it has one) and definition on
// every row, as the site has published it.

/** The public-figures confidence in words (`middels sikkerhet`), as the workbook shows it; the CSV keeps the id. */
const CONFIDENCE_LABELS = Object.fromEntries(
	(['high', 'medium', 'low', 'derived', 'estimate', 'synthetic'] as const).map((c) => [
		c,
		formatConfidence(c),
	]),
);

/** The most decimals the workbook shows of a series' values. */
const MAX_DECIMALS = 3;

/**
 * Returns a comparison series as a download table: one row per point (period as the source
 * writes it, label, value in the series' unit, whether derived, note) with the series' flags, the
 * point's confidence and source (the series' where the point has none; `derived` for a derived value) and the definition.
 * Public figures or synthetic stand-ins (then `synthetic`): nothing hidden.
 */
export function computeSeriesDownload(s: Series, context: DownloadContext): DownloadTable {
	const records = s.points.map((p) => ({
		series: s.id,
		period: p.period,
		label: p.label ?? null,
		value: p.value,
		unit: s.unit,
		derived: p.derived ?? false,
		note: p.note ?? null,
		synthetic: s.synthetic,
		comparable: s.comparable,
		confidence: pointConfidence(s, p),
		source_title: pointSource(s, p).title,
		source_url: pointSource(s, p).url,
		definition: s.definition,
	}));
	const comparability = s.comparable
		? ''
		: ` Ikke direkte sammenlignbar med helsefellesskapets tall${s.comparability_note ? `: ${s.comparability_note.trim().replace(/\.$/, '')}` : ''}.`;
	return {
		file: `sammenligning/serier/${s.id}`,
		title: `Referanseserie: ${s.title}`,
		description: `${s.title} (${s.area}, ${s.period}), i enheten ${s.unit === 'andel' ? 'andel (brøk)' : s.unit}.${comparability}`,
		definition: s.definition,
		source: s.source.publisher ? `${s.source.title} (${s.source.publisher})` : s.source.title,
		period: periodOfLabels(records.map((r) => r.period)),
		synthetic: s.synthetic,
		...editionMeta(context, false),
		keywords: ['sammenligning', s.area],
		page: '/sammenligning/',
		countries: [s.country],
		csvDecimals: 6,
		columns: [
			{ id: 'series', heading: 'Serie', kind: 'text' },
			{ id: 'period', heading: 'Periode', kind: 'text' },
			{ id: 'label', heading: 'Etikett', kind: 'text' },
			valueColumn(s),
			{ id: 'unit', heading: 'Enhet', kind: 'text' },
			{ id: 'derived', heading: 'Utledet', kind: 'boolean' },
			{ id: 'note', heading: 'Merknad', kind: 'text' },
			{ id: 'synthetic', heading: 'Syntetiske demodata', kind: 'boolean' },
			{ id: 'comparable', heading: 'Direkte sammenlignbar', kind: 'boolean' },
			{ id: 'confidence', heading: 'Sikkerhet', kind: 'text', labels: CONFIDENCE_LABELS },
			{ id: 'source_title', heading: 'Kilde', kind: 'text' },
			{ id: 'source_url', heading: 'Kildens adresse', kind: 'text' },
			{ id: 'definition', heading: 'Definisjon', kind: 'text' },
		],
		rows: rowsFromRecords(records),
	};
}

// A share as a percentage; other units as numbers with as many decimals as the source gives (at most 3).
function valueColumn(s: Series): DownloadColumn {
	const unit = s.unit === 'andel' ? '%' : s.unit;
	const heading = `Verdi (${unit})`;
	const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length;
	const values = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
	if (s.unit === 'andel')
		return {
			id: 'value',
			heading,
			kind: 'share',
			decimals: Math.min(MAX_DECIMALS, Math.max(1, ...values.map((v) => decimalsOf(v) - 2))),
		};
	return {
		id: 'value',
		heading,
		kind: 'decimal',
		decimals: Math.min(MAX_DECIMALS, Math.max(0, ...values.map(decimalsOf))),
	};
}
