import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { computePerCapitaRows } from '../../lib/comparison/views';
import { getSite } from '../../loaders/project';

/** Returns UKP days per 1 000 inhabitants 67+/80+ per area and year; hidden cells are empty with suppressed = true. */
export const GET: APIRoute = async () => {
	const { model, isHidden } = (await getSite()).comparison!;
	const rows = model.years.flatMap((year) =>
		computePerCapitaRows(model, year, isHidden).map((r) => ({
			year,
			area: r.area,
			name: r.name,
			months_with_data: r.monthsWithData,
			ukp_days: r.days,
			ukp_stays: r.stays,
			per_1000_67plus: r.per67,
			per_1000_80plus: r.per80,
			mean_all_stays: r.meanAllStays,
			suppressed: r.suppressed,
		})),
	);
	const columns = ['year', 'area', 'name', 'months_with_data', 'ukp_days', 'ukp_stays', 'per_1000_67plus', 'per_1000_80plus', 'mean_all_stays', 'suppressed'];
	return new Response(formatCsv(columns, rows, 4), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
