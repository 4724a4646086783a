import type { APIRoute } from 'astro';
import { hiddenCellsOf } from '../../lib/comparison/hidden-cells';
import { formatTotalsCsv } from '../../lib/comparison/payment-csv';
import { computePublishedPayments } from '../../lib/comparison/published-payments';
import { getComparison } from '../../loaders/comparison';
import { getSiteData } from '../../loaders/site-data';

/** Returns the three models' totals per area (helsefellesskap, cluster, municipality) and year, in NOK, over the municipality-months the site shows. */
export const GET: APIRoute = () => {
	const model = getComparison();
	const { years } = computePublishedPayments(model, hiddenCellsOf(getSiteData('public').kpis));
	return new Response(formatTotalsCsv(years, model.areas), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
