import type { KpiResults } from '../kpi/types';

/**
 * Says whether the comparison cell of an area (`all`, `cluster:<name>` or a municipality code) and
 * period (`YYYY-MM` or `YYYY`) is hidden in this output.
 */
export type HiddenCell = (area: string, period: string) => boolean;

/**
 * Returns the site's shared suppression decision for comparison cells. Every comparison figure of
 * an area and period (payments, days per 1 000, mean over all stays) is built on its UKP days and
 * stays, which the KPI group of `ukp_days` covers, so a cell is hidden exactly when that record is
 * suppressed. A missing record is no data, not hidden. Partner results are never suppressed.
 */
export function hiddenCellsOf(kpis: Pick<KpiResults, 'get'>): HiddenCell {
	return (area, period) => kpis.get('ukp_days', area, period)?.suppressed === true;
}

/** A decision that hides nothing (for tests and partner outputs built without KPIs). */
export const NOTHING_HIDDEN: HiddenCell = () => false;
