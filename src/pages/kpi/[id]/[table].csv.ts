import type { APIRoute } from 'astro';
import { formatCsv } from '../../../lib/csv';
import { KPI_IDS, type KpiId } from '../../../lib/kpi/definitions';
import { headlineArea } from '../../../lib/kpi/present';
import { computeKpiTables, type KpiTables } from '../../../lib/kpi/tables';
import { getSite } from '../../../loaders/project';

const TABLES: Record<string, keyof KpiTables> = { maaned: 'monthly', aar: 'yearly', omrader: 'areas' };

export async function getStaticPaths() {
	return KPI_IDS.flatMap((id) => Object.keys(TABLES).map((table) => ({ params: { id, table } })));
}

/** The numbers of one table of a KPI page as CSV (shares as fractions, days as days). */
export const GET: APIRoute = async ({ params }) => {
	const { targets, kpis } = (await getSite());
	const id = params.id as KpiId;
	const rows = computeKpiTables(kpis, id, headlineArea(targets, id))[TABLES[params.table!]];
	const records = rows.map((r) => ({ kpi: id, ...r }));
	const csv = records.length ? formatCsv(Object.keys(records[0]), records) : '';
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
