import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { getSite } from '../../loaders/project';

/**
 * Returns what each municipality would pay per month under the three models (NOK). Empty cells
 * are months without data, or (suppressed = true) months hidden for privacy.
 */
export const GET: APIRoute = async () => {
	const rows = (await getSite()).comparison!.payments.months.map((p) => ({
		municipality: p.municipality,
		month: p.month,
		ukp_stays: p.stays,
		ukp_days: p.days,
		rate_nok: p.rate.rate,
		rate_year: p.rate.rateYear,
		norway_nok: p.norway,
		sweden_days: p.swedenDays,
		sweden_nok: p.sweden,
		sweden_basis: p.swedenBasis,
		mean_all_stays: p.hallandMean,
		benchmark_days: p.benchmark,
		halland_liable: p.hallandLiable,
		halland_nok: p.halland,
		suppressed: p.suppressed,
	}));
	const columns = Object.keys(rows[0] ?? { municipality: '' });
	return new Response(formatCsv(columns, rows, 2), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
