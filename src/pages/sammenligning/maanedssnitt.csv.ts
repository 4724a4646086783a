import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads/responses';
import { findDownload } from '../../lib/downloads/site-downloads';
import { getDownloads } from '../../loaders/downloads';

/** Returns the mean over all UKP stays (0-day stays included) per area, month and year, in the KPI CSV layout (value = numerator / denominator = UKP days / UKP stays), so the leak checker reads it like the KPI downloads. */
export const GET: APIRoute = async () =>
	csvResponse(findDownload(await getDownloads(), 'sammenligning/maanedssnitt'));
