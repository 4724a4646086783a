import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

/** Returns the numbers of the three like-with-like charts on /sammenligning/; a hidden own value is empty with suppressed = true. */
export const GET: APIRoute = async () =>
	csvResponse(findDownload(await getDownloads(), 'sammenligning/likt-grunnlag'));
