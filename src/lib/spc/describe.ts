import type { Month } from '../dates';
import { formatMonth } from '../format';
import { SPC_POINT_COLUMNS } from './export';
import { ASSURANCE_WORDS, RULE_WORDS, VARIATION_WORDS } from './present';
import type { SpcPoint, SpcSeries } from './types';

/** What the text of an SPC chart needs besides the series: names and the value format. */
export interface SpcTextOptions {
	/** The KPI's label, e.g. «Antall UKP-døgn». */
	label: string;
	/** Where, e.g. «helsefellesskapet». */
	areaName: string;
	/** Formats a value with its unit (`formatKpiValue`). */
	format: (value: number | null) => string;
	/** Months hidden for privacy (public edition), left out of the chart and its limits. */
	hidden: readonly Month[];
}

/**
 * Returns the text summary of an SPC chart in bokmål, readable without the chart: the months shown,
 * the latest segment's mean and process limits (or that it has none), how many months carry a
 * special-cause signal, the latest month's variation and the assurance against the target, each
 * rebase with its reason, and the months hidden for privacy that the limits leave out.
 */
export function describeSpcChart(
	series: SpcSeries,
	points: readonly SpcPoint[],
	options: SpcTextOptions,
): string {
	const { label, areaName, format, hidden } = options;
	if (points.length === 0) return `${label} for ${areaName}: ingen måneder med tall.`;
	const last = points[points.length - 1];
	const segment = series.segments[series.segments.length - 1];
	const flagged = points.filter((p) => p.rules.length > 0).length;
	const sentences = [
		`${label} per måned for ${areaName}, ${formatMonth(points[0].month)}–${formatMonth(last.month)} (${points.length} måneder), med gjennomsnitt og prosessgrenser.`,
		segment.mean === null
			? `Siste periode (fra ${formatMonth(segment.from)}) har for få måneder til grenser.`
			: `${series.segments.length > 1 ? `Fra ${formatMonth(segment.from)}` : 'Hele perioden'}: gjennomsnitt ${format(segment.mean)}, prosessgrenser ${format(segment.lpl)} og ${format(segment.upl)}.`,
		`${flagged} av ${points.length} måneder har et signal om særskilt årsak.`,
		`Siste måned (${formatMonth(last.month)}, ${format(last.value)}): ${VARIATION_WORDS[series.variation].toLowerCase()}${last.rules.length > 0 ? ` (${last.rules.map((r) => RULE_WORDS[r].label.toLowerCase()).join(', ')})` : ''}.`,
		series.target === null
			? 'Ingen målvurdering: ikke noe mål for dette området.'
			: `Mot målet (${format(series.target)} per måned): ${ASSURANCE_WORDS[series.assurance].toLowerCase()}.`,
		...series.segments
			.filter((s) => s.reason !== null)
			.map((s) => `Ny periode fra ${formatMonth(s.from)}: ${s.reason}.`),
		hidden.length > 0
			? `${hidden.length} ${hidden.length === 1 ? 'måned er skjult' : 'måneder er skjult'} av personvernhensyn; de er ikke tegnet, og grensene bygger ikke på dem.`
			: '',
	];
	return sentences.filter((s) => s !== '').join(' ');
}

/** One row of the SPC table and CSV: a point with its segment's line, rules and the target. */
export interface SpcTableRow {
	kpi: string;
	area: string;
	month: Month;
	value: number;
	segment: number;
	mean: number | null;
	lpl: number | null;
	upl: number | null;
	/** Rule ids joined by `;` (`astronomical;shift`); empty without a signal. */
	rules: string;
	/** The monthly target the assurance is judged against; `null` without one. */
	target: number | null;
}

/** Returns the rows of the SPC table of a series: one per point, in month order. */
export function spcTableRows(series: SpcSeries, points: readonly SpcPoint[]): SpcTableRow[] {
	return points.map((p) => ({
		kpi: p.kpi,
		area: p.area,
		month: p.month,
		value: p.value,
		segment: p.segment,
		mean: p.mean,
		lpl: p.lpl,
		upl: p.upl,
		rules: p.rules.join(';'),
		target: series.target,
	}));
}

/** The columns of the SPC table downloads, in order: a point's, then the monthly target. */
export const SPC_TABLE_COLUMNS = [...SPC_POINT_COLUMNS, 'target'] as const;
