import { addDays, addMonths, type Month } from '../dates';
import { formatDate, formatMonthLong } from '../format';
import type { DownloadColumn, DownloadMeta, DownloadPeriod, DownloadSuppression } from './table';

// The words that go with a download: the "Om tallene" sheet, the footnote under a table with
// hidden cells, and the period as people read it. The same sentences as the site's own notes
// (SuppressionNote.astro, the synthetic-data banner), so a workbook says what the page says.

/** The text of a hidden cell in a workbook, as on the pages. */
export const HIDDEN_TEXT = 'skjult';

/** The line every output of synthetic demo data carries. */
export const SYNTHETIC_NOTE = 'Syntetiske demodata – ikke ekte tall';

/** The line every partner output (every number shown) carries. */
export const RESTRICTED_NOTE =
	'Intern utgave for helsefellesskapets partnere med alle tall – ikke for publisering';

/** One line of the "Om tallene" sheet: a label and its text (`Kilde`, `…`). */
export interface AboutLine {
	label: string;
	text: string;
}

/** Returns the period of whole months from `first` to `last`, both included, as calendar dates. */
/**
 * Returns the data's source with a second source after it: «A; døgnpris: B», without the «.;»
 * a source that ends a sentence would leave.
 */
export function withSource(source: string, more: string): string {
	return `${source.trim().replace(/\.$/, '')}; ${more}`;
}

export function periodOfMonths(first: Month, last: Month): DownloadPeriod {
	return { start: `${first}-01`, end: addDays(`${addMonths(last, 1)}-01`, -1) };
}

/**
 * Returns a period as people write it: whole months as `januar 2023–november 2026` (one month
 * alone as `mars 2024`), other spans as `1. mai 2024–31. desember 2025`.
 */
export function formatPeriodRange(period: DownloadPeriod): string {
	const [first, last] = [period.start.slice(0, 7), period.end.slice(0, 7)];
	const wholeMonths = period.start.endsWith('-01') && period.end === periodOfMonths(last, last).end;
	if (!wholeMonths)
		return period.start === period.end
			? formatDate(period.start)
			: `${formatDate(period.start)}–${formatDate(period.end)}`;
	return first === last
		? formatMonthLong(first)
		: `${formatMonthLong(first)}–${formatMonthLong(last)}`;
}

/**
 * Returns the footnote for hidden cells, in the words of the pages' note: `skjult` means the number
 * rests on 1–`threshold` events, or could be worked out from sums and the other numbers.
 */
export function formatSuppressionFootnote(threshold: number): string {
	const events = threshold === 1 ? '1 hendelse' : `1–${threshold} hendelser`;
	return `«${HIDDEN_TEXT}»: skjult av personvernhensyn. Tallet bygger på ${events}, eller er skjult for at et slikt tall ikke skal kunne regnes ut fra summer og de andre tallene.`;
}

/** Returns the suppression rule in force as a sentence; for `null`, that nothing is hidden. */
export function formatSuppressionRule(suppression: DownloadSuppression | null): string {
	if (suppression === null) return 'Ingen tall er skjult.';
	if (suppression.threshold < 1) return 'Ingen tall er skjult (terskelen for små tall er 0).';
	const counts =
		suppression.threshold === 1 ? 'Antall lik 1' : `Antall fra 1 til ${suppression.threshold}`;
	return `${counts} er skjult av personvernhensyn, og det samme er andeler og gjennomsnitt som bygger på slike antall, og tall som ville gjøre det mulig å regne dem ut. Skjulte celler har teksten «${HIDDEN_TEXT}».`;
}

/**
 * Returns the lines of the "Om tallene" sheet: the synthetic-data and partner-output warnings
 * first (when they apply), then title, description, definition (when given), source, period (when given), the data's
 * date and the suppression rule; then, when columns are given, each heading with its CSV id.
 */
export function computeAboutLines(
	meta: DownloadMeta,
	columns: readonly DownloadColumn[] = [],
): AboutLine[] {
	const lines: AboutLine[] = [];
	if (meta.synthetic) lines.push({ label: 'Merk', text: SYNTHETIC_NOTE });
	if (meta.restricted) lines.push({ label: 'Merk', text: RESTRICTED_NOTE });
	lines.push(
		{ label: 'Tittel', text: meta.title },
		{ label: 'Beskrivelse', text: meta.description },
	);
	if (meta.definition) lines.push({ label: 'Definisjon', text: meta.definition });
	lines.push({ label: 'Kilde', text: meta.source });
	if (meta.period) lines.push({ label: 'Periode', text: formatPeriodRange(meta.period) });
	lines.push(
		{ label: 'Dataenes dato', text: formatDate(meta.asOf) },
		{ label: 'Personvern', text: formatSuppressionRule(meta.suppression) },
	);
	if (columns.length > 0)
		lines.push(
			...columns.map((c, i) => ({
				label: i === 0 ? 'Kolonner (CSV-navn)' : '',
				text: `${c.heading}: ${c.id}`,
			})),
		);
	return lines;
}
