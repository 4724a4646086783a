import type { APIRoute, GetStaticPaths } from 'astro';
import { formatCsv } from '../../../lib/csv';
import { getSite } from '../../../loaders/project';

export const getStaticPaths: GetStaticPaths = async () => (await getSite()).comparison!.model.data.series.map((s) => ({ params: { id: s.id } }));

/** Returns one comparison series as CSV, each row carrying its source (a value's own, where it has one), confidence, period, definition and synthetic flag. */
export const GET: APIRoute = async ({ params }) => {
	const s = (await getSite()).comparison!.model.data.byId(params.id!);
	const rows = s.points.map((p) => ({
		series: s.id,
		period: p.period,
		label: p.label ?? null,
		value: p.value,
		unit: s.unit,
		derived: p.derived ?? false,
		note: p.note ?? null,
		synthetic: s.synthetic,
		comparable: s.comparable,
		confidence: p.confidence ?? s.confidence,
		source_title: p.source?.title ?? s.source.title,
		source_url: p.source?.url ?? s.source.url,
		definition: s.definition,
	}));
	const columns = ['series', 'period', 'label', 'value', 'unit', 'derived', 'note', 'synthetic', 'comparable', 'confidence', 'source_title', 'source_url', 'definition'];
	return new Response(formatCsv(columns, rows, 6), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
