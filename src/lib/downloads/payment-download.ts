import type { Area } from '../areas';
import type { PublishedMonth, PublishedTotal } from '../comparison/published-payments';
import { withSource } from './about';
import { editionMeta, periodOfLabels, type DownloadContext } from './context';
import type { DownloadColumn, DownloadTable } from './table';
import { rowsFromRecords } from './table';

// The payment-model downloads of /sammenligning/betalingsmodeller/: what each municipality would
// pay per month, and the totals per area and year or month. Columns and order are those the site
// has published, so the CSV stays byte for byte what programs already read.

/** What the payment downloads need besides their rows. */
export interface PaymentDownloadContext extends DownloadContext {
	/** The title of the daily-rate series' source (Helsedirektoratet), said beside the site's own source. */
	rateSource: string;
}

const PAGE = '/sammenligning/betalingsmodeller/';
/** Amounts and means are written with two decimals, as before. */
const CSV_DECIMALS = 2;
const DEFINITION =
	'Norsk regel: alle UKP-døgn × døgnprisen for året. Svensk lov: døgn utover de tre første i hvert opphold × døgnprisen. Hallands modell: betaling i måneder der kommunens snitt over alle opphold er over referanseverdien (på svensk «riktmärke»).';
/** The cells of a hidden municipality-month (published-payments.ts withheldMonth). */
const MONTH_HIDDEN = [
	'ukp_stays',
	'ukp_days',
	'norway_nok',
	'sweden_days',
	'sweden_nok',
	'mean_all_stays',
	'halland_liable',
	'halland_nok',
];
/** The cells of a hidden total (withheldTotal): days and amounts; the month counts say how much of the period the sums cover. */
const TOTAL_HIDDEN = ['ukp_days', 'norway_nok', 'sweden_nok', 'halland_nok'];

const nok = (id: string, heading: string): DownloadColumn => ({
	id,
	heading: `${heading} (kr)`,
	kind: 'decimal',
	decimals: 0,
});

/**
 * Returns `sammenligning/betalingsmodeller`: one row per municipality and month with counts,
 * the rate, each model's amount in NOK and the Swedish basis. A hidden month has empty counts and
 * amounts (`skjult` in the workbook) and `suppressed` true; a month without data is empty.
 */
export function computePaymentMonthsDownload(
	months: readonly PublishedMonth[],
	context: PaymentDownloadContext,
): DownloadTable {
	const records = months.map((p) => ({
		municipality: p.municipality,
		month: p.month,
		ukp_stays: p.stays,
		ukp_days: p.days,
		rate_nok: p.rate.rate,
		rate_year: p.rate.rateYear,
		norway_nok: p.norway,
		sweden_days: p.swedenDays,
		sweden_nok: p.sweden,
		sweden_basis: p.swedenBasis,
		mean_all_stays: p.hallandMean,
		benchmark_days: p.benchmark,
		halland_liable: p.hallandLiable,
		halland_nok: p.halland,
		suppressed: p.suppressed,
	}));
	return {
		file: 'sammenligning/betalingsmodeller',
		title: 'Betalingsmodeller: beløp per kommune og måned',
		description:
			'Hva hver kommune ville betalt per måned etter norsk regel, svensk lov (tre fridøgn) og Hallands modell, med antall opphold og døgn, døgnprisen og Hallands referanseverdi.',
		...paymentMeta(
			context,
			months.map((p) => p.month),
		),
		columns: [
			{ id: 'municipality', heading: 'Kommunenummer', kind: 'text' },
			{ id: 'month', heading: 'Måned', kind: 'month' },
			{ id: 'ukp_stays', heading: 'UKP-opphold', kind: 'integer' },
			{ id: 'ukp_days', heading: 'UKP-døgn', kind: 'integer' },
			nok('rate_nok', 'Døgnpris'),
			{ id: 'rate_year', heading: 'Døgnpris fra år', kind: 'year' },
			nok('norway_nok', 'Norsk regel'),
			{ id: 'sweden_days', heading: 'Betalingsdøgn, svensk lov', kind: 'decimal', decimals: 1 },
			nok('sweden_nok', 'Svensk lov'),
			{
				id: 'sweden_basis',
				heading: 'Grunnlag svensk lov',
				kind: 'text',
				labels: { exact: 'Døgn per opphold', approximate: 'Tilnærmet fra månedstall' },
			},
			{ id: 'mean_all_stays', heading: 'Snitt alle opphold (døgn)', kind: 'decimal', decimals: 2 },
			{ id: 'benchmark_days', heading: 'Referanseverdi (døgn)', kind: 'decimal', decimals: 1 },
			{ id: 'halland_liable', heading: 'Betalingsplikt, Hallands modell', kind: 'boolean' },
			nok('halland_nok', 'Hallands modell'),
			{ id: 'suppressed', heading: 'Skjult av personvernhensyn', kind: 'boolean' },
		],
		rows: rowsFromRecords(records, (r) => (r.suppressed ? MONTH_HIDDEN : [])),
	};
}

