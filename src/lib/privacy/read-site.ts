import { isMonth, monthRange } from '../dates';
import { OUTPUT_COUNTS, parseCountCells, parseKpiCells } from './count-cells';
import {
	readCalculator,
	readPaymentMonthsCsv,
	readPaymentTotalsCsv,
	shownMonthsOf,
	type PaymentMonth,
	type PaymentRules,
} from './read-payments';
import { readKpiCsv, readLikeWithLikeCsv, readPerCapitaCsv } from './read-tables';
import { roundingOf, startReading, term, type Reading, type Reader } from './reading';
import type { ProtectedTable } from './protected-table';

// Which files of a built site publish numbers about the counts, and how each is read. A CSV or any
// other file the checker does not know is a problem (a new download must be taught to it); the
// files it knows but leaves unread are left for the reason given, which the checker prints.

/** A file of a built site: its path from the site's root (`/` separators) and, for the files it reads (see {@link treatmentOf}), its text. */
export interface SiteFile {
	path: string;
	text: string;
}

/** What the checker knows besides the site (as any reader does: the pages state it). */
export interface SiteContext {
	table: ProtectedTable;
	/** Inhabitants 67+ and 80+ per area id, for the rates per 1 000. */
	populations: ReadonlyMap<string, { p67: number | null; p80: number | null }>;
	/** The payment page's rules; `null` for a site without the comparison. */
	rules: PaymentRules | null;
}

/** How a file is treated: read for numbers, or not read and why (`known` false: a file the checker does not know, a problem). */
export type FileTreatment = { read: true } | { read: false; why: string; known: boolean };

// Decimals of each comparison CSV, as its route writes it (`formatCsv(…, decimals)`); KPI CSVs are full precision.
const CSV_DECIMALS: Record<string, number> = {
	'sammenligning/maanedssnitt.csv': 4,
	'sammenligning/per-innbygger.csv': 4,
	'sammenligning/likt-grunnlag.csv': 6,
};

// The data the payment page's calculator fetches: counts per shown municipality-month.
const CALCULATOR = /^sammenligning\/betalingsmodeller\/kalkulator\.json$/;

