import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/comparison/csv-out';
import { computePerCapitaRows } from '../../lib/comparison/views';
import { getComparison } from '../../loaders/comparison';
import { getSiteData } from '../../loaders/site-data';

/** Returns UKP days per 1 000 inhabitants 67+/80+ per area and full year; small counts are empty cells with hidden = true. */
export const GET: APIRoute = () => {
	const threshold = getSiteData().dataset.manifest.suppression_threshold;
	const model = getComparison();
	const rows = model.years.flatMap((year) =>
		computePerCapitaRows(model, year, threshold).map((r) => ({
			year,
			area: r.area,
			name: r.name,
			months_with_data: r.monthsWithData,
			ukp_days: r.hidden ? null : r.days,
			per_1000_67plus: r.hidden ? null : r.per67,
			per_1000_80plus: r.hidden ? null : r.per80,
			mean_all_stays: r.hidden ? null : r.meanAllStays,
			hidden: r.hidden,
		})),
	);
	const columns = ['year', 'area', 'name', 'months_with_data', 'ukp_days', 'per_1000_67plus', 'per_1000_80plus', 'mean_all_stays', 'hidden'];
	return new Response(formatCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
