import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/comparison/csv-out';
import { isSuppressed } from '../../lib/comparison/suppression';
import { getComparison } from '../../loaders/comparison';
import { getSiteData } from '../../loaders/site-data';

/**
 * Returns what each municipality would pay per month under the three models (NOK). Empty cells
 * are months without data, or (hidden = true) months with 1–threshold stays or days.
 */
export const GET: APIRoute = () => {
	const threshold = getSiteData().dataset.manifest.suppression_threshold;
	const rows = getComparison().payments.map((p) => {
		const hidden = isSuppressed([p.stays, p.days], threshold);
		const show = <T,>(v: T) => (hidden ? null : v);
		return {
			municipality: p.municipality,
			month: p.month,
			ukp_stays: show(p.stays),
			ukp_days: show(p.days),
			rate_nok: p.rate.rate,
			rate_year: p.rate.rateYear,
			norway_nok: show(p.norway),
			sweden_days: show(p.swedenDays),
			sweden_nok: show(p.sweden),
			sweden_basis: p.swedenBasis,
			mean_all_stays: show(p.hallandMean),
			benchmark_days: p.benchmark,
			halland_liable: show(p.hallandLiable),
			halland_nok: show(p.halland),
			hidden,
		};
	});
	const columns = Object.keys(rows[0] ?? { municipality: '' });
	return new Response(formatCsv(columns, rows, 2), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
