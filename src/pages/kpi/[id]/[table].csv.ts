import type { APIRoute } from 'astro';
import { formatCsv } from '../../../lib/csv';
import { KPI_IDS, type KpiId } from '../../../lib/kpi/definitions';
import { headlineArea } from '../../../lib/kpi/present';
import { computeKpiTables, type KpiTables } from '../../../lib/kpi/tables';
import { SPC_TABLE_COLUMNS, spcTableRows } from '../../../lib/spc/describe';
import { getSite } from '../../../loaders/project';

const TABLES: Record<string, keyof KpiTables | 'spc'> = { maaned: 'monthly', aar: 'yearly', omrader: 'areas', spc: 'spc' };

export async function getStaticPaths() {
	return KPI_IDS.flatMap((id) => Object.keys(TABLES).map((table) => ({ params: { id, table } })));
}

/** The numbers of one table of a KPI page as CSV (shares as fractions, days as days); `spc` is the SPC chart's points. */
export const GET: APIRoute = async ({ params }) => {
	const { targets, kpis, spc } = await getSite();
	const id = params.id as KpiId;
	const area = headlineArea(targets, id);
	const table = TABLES[params.table!];
	if (table === 'spc') {
		const series = spc.series(id, area);
		const csv = formatCsv(SPC_TABLE_COLUMNS, series ? spcTableRows(series, spc.points(id, area)) : []);
		return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	}
	const rows = computeKpiTables(kpis, id, area)[table];
	const records = rows.map((r) => ({ kpi: id, ...r }));
	const csv = records.length ? formatCsv(Object.keys(records[0]), records) : '';
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
