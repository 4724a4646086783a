import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

const FOLDER = 'handlingsplan/';

// The numbers behind the Gantt charts: `tiltak.csv` is the whole plan, `aktivitet-N.csv` one activity.
export async function getStaticPaths() {
	return (await getDownloads())
		.filter((t) => t.file.startsWith(FOLDER))
		.map((t) => ({ params: { file: t.file.slice(FOLDER.length) } }));
}

/** Returns one CSV row per measure (dates ISO, empty when not scheduled). */
export const GET: APIRoute = async ({ params }) =>
	csvResponse(findDownload(await getDownloads(), `${FOLDER}${params.file}`));
