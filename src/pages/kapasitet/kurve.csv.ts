import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

/** Returns the curve of the helsefellesskap: expected UKP days a year per place count, and the simulated percentiles where simulated. */
export const GET: APIRoute = async () =>
	csvResponse(findDownload(await getDownloads(), 'kapasitet/kurve'));
