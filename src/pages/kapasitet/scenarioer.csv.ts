import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

/** Returns the helsefellesskap's prepared scenarios: the changed queue and its Erlang C figures, one row each. */
export const GET: APIRoute = async () =>
	csvResponse(findDownload(await getDownloads(), 'kapasitet/scenarioer'));
