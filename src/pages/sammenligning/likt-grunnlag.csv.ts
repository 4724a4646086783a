import type { APIRoute } from 'astro';
import { formatCsv } from '../../lib/csv';
import { computeCompareCharts } from '../../lib/comparison/like-with-like';
import { getComparison } from '../../loaders/comparison';
import { getSiteData } from '../../loaders/site-data';

/** Returns the numbers of the three like-with-like charts on /sammenligning/; a hidden own value is empty with suppressed = true. */
export const GET: APIRoute = () => {
	const { dataset, kpis } = getSiteData('public');
	const charts = computeCompareCharts(getComparison(), kpis, dataset.manifest.synthetic);
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
			source_title: b.series ? b.series.source.title : `Helsefellesskapets månedsfiler (ukp_monthly.csv)${dataset.manifest.synthetic ? ', syntetiske demodata' : ''}`,
			source_url: b.series?.source.url ?? null,
		})),
	);
	const columns = ['chart', 'label', 'period', 'value', 'own', 'synthetic', 'comparable', 'suppressed', 'source_title', 'source_url'];
	return new Response(formatCsv(columns, rows, 6), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
