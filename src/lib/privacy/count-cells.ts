import type { KpiId } from '../kpi/types';

// A table cell that shows a count says which count it is, so the leak checker can place it in the
// protected table: `data-count` is the number, `data-sum` the measure (a column or a complement of
// the table), the area and the period, and `|shown` when it sums only the municipality-months the
// payment tables show rather than every row.

/** The counts behind a KPI or the mean over all stays, as measures of the protected table; `null` for no denominator. */
export const OUTPUT_COUNTS: Readonly<
	Record<KpiId | 'mean_all_stays', { numerator: string; denominator: string | null }>
> = {
	ukp_days: { numerator: 'ukp_days', denominator: null },
	zero_day_share: { numerator: 'ukp_stays_zero_days', denominator: 'ukp_stays' },
	mean_ukp_days: { numerator: 'ukp_days', denominator: 'ukp_stays_with_days' },
	direct_home_share: { numerator: 'discharged_home', denominator: 'ukp_stays' },
	readmission_share: { numerator: 'readmissions_30d', denominator: 'readmission_base' },
	short_term_los: { numerator: 'bed_days', denominator: 'stays_ended' },
	mean_all_stays: { numerator: 'ukp_days', denominator: 'ukp_stays' },
};

/** Which rows a shown count sums: all of the area and period, or only the municipality-months the payment tables show. */
export type CountScope = 'all' | 'shown';

/** A count a page shows, as its `data-count` and `data-sum` attributes say. */
export interface CountCell {
	value: number;
	/** `null` when the cell has no `data-sum`: a count the checker cannot place. */
	sum: { measure: string; area: string; period: string; scope: CountScope } | null;
}

/**
 * Returns the attributes of a table cell that shows a count: `data-count` (the number) and
 * `data-sum` (`measure|area|period`, then `|shown` for a sum over the shown municipality-months);
 * none when there is no count (`null`, or a hidden cell).
 */
export function countCellAttributes(
	measure: string,
	area: string,
	period: string,
	value: number | null | undefined,
	scope: CountScope = 'all',
): Record<string, string> {
	if (value === null || value === undefined) return {};
	return {
		'data-count': String(value),
		'data-sum': [measure, area, period, ...(scope === 'shown' ? ['shown'] : [])].join('|'),
	};
}

/** A KPI value a page shows where no CSV download has it, as its `data-kpi` and `data-value` attributes say. */
export interface KpiCell {
	kpi: string;
	area: string;
	period: string;
	/** In full precision (the cell's text is rounded). */
	value: number;
}

/**
 * Returns the attributes of a cell that shows a share or mean no CSV download has (a cluster's
 * month in a report): `data-kpi` (`kpi|area|period`) and `data-value` (full precision), so the leak
 * checker reads it as the ratio of the counts behind it; none without a value.
 */
export function kpiCellAttributes(
	kpi: string,
	area: string,
	period: string,
	value: number | null | undefined,
): Record<string, string> {
	if (value === null || value === undefined) return {};
	return { 'data-kpi': [kpi, area, period].join('|'), 'data-value': String(value) };
}

/** Returns every KPI value an HTML page marks with `data-kpi`, in page order (a cell without a readable value is left out). */
export function parseKpiCells(html: string): KpiCell[] {
	const cells: KpiCell[] = [];
	for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*\sdata-kpi=[^>]*>/g)) {
		const [kpi, area, period] = attribute(tag, 'data-kpi')!.split('|');
		const value = Number(attribute(tag, 'data-value'));
		if (period !== undefined && Number.isFinite(value)) cells.push({ kpi, area, period, value });
	}
	return cells;
}

/** Returns every count an HTML page marks with `data-count`, in page order, with what it sums where `data-sum` says. */
export function parseCountCells(html: string): CountCell[] {
	const cells: CountCell[] = [];
	for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*\sdata-count=[^>]*>/g)) {
		const value = Number(attribute(tag, 'data-count'));
		const sum = attribute(tag, 'data-sum')?.split('|');
		const placed =
			sum && sum.length >= 3 && sum.length <= 4 && (sum[3] === undefined || sum[3] === 'shown');
		cells.push({
			value,
			sum: placed
				? {
						measure: sum[0],
						area: sum[1],
						period: sum[2],
						scope: sum[3] === 'shown' ? 'shown' : 'all',
					}
				: null,
		});
	}
	return cells;
}

function attribute(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
	return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

// Astro escapes attribute values; area names may hold an ampersand or a quote.
function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		if (code.startsWith('#x') || code.startsWith('#X'))
			return String.fromCodePoint(parseInt(code.slice(2), 16));
		if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
		return ENTITIES[code.toLowerCase()] ?? whole;
	});
}
