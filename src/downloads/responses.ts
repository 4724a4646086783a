import { formatDownloadCsv, type DownloadTable } from '../lib/downloads/table';
import { formatWorkbook, XLSX_MEDIA_TYPE } from './xlsx';

// The two files of a download table as the responses Astro prerenders into dist/.

/** Returns the table's CSV (for programs) as a response: UTF-8, no byte-order mark. */
export function csvResponse(table: DownloadTable): Response {
	return new Response(formatDownloadCsv(table), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}

/** Returns the table's Excel workbook as a response: the same bytes for the same table. */
export async function workbookResponse(table: DownloadTable): Promise<Response> {
	// A copy typed as backed by an ArrayBuffer, which is what a Response body accepts.
	return new Response(new Uint8Array(await formatWorkbook(table)), {
		headers: { 'Content-Type': XLSX_MEDIA_TYPE },
	});
}
