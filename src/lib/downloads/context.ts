import { isMonth, type IsoDate } from '../dates';
import { formatSuppressionFootnote, periodOfMonths } from './about';
import type { DownloadMeta, DownloadPeriod } from './table';

// What every download table of one build shares: the data's date and source, whether it is
// synthetic, and the edition's small-count rule. The builders take it instead of the whole site,
// so each can be tested with a few rows.

/** The edition and data set a download table belongs to. */
export interface DownloadContext {
	/** The manifest's source: where the site's own numbers come from. */
	source: string;
	/** The data's date (the manifest's `as_of`). */
	asOf: IsoDate;
	/** True when the site's own numbers are synthetic demo data. */
	synthetic: boolean;
	/** The small-count threshold of a public edition; `null` in a partner edition (every number shown, not for publication). */
	threshold: number | null;
}

/**
 * Returns the edition's part of a table's meta: the data's date, the suppression rule (only for a
 * public table that holds patient counts, `hidesCounts`) and `restricted` for a partner edition.
 */
export function editionMeta(
	context: DownloadContext,
	hidesCounts: boolean,
): Pick<DownloadMeta, 'asOf' | 'suppression' | 'restricted'> {
	const { threshold } = context;
	const suppression =
		hidesCounts && threshold !== null
			? { threshold, footnote: formatSuppressionFootnote(threshold) }
			: null;
	return { asOf: context.asOf, suppression, restricted: threshold === null };
}

/**
 * Returns the calendar period that table periods cover, from the first to the last: months
 * (`2024-05`) and years (`2024`) as whole months and years, and the years named in spans as
 * sources write them (`2017→2020`, `2019/2020`). `null` when no period names a year.
 */
export function periodOfLabels(labels: readonly string[]): DownloadPeriod | null {
	const months = labels.flatMap((label) => {
		if (isMonth(label)) return [label, label];
		return (label.match(/\b(?:19|20)\d{2}\b/g) ?? []).flatMap((year) => [
			`${year}-01`,
			`${year}-12`,
		]);
	});
	if (months.length === 0) return null;
	months.sort();
	return periodOfMonths(months[0], months[months.length - 1]);
}

/** Returns the period of a table's dates (`YYYY-MM-DD`, nulls ignored), from the first to the last; `null` without any. */
export function periodOfDates(dates: readonly (IsoDate | null)[]): DownloadPeriod | null {
	const known = dates.filter((d): d is IsoDate => d !== null).sort();
	return known.length > 0 ? { start: known[0], end: known[known.length - 1] } : null;
}
