import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { getSite } from '../../loaders/project';

/** Returns the curve of the helsefellesskap: expected UKP days a year per place count, and the simulated percentiles where simulated. */
export const GET: APIRoute = async () => {
	const curve = (await getSite()).capacity?.curve;
	const band = new Map((curve?.band ?? []).map((b) => [b.places, b]));
	const rows = (curve?.line ?? []).map((p) => ({
		area: 'all',
		places: p.places,
		ukp_days_per_year_erlang_c: p.ukpDaysPerYear,
		stable: p.ukpDaysPerYear !== null,
		ukp_days_per_year_p10: band.get(p.places)?.p10,
		ukp_days_per_year_p50: band.get(p.places)?.p50,
		ukp_days_per_year_p90: band.get(p.places)?.p90,
	}));
	const columns = ['area', 'places', 'ukp_days_per_year_erlang_c', 'stable', 'ukp_days_per_year_p10', 'ukp_days_per_year_p50', 'ukp_days_per_year_p90'];
	return new Response(formatCsv(columns, rows, 1), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
