import type { APIRoute } from 'astro';
import { computeCatalogue, formatCatalogueJson } from '../../lib/downloads/dcat';
import { getDownloads } from '../../loaders/downloads';
import { getSite } from '../../loaders/project';

// The open-data catalogue in DCAT-AP-NO (JSON-LD) at /data/katalog.jsonld, for data.norge.no: one
// dataset per download table. Written only when the data folder has a catalogue.yaml (who
// publishes, under what terms); without one there is nothing true to say about the publisher.
export async function getStaticPaths() {
	return (await getSite()).catalogue ? [{ params: { catalogue: 'katalog' } }] : [];
}

/** Returns the catalogue of every download table of the site, every URI built on the site's address. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
	const site = await getSite();
	const catalogue = computeCatalogue(site.catalogue!, await getDownloads(), { siteUrl: siteUrl!.href, accessRights: site.edition.audience === 'partner' ? 'RESTRICTED' : 'PUBLIC' });
	return new Response(formatCatalogueJson(catalogue), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
