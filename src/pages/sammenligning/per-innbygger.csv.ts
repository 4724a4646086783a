import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

/** Returns UKP days per 1 000 inhabitants 67+/80+ per area and year; hidden cells are empty with suppressed = true. */
export const GET: APIRoute = async () =>
	csvResponse(findDownload(await getDownloads(), 'sammenligning/per-innbygger'));
