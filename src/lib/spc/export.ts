import { formatCsv } from '../csv';
import type { SpcResult } from './types';

/** A point's columns, shared by the SPC export and the downloads of the SPC tables. */
export const SPC_POINT_COLUMNS = [
	'kpi',
	'area',
	'month',
	'value',
	'segment',
	'mean',
	'lpl',
	'upl',
	'rules',
] as const;

/** The columns of the SPC export's CSV: a point's fields, then its series' verdicts. */
export const SPC_CSV_COLUMNS = [...SPC_POINT_COLUMNS, 'variation', 'assurance'] as const;

/**
 * Returns the points as CSV (for Excel) with a header row: one row per point, its rules separated
 * by spaces (empty when none), `null` limits as empty cells, and the variation and assurance of the
 * point's series repeated on each of its rows. Only the header when there are no points.
 */
export function formatSpcCsv({ points, series }: SpcResult): string {
	const verdicts = new Map(series.map((s) => [`${s.kpi}\u0000${s.area}`, s]));
	const rows = points.map((p) => {
		const s = verdicts.get(`${p.kpi}\u0000${p.area}`);
		return {
			...p,
			rules: p.rules.join(' '),
			variation: s?.variation ?? null,
			assurance: s?.assurance ?? null,
		};
	});
	return formatCsv(SPC_CSV_COLUMNS, rows);
}

/** Returns the SPC export's JSON text: one object `{ "points": [...], "series": [...] }` and a newline. */
export function formatSpcJson({ points, series }: SpcResult): string {
	return `${JSON.stringify({ points, series }, null, 1)}\n`;
}
