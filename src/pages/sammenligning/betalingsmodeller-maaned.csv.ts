import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

/** Returns the three models' totals per month for the helsefellesskap and each cluster, in NOK, over the municipality-months the site shows. */
export const GET: APIRoute = async () =>
	csvResponse(findDownload(await getDownloads(), 'sammenligning/betalingsmodeller-maaned'));
