import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

/** Returns Halland's monthly mean days beside riket and the benchmark (synthetic demo series unless replaced). */
export const GET: APIRoute = async () =>
	csvResponse(findDownload(await getDownloads(), 'sammenligning/halland'));
