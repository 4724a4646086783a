import type { APIRoute } from 'astro';
import { csvResponse } from '../../../downloads/responses';
import { findDownload } from '../../../lib/downloads/site-downloads';
import { getDownloads } from '../../../loaders/downloads';

const FOLDER = 'sammenligning/serier/';

export async function getStaticPaths() {
	return (await getDownloads())
		.filter((t) => t.file.startsWith(FOLDER))
		.map((t) => ({ params: { id: t.file.slice(FOLDER.length) } }));
}

/** Returns one comparison series as CSV, each row carrying its source, period, definition and synthetic flag. */
export const GET: APIRoute = async ({ params }) =>
	csvResponse(findDownload(await getDownloads(), `${FOLDER}${params.id}`));