const NOT_READ: [RegExp, string][] = [
	[/^pagefind\//, 'the search index holds the text of the pages, which are read'],
	[/^rapporter\/[^/]+\.pdf$/, 'each PDF is printed from its /rapporter/ page, which is read'],
	[
		/^rapporter\/arkiv\/[^/]+\.pdf$/,
		'a frozen meeting pack as it was published, from the data of its day',
	],
	[/\.(svg|png)$/, 'a chart, drawn from the numbers in the table and CSV beside it'],
	[
		/^sammenligning\/serier\/[^/]+\.csv$/,
		'a published reference series (other countries, national figures), not the helsefellesskap’s counts',
	],
	[
		/^sammenligning\/halland\.csv$/,
		'Halland’s published monthly means, not the helsefellesskap’s counts',
	],
	[/^handlingsplan\/[^/]+\.csv$/, 'the action plan: measures, dates and statuses'],
	[/^rapporter\/rapporter\.json$/, 'the list of reports: titles, dates and sections'],
	// An area is calibrated only when every month of its window is shown, so its sums add up published counts.
	[
		/^kapasitet\/[^/]+\.csv$/,
		'the queue model’s figures, computed from 12-month sums of shown months (the capacity page marks them as counts)',
	],
	[
		/\.xlsx$/,
		'a workbook of the download table whose CSV twin is read (a workbook without one is a problem)',
	],
	[
		/^data\/katalog\.jsonld$/,
		'the open-data catalogue (DCAT-AP-NO): titles, descriptions, periods and links of the downloads, no numbers',
	],
	[/\.(css|js|mjs|woff2?|ttf|ico|txt|xml|webmanifest)$/, 'styles, scripts and fonts'],
];

/** Returns how the checker treats a file of the site: CSVs and pages are read, the rest by {@link NOT_READ}. */
export function treatmentOf(path: string): FileTreatment {
	for (const [pattern, why] of NOT_READ)
		if (pattern.test(path)) return { read: false, why, known: true };
	if (path.endsWith('.csv') || path.endsWith('.html') || CALCULATOR.test(path))
		return { read: true };
	return {
		read: false,
		why: 'a kind of file the leak checker does not know (a problem)',
		known: false,
	};
}

/**
 * Returns every number the site's CSVs and pages publish about the counts, as published numbers and
 * equations over the protected table: the KPI downloads, the comparison and payment CSVs, the
 * calculator's data file, every cell marked `data-count` (a count) and every cell marked `data-kpi` (a
 * share or mean no CSV has). A CSV of unknown layout and a count cell without `data-sum` are problems.
 */
export function readSite(files: readonly SiteFile[], context: SiteContext): Reading {
	const reader = startReading(context.table);
	const payments = files.find((f) => f.path === 'sammenligning/betalingsmodeller.csv');
	const rules = context.rules ?? { freeDays: 0, liablePays: 'all_days' };
	const months = payments ? readPaymentMonthsCsv(reader, payments.text, payments.path, rules) : [];
	const paths = new Set(files.map((f) => f.path));
	for (const file of files) {
		const treatment = treatmentOf(file.path);
		if (file.path.endsWith('.xlsx') && !paths.has(file.path.replace(/\.xlsx$/, '.csv')))
			reader.problem(
				`${file.path}: a workbook without a CSV twin: the leak checker does not read workbooks`,
			);
		if (!treatment.read && !treatment.known)
			reader.problem(
				`${file.path}: a file the leak checker does not know; teach it what the file publishes (src/lib/privacy/read-site.ts)`,
			);
		if (file === payments || !treatment.read) continue;
		if (file.path.endsWith('.html')) readPage(reader, file, months, rules);
		else if (CALCULATOR.test(file.path))
			readCalculator(reader, file.text, file.path, months, rules);
		else if (
			/^kpi\/[^/]+\/(maaned|aar|omrader|spc)\.csv$/.test(file.path) ||
			file.path === 'sammenligning/maanedssnitt.csv'
		)
			readKpiCsv(reader, file.text, file.path, { decimals: CSV_DECIMALS[file.path] });
		else if (file.path === 'sammenligning/per-innbygger.csv')
			readPerCapitaCsv(reader, file.text, file.path, context.populations, {
				decimals: CSV_DECIMALS[file.path],
			});
		else if (file.path === 'sammenligning/likt-grunnlag.csv')
			readLikeWithLikeCsv(reader, file.text, file.path, { decimals: CSV_DECIMALS[file.path] });
		else if (/^sammenligning\/betalingsmodeller-(aar|maaned)\.csv$/.test(file.path))
			readPaymentTotalsCsv(reader, file.text, file.path, months, rules);
		else
			reader.problem(
				`${file.path}: a CSV download the leak checker does not know; teach it what the file publishes (src/lib/privacy/read-site.ts)`,
			);
	}
	return reader.reading();
}

// A page: its count cells, and the calculator's data where a page embeds it.
function readPage(
	reader: Reader,
	file: SiteFile,
	months: readonly PaymentMonth[],
	rules: PaymentRules,
) {
	for (const cell of parseCountCells(file.text)) {
		if (!cell.sum) {
			reader.problem(
				`${file.path}: a count (${cell.value}) in a cell without data-sum: the checker cannot tell what it counts`,
			);
			continue;
		}
		const { measure, area, period, scope } = cell.sum;
		const span = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(period);
		if (scope === 'all' && span && isMonth(span[1]) && isMonth(span[2])) {
			// A sum over months (the capacity page's 12 months) is the sum of its months: the table keeps rolling sums only for the whole helsefellesskap.
			const parts = monthRange(span[1], span[2]).map((m) => term(measure, area, m));
			reader.linear(
				parts,
				cell.value,
				0,
				file.path,
				`${measure} ${area} ${period} = ${cell.value}, summed over ${parts.length} months`,
			);
			continue;
		}
		if (scope === 'all') {
			reader.count(measure, area, period, cell.value, file.path);
			continue;
		}
		const parts = shownMonthsOf(reader, months, area, period).map((p) =>
			term(measure, p.municipality, p.month),
		);
		reader.linear(
			parts,
			cell.value,
			0,
			file.path,
			`${measure} ${area} ${period} = ${cell.value}, summed over ${parts.length} shown municipality-months`,
		);
	}
	for (const { kpi, area, period, value } of parseKpiCells(file.text)) {
		const counts = OUTPUT_COUNTS[kpi as keyof typeof OUTPUT_COUNTS];
		if (!counts?.denominator)
			reader.problem(`${file.path}: a value of "${kpi}" the checker cannot read as a ratio`);
		else
			reader.ratio(
				[term(counts.numerator, area, period)],
				[term(counts.denominator, area, period)],
				value,
				roundingOf(value),
				file.path,
				`${kpi} ${area} ${period} = ${value}`,
			);
	}
	const embedded = /<script type="application\/json" data-calc-data>(.*?)<\/script>/s.exec(
		file.text,
	)?.[1];
	if (embedded) readCalculator(reader, embedded, file.path, months, rules);
}
