import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { computeHallandMonths } from '../../lib/comparison/halland-view';
import { getSite } from '../../loaders/project';

/** Returns Halland's monthly mean days beside riket and the benchmark (synthetic demo series unless replaced). */
export const GET: APIRoute = async () => {
	const { data } = (await getSite()).comparison!.model;
	const halland = data.byId('halland-mean-days-monthly');
	const riket = data.byId('se-riket-mean-days-monthly');
	const rows = computeHallandMonths(halland, riket, data.settings.halland.benchmarks).map((m) => ({
		month: m.month,
		halland_mean_days: m.halland,
		riket_mean_days: m.riket,
		benchmark_days: m.benchmark,
		above_benchmark: m.above,
		note: m.note,
		synthetic: halland.synthetic || riket.synthetic,
	}));
	const columns = ['month', 'halland_mean_days', 'riket_mean_days', 'benchmark_days', 'above_benchmark', 'note', 'synthetic'];
	return new Response(formatCsv(columns, rows, 4), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
