import type { APIRoute } from 'astro';
import { formatTotalsCsv } from '../../lib/comparison/payment-csv';
import { getSite } from '../../loaders/project';

/** Returns the three models' totals per month for the helsefellesskap and each cluster, in NOK, over the municipality-months the site shows. */
export const GET: APIRoute = async () => {
	const { model, payments } = (await getSite()).comparison!;
	return new Response(formatTotalsCsv(payments.areaMonths, model.areas), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
