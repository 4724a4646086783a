import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { getSite } from '../../loaders/project';

/** Returns the helsefellesskap's prepared scenarios: the changed queue and its Erlang C figures, one row each. */
export const GET: APIRoute = async () => {
	const scenarios = (await getSite()).capacity?.scenarios ?? [];
	const rows = scenarios.map((s) => ({
		area: 'all',
		scenario: s.label,
		kind: s.kind,
		change: s.change,
		places: s.system.places,
		arrivals_per_day: s.system.arrivalsPerDay,
		mean_stay_days: s.system.meanStayDays,
		offered_load: s.figures.offeredLoad,
		utilisation: s.figures.utilisation,
		stable: s.figures.stable,
		wait_probability: s.figures.waitProbability,
		mean_wait_days: s.figures.meanWaitDays,
		ukp_days_per_year: s.figures.ukpDaysPerYear,
		places_needed_for_target: s.placesNeeded,
	}));
	const columns = ['area', 'scenario', 'kind', 'change', 'places', 'arrivals_per_day', 'mean_stay_days', 'offered_load', 'utilisation', 'stable', 'wait_probability', 'mean_wait_days', 'ukp_days_per_year', 'places_needed_for_target'];
	return new Response(formatCsv(columns, rows, 4), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