/**
 * Returns `sammenligning/betalingsmodeller-aar` (`by` year: every area and calendar year) or
 * `-maaned` (`by` month: the helsefellesskap and each cluster per month): the three models' totals
 * in NOK over the municipality-months shown, in the order of `areas`, then period. A hidden total
 * has empty days and amounts and `suppressed` true.
 */
export function computePaymentTotalsDownload(
	totals: readonly PublishedTotal[],
	areas: readonly Pick<Area, 'id' | 'label'>[],
	by: 'year' | 'month',
	context: PaymentDownloadContext,
): DownloadTable {
	const order = new Map(areas.map((a, i) => [a.id, i]));
	const name = new Map(areas.map((a) => [a.id, a.label]));
	const records = [...totals]
		.sort(
			(a, b) =>
				(order.get(a.area) ?? Infinity) - (order.get(b.area) ?? Infinity) ||
				a.period.localeCompare(b.period),
		)
		.map((t) => ({
			area: t.area,
			name: name.get(t.area) ?? t.area,
			period: t.period,
			months_with_data: t.monthsWithData,
			months_in_period: t.monthsInPeriod,
			hidden_municipality_months: t.leftOut,
			ukp_days: t.days,
			norway_nok: t.norway,
			sweden_nok: t.sweden,
			halland_nok: t.halland,
			halland_liable_months: t.liableMonths,
			sweden_approximated_months: t.approximatedMonths,
			suppressed: t.suppressed,
		}));
	const yearly = by === 'year';
	return {
		file: yearly ? 'sammenligning/betalingsmodeller-aar' : 'sammenligning/betalingsmodeller-maaned',
		title: yearly
			? 'Betalingsmodeller: beløp per område og år'
			: 'Betalingsmodeller: beløp per måned for helsefellesskapet og samarbeidsområdene',
		description: `Summen av hva kommunene ville betalt etter norsk regel, svensk lov og Hallands modell, ${yearly ? 'per område (helsefellesskapet, samarbeidsområder og kommuner) og kalenderår' : 'per måned for helsefellesskapet og hvert samarbeidsområde'}. Summene tar bare med kommunemånedene som vises; skjulte kommunemåneder er talt opp i egen kolonne.`,
		...paymentMeta(
			context,
			records.map((r) => r.period),
		),
		columns: [
			{ id: 'area', heading: 'Områdekode', kind: 'text' },
			{ id: 'name', heading: 'Område', kind: 'text' },
			yearly
				? { id: 'period', heading: 'År', kind: 'year' }
				: { id: 'period', heading: 'Måned', kind: 'month' },
			{ id: 'months_with_data', heading: 'Måneder med data', kind: 'integer' },
			{ id: 'months_in_period', heading: 'Måneder i perioden', kind: 'integer' },
			{
				id: 'hidden_municipality_months',
				heading: 'Skjulte kommunemåneder (ikke i summene)',
				kind: 'integer',
			},
			{ id: 'ukp_days', heading: 'UKP-døgn', kind: 'integer' },
			nok('norway_nok', 'Norsk regel'),
			nok('sweden_nok', 'Svensk lov'),
			nok('halland_nok', 'Hallands modell'),
			{
				id: 'halland_liable_months',
				heading: 'Måneder med betalingsplikt, Hallands modell',
				kind: 'integer',
			},
			{
				id: 'sweden_approximated_months',
				heading: 'Måneder med tilnærmet svensk beløp',
				kind: 'integer',
			},
			{ id: 'suppressed', heading: 'Skjult av personvernhensyn', kind: 'boolean' },
		],
		rows: rowsFromRecords(records, (r) => (r.suppressed ? TOTAL_HIDDEN : [])),
	};
}

/** What the payment tables share: the definition, both sources, the period of their rows, the page. */
function paymentMeta(context: PaymentDownloadContext, periods: readonly string[]) {
	return {
		definition: DEFINITION,
		source: withSource(context.source, `døgnpris: ${context.rateSource}`),
		period: periodOfLabels(periods),
		synthetic: context.synthetic,
		...editionMeta(context, true),
		keywords: ['betalingsmodeller', 'døgnpris', 'kommunal betaling'],
		page: PAGE,
		csvDecimals: CSV_DECIMALS,
	};
}
