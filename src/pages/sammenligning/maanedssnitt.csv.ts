import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { computeMeanCell } from '../../lib/comparison/views';
import { getSite } from '../../loaders/project';

/**
 * Returns the mean over all UKP stays (0-day stays included) per area, month and year, in the
 * site's KPI CSV layout (value = numerator / denominator = UKP days / UKP stays), so the leak
 * checker reads it like the KPI downloads. Empty = no data, or hidden (suppressed = true).
 */
export const GET: APIRoute = async () => {
	const { model, isHidden } = (await getSite()).comparison!;
	const rows = model.areas.flatMap((a) =>
		[...model.months, ...model.years].map((period) => {
			const c = computeMeanCell(model, a.id, period, isHidden);
			return { kpi: 'mean_all_stays', area: a.id, name: a.label, period, value: c.value, numerator: c.days, denominator: c.stays, suppressed: c.suppressed };
		}),
	);
	return new Response(formatCsv(['kpi', 'area', 'name', 'period', 'value', 'numerator', 'denominator', 'suppressed'], rows, 4), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
