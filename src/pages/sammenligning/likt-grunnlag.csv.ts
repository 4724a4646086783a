import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { computeCompareCharts } from '../../lib/comparison/like-with-like';
import { getSite } from '../../loaders/project';

/** Returns the numbers of the three like-with-like charts on /sammenligning/; a hidden own value is empty with suppressed = true. */
export const GET: APIRoute = async () => {
	const { manifest, kpis, comparison } = (await getSite());
	const charts = computeCompareCharts(comparison!.model, kpis, manifest.synthetic);
	const rows = charts.flatMap((c) =>
		c.bars.map((b) => ({
			chart: c.id,
			label: b.label,
			period: b.period,
			value: b.value,
			own: b.own,
			synthetic: b.synthetic,
			comparable: b.comparable,
			suppressed: b.suppressed,
			source_title: b.series ? b.series.source.title : `Helsefellesskapets månedsfiler (ukp_monthly.csv)${manifest.synthetic ? ', syntetiske demodata' : ''}`,
			source_url: b.series?.source.url ?? null,
		})),
	);
	const columns = ['chart', 'label', 'period', 'value', 'own', 'synthetic', 'comparable', 'suppressed', 'source_title', 'source_url'];
	return new Response(formatCsv(columns, rows, 6), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
