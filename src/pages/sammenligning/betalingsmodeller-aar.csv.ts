import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/comparison/csv-out';
import { isSmallCount } from '../../lib/comparison/suppression';
import { getComparison } from '../../loaders/comparison';
import { getSiteData } from '../../loaders/site-data';

/** Returns the yearly totals (a municipality's year with 1–threshold UKP days is hidden) of the three models per area (helsefellesskap, cluster, municipality), in NOK. */
export const GET: APIRoute = () => {
	const model = getComparison();
	const threshold = getSiteData().dataset.manifest.suppression_threshold;
	const name = new Map(model.areas.map((a) => [a.id, a.name]));
	const rows = model.totals.map((t) => (/^\d{4}$/.test(t.area) && isSmallCount(t.days, threshold) ? { ...t, days: null, norway: null, sweden: null, halland: null, hidden: true } : { ...t, hidden: false })).map((t) => ({
		area: t.area,
		name: name.get(t.area) ?? t.area,
		year: t.period,
		months_with_data: t.monthsWithData,
		months_in_period: t.monthsInPeriod,
		ukp_days: t.days,
		norway_nok: t.norway,
		sweden_nok: t.sweden,
		halland_nok: t.halland,
		halland_liable_months: t.liableMonths,
		sweden_approximated_months: t.approximatedMonths,
		hidden: t.hidden,
	}));
	const columns = Object.keys(rows[0] ?? { area: '' });
	return new Response(formatCsv(columns, rows, 2), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
