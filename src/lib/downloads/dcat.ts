import { SYNTHETIC_NOTE } from './about';
import type { CatalogueSettings } from './catalogue-settings';
import { catalogueAnchor, DOWNLOAD_FORMATS, downloadPath, type DownloadFormat } from './formats';
import type { Country, DownloadMeta } from './table';

// The open-data catalogue as DCAT-AP-NO in JSON-LD: one dcat:Catalog whose datasets are the
// site's download tables, each with a CSV and an Excel distribution. Compact IRIs throughout
// (`dct:title`), with the prefixes in @context, in the form checkCatalogue reads.

/** A JSON-LD node: `@id`, `@type` and properties by compact IRI. */
export type JsonLdNode = { '@id'?: string; '@type'?: string } & Record<string, unknown>;

/** The JSON-LD prefixes of the catalogue. */
export const DCAT_CONTEXT = {
	adms: 'http://www.w3.org/ns/adms#',
	dcat: 'http://www.w3.org/ns/dcat#',
	dcatap: 'http://data.europa.eu/r5r/',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** The EU data-theme vocabulary, which every dataset's `dcat:theme` must draw from. */
export const EU_DATA_THEME = 'http://publications.europa.eu/resource/authority/data-theme';
const ACCESS_RIGHTS = 'http://publications.europa.eu/resource/authority/access-right';
/** The EU country vocabulary, for a table's own countries in `dct:spatial`. */
export const EU_COUNTRY = 'http://publications.europa.eu/resource/authority/country';
const COUNTRY_CODES: Record<Country, string> = { NO: 'NOR', SE: 'SWE', DK: 'DNK' };
const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types';

export interface CatalogueOptions {
	/** The site's address (`https://pasientflyt.example.no`): every URI in the catalogue builds on it. */
	siteUrl: string;
	/** Who may use the data: `PUBLIC` for the public site (default), `RESTRICTED` for a partner build; a restricted table is restricted either way. */
	accessRights?: 'PUBLIC' | 'RESTRICTED';
}

/**
 * Returns the DCAT-AP-NO catalogue (JSON-LD) of the site's download tables: the catalogue's own
 * title, description, publisher, contact, licence, language and coverage from `settings`; per
 * table a dataset with title, description (synthetic data says so first), theme, keywords,
 * temporal and spatial coverage (the table's own countries, else the catalogue's area), the data's
 * date, and a distribution per download format. The catalogue's `dct:spatial` is its area and every
 * table's countries; its `dct:modified` is the newest dataset's date (none without datasets).
 */
export function computeCatalogue(
	settings: CatalogueSettings,
	tables: readonly DownloadMeta[],
	options: CatalogueOptions,
): JsonLdNode {
	const url = (path: string) => new URL(path, options.siteUrl).href;
	const shared = sharedProperties(settings, url);
	const newest = tables
		.map((t) => t.asOf)
		.sort()
		.at(-1);
	return {
		'@context': DCAT_CONTEXT,
		'@id': url('/data/#katalog'),
		'@type': 'dcat:Catalog',
		'dct:identifier': url('/data/#katalog'),
		'dct:title': text(settings.title),
		'dct:description': text(settings.description),
		...shared.agents(),
		'foaf:homepage': { '@id': url('/data/') },
		...(settings.license ? { 'dct:license': { '@id': settings.license } } : {}),
		'dct:language': { '@id': settings.language },
		// The catalogue covers its own area and every country a table covers.
		'dct:spatial': [
			...new Set([
				...settings.spatial,
				...tables.flatMap((t) => (t.countries ?? []).map(countryUri)),
			]),
		].map((id) => ({ '@id': id })),
		'dcat:themeTaxonomy': { '@id': EU_DATA_THEME },
		...(newest ? { 'dct:modified': date(newest) } : {}),
		'dcat:dataset': tables.map((t) =>
			datasetNode(
				t,
				settings,
				shared,
				url,
				t.restricted ? 'RESTRICTED' : (options.accessRights ?? 'PUBLIC'),
			),
		),
	};
}

/** Returns the catalogue as JSON-LD text (two-space indent, a final line break), for a `.jsonld` file. */
export function formatCatalogueJson(catalogue: JsonLdNode): string {
	return `${JSON.stringify(catalogue, null, 2)}\n`;
}

type Url = (path: string) => string;
type Shared = ReturnType<typeof sharedProperties>;

function sharedProperties(settings: CatalogueSettings, url: Url) {
	const number = settings.publisher.organization_number;
	const publisher: JsonLdNode = {
		...(number
			? {
					'@id': `https://organization-catalog.fellesdatakatalog.digdir.no/organizations/${number}`,
				}
			: {}),
		'@type': 'foaf:Agent',
		'foaf:name': text(settings.publisher.name),
		...(number ? { 'dct:identifier': number } : {}),
	};
	const contact: JsonLdNode = {
		'@type': 'vcard:Organization',
		'vcard:fn': settings.contact.name,
		'vcard:hasURL': { '@id': url(settings.contact.page) },
		...(settings.contact.email
			? { 'vcard:hasEmail': { '@id': `mailto:${settings.contact.email}` } }
			: {}),
	};
	// Fresh copies for every node that holds them, so no two nodes share (and a change to one alters) an object.
	return {
		agents: () => structuredClone({ 'dct:publisher': publisher, 'dcat:contactPoint': contact }),
		spatial: () => settings.spatial.map((id) => ({ '@id': id })),
	};
}

function datasetNode(
	table: DownloadMeta,
	settings: CatalogueSettings,
	shared: Shared,
	url: Url,
	access: string,
): JsonLdNode {
	const id = url(`/data/#${catalogueAnchor(table.file)}`);
	const description = [
		table.synthetic ? `${SYNTHETIC_NOTE}.` : '',
		table.description,
		table.definition ?? '',
	]
		.filter(Boolean)
		.join(' ');
	const keywords = [...new Set([...settings.keywords, ...(table.keywords ?? [])])];
	return {
		'@id': id,
		'@type': 'dcat:Dataset',
		'dct:identifier': id,
		'dct:title': text(table.title),
		'dct:description': text(description),
		...shared.agents(),
		'dcat:theme': settings.themes.map((theme) => ({ '@id': theme })),
		'dcat:keyword': keywords.map(text),
		...(table.period
			? {
					'dct:temporal': {
						'@type': 'dct:PeriodOfTime',
						'dcat:startDate': date(table.period.start),
						'dcat:endDate': date(table.period.end),
					},
				}
			: {}),
		'dct:spatial': table.countries
			? table.countries.map((c) => ({ '@id': countryUri(c) }))
			: shared.spatial(),
		'dct:accessRights': { '@id': `${ACCESS_RIGHTS}/${access}` },
		'dct:modified': date(table.asOf),
		...(table.page ? { 'dcat:landingPage': { '@id': url(table.page) } } : {}),
		'dcat:distribution': DOWNLOAD_FORMATS.map((format) =>
			distributionNode(table, format, settings, url),
		),
	};
}

function distributionNode(
	table: DownloadMeta,
	format: DownloadFormat,
	settings: CatalogueSettings,
	url: Url,
): JsonLdNode {
	const file = url(downloadPath(table.file, format.extension));
	return {
		'@type': 'dcat:Distribution',
		'dct:title': text(`${table.title} (${format.extension.toUpperCase()})`),
		'dct:description': text(format.description),
		'dcat:accessURL': { '@id': file },
		'dcat:downloadURL': { '@id': file },
		'dct:format': { '@id': format.fileType },
		'dcat:mediaType': { '@id': `${IANA_MEDIA_TYPES}/${format.mediaType}` },
		...(settings.license ? { 'dct:license': { '@id': settings.license } } : {}),
	};
}

function countryUri(country: Country): string {
	return `${EU_COUNTRY}/${COUNTRY_CODES[country]}`;
}

// Norwegian extension of DCAT-AP: titles and descriptions are language-tagged strings.
function text(value: string) {
	return { '@value': value, '@language': 'nb' };
}

function date(iso: string) {
	return { '@value': iso, '@type': 'xsd:date' };
}
