import type { APIRoute } from 'astro';
import { csvResponse } from '../../../downloads/responses';
import { findDownload } from '../../../lib/downloads/site-downloads';
import { getDownloads } from '../../../loaders/downloads';

export async function getStaticPaths() {
	const files = (await getDownloads())
		.map((t) => t.file.split('/'))
		.filter(([folder]) => folder === 'kpi');
	return files.map(([, id, table]) => ({ params: { id, table } }));
}

/** The numbers of one table of a KPI page as CSV (shares as fractions, days as days). */
export const GET: APIRoute = async ({ params }) =>
	csvResponse(findDownload(await getDownloads(), `kpi/${params.id}/${params.table}`));
