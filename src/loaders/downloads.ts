import { computeSiteDownloads } from '../lib/downloads/site-downloads';
import type { DownloadTable } from '../lib/downloads/table';
import type { Site } from '../lib/site';
import { getSite } from './project';

const lists = new WeakMap<Site, DownloadTable[]>();

/**
 * Returns every download table of this build's site (`computeSiteDownloads`), computed once per
 * site: each CSV and workbook endpoint and each page asks for the same list.
 */
export async function getDownloads(): Promise<DownloadTable[]> {
	const site = await getSite();
	if (!lists.has(site)) lists.set(site, computeSiteDownloads(site));
	return lists.get(site)!;
}
