import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogueSettings } from '../../../src/lib/downloads/catalogue-settings';
import {
	computeCatalogue,
	formatCatalogueJson,
	type JsonLdNode,
} from '../../../src/lib/downloads/dcat';
import { makeDownloadTable } from '../../helpers/download-table';
import { makeKpiDownloads } from '../../helpers/kpi-downloads';

const settings = parseCatalogueSettings(
	readFileSync('data/catalogue.yaml', 'utf8'),
	'data/catalogue.yaml',
).value!;
const SITE = 'https://pasientflyt.example.no';
const tables = [
	...makeKpiDownloads().map((c) => c.table),
	makeDownloadTable({ synthetic: false, period: null, page: undefined }),
];
const catalogue = computeCatalogue(settings, tables, { siteUrl: SITE });
const datasets = catalogue['dcat:dataset'] as JsonLdNode[];

describe('computeCatalogue(settings, tables, options)', () => {
	it('is a dcat:Catalog of the helsefellesskap with one dataset per download table', () => {
		expect(catalogue).toMatchObject({
			'@type': 'dcat:Catalog',
			'@id': `${SITE}/data/#katalog`,
			'dct:title': { '@value': 'Åpne data om utskrivningsklare pasienter', '@language': 'nb' },
			'dct:publisher': {
				'@type': 'foaf:Agent',
				'foaf:name': {
					'@value': 'Helsefellesskapet St. Olavs hospital og kommunene',
					'@language': 'nb',
				},
			},
			'dcat:contactPoint': {
				'@type': 'vcard:Organization',
				'vcard:hasURL': { '@id': `${SITE}/om-data/` },
			},
			'foaf:homepage': { '@id': `${SITE}/data/` },
			'dct:modified': { '@value': '2026-11-20', '@type': 'xsd:date' },
		});
		expect(datasets).toHaveLength(19);
	});

	it('describes a dataset with title, theme HEAL, coverage in time and space, keywords and access rights', () => {
		expect(datasets[0]).toMatchObject({
			'@id': `${SITE}/data/#kpi-ukp_days-maaned`,
			'@type': 'dcat:Dataset',
			'dct:title': { '@value': 'Antall UKP-døgn per måned, Helsefellesskapet' },
			'dcat:theme': [{ '@id': 'http://publications.europa.eu/resource/authority/data-theme/HEAL' }],
			'dct:temporal': {
				'@type': 'dct:PeriodOfTime',
				'dcat:startDate': { '@value': '2022-01-01', '@type': 'xsd:date' },
				'dcat:endDate': { '@value': '2026-10-31', '@type': 'xsd:date' },
			},
			'dct:spatial': [{ '@id': 'http://publications.europa.eu/resource/authority/country/NOR' }],
			'dct:accessRights': {
				'@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
			},
			'dcat:landingPage': { '@id': `${SITE}/kpi/ukp_days/` },
		});
		expect((datasets[0]['dcat:keyword'] as { '@value': string }[]).map((k) => k['@value'])).toEqual(
			expect.arrayContaining(['UKP', 'Antall UKP-døgn per år', 'UKP-døgn']),
		);
	});

	it('says first in the description of synthetic data that it is not real, and not in real data', () => {
		expect((datasets[0]['dct:description'] as { '@value': string })['@value']).toMatch(
			/^Syntetiske demodata – ikke ekte tall\. Verdien for hver måned/,
		);
		expect((datasets[18]['dct:description'] as { '@value': string })['@value']).toBe(
			'Testtabell med æøå. Summen av UKP-døgn.',
		);
	});

	it('gives each dataset an Excel and a CSV distribution with access URL, media type, file type and licence', () => {
		expect(datasets[0]['dcat:distribution']).toEqual([
			expect.objectContaining({
				'@type': 'dcat:Distribution',
				'dcat:accessURL': { '@id': `${SITE}/kpi/ukp_days/maaned.xlsx` },
				'dcat:mediaType': {
					'@id':
						'https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				},
				'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/XLSX' },
				'dct:license': {
					'@id': 'http://publications.europa.eu/resource/authority/licence/NLOD_2_0',
				},
			}),
			expect.objectContaining({
				'dcat:accessURL': { '@id': `${SITE}/kpi/ukp_days/maaned.csv` },
				'dcat:mediaType': { '@id': 'https://www.iana.org/assignments/media-types/text/csv' },
				'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
			}),
		]);
	});

	it('leaves out what a table does not have: no period, no landing page', () => {
		expect(datasets[18]).not.toHaveProperty('dct:temporal');
		expect(datasets[18]).not.toHaveProperty('dcat:landingPage');
	});

	it('uses the organisation number as the publisher URI when the settings give one, and marks partner data restricted', () => {
		const withNumber = {
			...settings,
			publisher: { ...settings.publisher, organization_number: '123456789' },
		};
		const partner = computeCatalogue(withNumber, tables.slice(0, 1), {
			siteUrl: SITE,
			accessRights: 'RESTRICTED',
		});
		expect(partner['dct:publisher']).toMatchObject({
			'@id': 'https://organization-catalog.fellesdatakatalog.digdir.no/organizations/123456789',
			'dct:identifier': '123456789',
		});
		expect((partner['dcat:dataset'] as JsonLdNode[])[0]['dct:accessRights']).toEqual({
			'@id': 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
		});
	});

	it('marks a restricted table restricted in a public catalogue', () => {
		const partner = computeCatalogue(settings, [makeDownloadTable({ restricted: true })], {
			siteUrl: SITE,
		});
		expect((partner['dcat:dataset'] as JsonLdNode[])[0]['dct:accessRights']).toEqual({
			'@id': 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
		});
	});

	it('gives a Swedish or Danish table its own country, not Norway, and the catalogue every country its tables cover', () => {
		const country = 'http://publications.europa.eu/resource/authority/country';
		const swedish = makeDownloadTable({ file: 'sammenligning/serier/se-x', countries: ['SE'] });
		const mixed = makeDownloadTable({
			file: 'sammenligning/likt-grunnlag',
			countries: ['NO', 'SE', 'DK'],
		});
		const withThem = computeCatalogue(settings, [tables[0], swedish, mixed], { siteUrl: SITE });
		const [norwegian, se, all] = withThem['dcat:dataset'] as JsonLdNode[];
		expect(norwegian['dct:spatial']).toEqual([{ '@id': `${country}/NOR` }]);
		expect(se['dct:spatial']).toEqual([{ '@id': `${country}/SWE` }]);
		expect(all['dct:spatial']).toEqual([
			{ '@id': `${country}/NOR` },
			{ '@id': `${country}/SWE` },
			{ '@id': `${country}/DNK` },
		]);
		expect(withThem['dct:spatial']).toEqual([
			{ '@id': `${country}/NOR` },
			{ '@id': `${country}/SWE` },
			{ '@id': `${country}/DNK` },
		]);
		expect(catalogue['dct:spatial']).toEqual([{ '@id': `${country}/NOR` }]);
	});

	it('gives the same text for the same input (a build artefact)', () => {
		const text = formatCatalogueJson(catalogue);
		expect(formatCatalogueJson(computeCatalogue(settings, tables, { siteUrl: SITE }))).toBe(text);
		expect(JSON.parse(text)['@context']).toMatchObject({
			dcat: 'http://www.w3.org/ns/dcat#',
			dct: 'http://purl.org/dc/terms/',
		});
	});
});
