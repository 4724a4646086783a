import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/comparison/csv-out';
import { computeMonthlyMeans } from '../../lib/comparison/views';
import { getComparison } from '../../loaders/comparison';
import { getSiteData } from '../../loaders/site-data';

/** Returns the monthly mean over all UKP stays (0-day stays included) per area; empty = no data or hidden. */
export const GET: APIRoute = () => {
	const threshold = getSiteData().dataset.manifest.suppression_threshold;
	const model = getComparison();
	const rows = model.areas.flatMap((a) => computeMonthlyMeans(model, a.id, threshold).map((v) => ({ area: a.id, name: a.name, month: v.month, mean_all_stays: v.value })));
	return new Response(formatCsv(['area', 'name', 'month', 'mean_all_stays'], rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
