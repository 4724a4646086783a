import type { APIRoute } from 'astro';
import { workbookResponse } from '../downloads/responses';
import type { DownloadTable } from '../lib/downloads/table';
import { getDownloads } from '../loaders/downloads';

// The Excel workbook beside every CSV download: one per table of the site's one list of downloads,
// at the same path (`/kpi/ukp_days/maaned.xlsx` beside `/kpi/ukp_days/maaned.csv`).
export async function getStaticPaths() {
	return (await getDownloads()).map((table) => ({
		params: { file: table.file },
		props: { table },
	}));
}

/** Returns the workbook of one download table: sheet "Tabell" and sheet "Om tallene". */
export const GET: APIRoute = async ({ props }) =>
	workbookResponse((props as { table: DownloadTable }).table);
