import { KPI_DEFINITIONS, type KpiId } from '../kpi/definitions';
import { kpiBaseLabel } from '../kpi/present';
import { SPC_TABLE_COLUMNS, spcTableRows } from '../spc/describe';
import { explainRule, RULE_WORDS } from '../spc/present';
import type { SpcSettings } from '../spc/settings';
import { SPC_RULES, type SpcPoint, type SpcRule, type SpcSeries } from '../spc/types';
import type { KpiTarget } from '../targets';
import { editionMeta, periodOfLabels, type DownloadContext } from './context';
import type { DownloadColumn, DownloadTable } from './table';
import { rowsFromRecords } from './table';

// The SPC chart of a KPI page as a download (`kpi/<id>/spc`): one row per month the chart draws,
// with its segment's mean and process limits, the rules that flag it and the monthly target, in
// the columns the site publishes (SPC_TABLE_COLUMNS).

export interface SpcDownloadOptions {
	kpi: KpiId;
	/** The KPI's target entry (label, short label, unit). */
	target: Pick<KpiTarget, 'label' | 'short_label' | 'unit'>;
	/** The headline area's name (`Helsefellesskapet`). */
	areaName: string;
	settings: Pick<SpcSettings, 'shift_points' | 'trend_points'>;
}

/**
 * Returns the SPC table of a KPI in its headline area: the points of `series` (none when the KPI
 * has no chart there) with mean, lower and upper process limit, rule ids (`astronomical;shift`,
 * shown in words in the workbook) and the target. A month hidden for privacy has no point, so
 * nothing is hidden in the table; a public table says the months are left out.
 */
export function computeSpcDownload(
	series: SpcSeries | undefined,
	points: readonly SpcPoint[],
	options: SpcDownloadOptions,
	context: DownloadContext,
): DownloadTable {
	const { kpi, target, areaName } = options;
	// No rule is an empty cell, not empty text.
	const records = series
		? spcTableRows(series, points).map((r) => ({ ...r, rules: r.rules === '' ? null : r.rules }))
		: [];
	const leftOut =
		context.threshold === null
			? ''
			: ' Måneder som er skjult av personvernhensyn, er utelatt, og gjennomsnitt og grenser bygger ikke på dem.';
	return {
		file: `kpi/${kpi}/spc`,
		title: `${kpiBaseLabel(target.label)}: SPC-diagram per måned, ${areaName}`,
		description: `Verdiene per måned i SPC-diagrammet (statistisk prosesskontroll), med gjennomsnitt og prosessgrenser for hvert segment, reglene som gir signal om særskilt årsak, og målet per måned.${leftOut}`,
		definition: `Prosessgrenser: gjennomsnittet ± 2,66 × gjennomsnittlig variasjon fra måned til måned i segmentet. Regler: ${SPC_RULES.map((r) => `${RULE_WORDS[r].label.toLowerCase()} (${r}): ${explainRule(r, options.settings)}`).join('; ')}.`,
		source: context.source,
		period: periodOfLabels(records.map((r) => r.month)),
		synthetic: context.synthetic,
		...editionMeta(context, true),
		keywords: [target.label, target.short_label, 'SPC', 'statistisk prosesskontroll'],
		page: `/kpi/${kpi}/`,
		columns: spcColumns(
			options,
			records.map((r) => r.rules),
		),
		rows: rowsFromRecords(records),
	};
}

// `rules` are the rule ids of a point joined by `;`: the workbook shows each combination in words.
function spcColumns(
	{ kpi, target }: SpcDownloadOptions,
	rules: readonly (string | null)[],
): DownloadColumn[] {
	const words = (ids: string) =>
		ids
			.split(';')
			.map((r) => RULE_WORDS[r as SpcRule]?.label ?? r)
			.join(', ');
	const ruleLabels = Object.fromEntries(
		[...new Set(rules.filter((r): r is string => r !== null))].map((ids) => [ids, words(ids)]),
	);
	const share = target.unit === 'andel';
	const count = KPI_DEFINITIONS[kpi].kind === 'count';
	const unit = share ? ' (%)' : count ? '' : ' (døgn)';
	const value = (id: string, heading: string): DownloadColumn =>
		share
			? { id, heading: `${heading}${unit}`, kind: 'share' }
			: { id, heading: `${heading}${unit}`, kind: 'decimal', decimals: count ? 0 : 1 };
	const columns: Record<(typeof SPC_TABLE_COLUMNS)[number], DownloadColumn> = {
		kpi: { id: 'kpi', heading: 'KPI', kind: 'text', labels: { [kpi]: target.label } },
		area: { id: 'area', heading: 'Områdekode', kind: 'text' },
		month: { id: 'month', heading: 'Måned', kind: 'month' },
		value: value('value', target.short_label),
		segment: { id: 'segment', heading: 'Segment (fra 0)', kind: 'integer' },
		mean: value('mean', 'Gjennomsnitt'),
		lpl: value('lpl', 'Nedre prosessgrense'),
		upl: value('upl', 'Øvre prosessgrense'),
		rules: { id: 'rules', heading: 'Signal om særskilt årsak', kind: 'text', labels: ruleLabels },
		target: value('target', 'Mål per måned'),
	};
	return SPC_TABLE_COLUMNS.map((id) => columns[id]);
}
