import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogueSettings } from '../../../src/lib/downloads/catalogue-settings';
import { computeCatalogue, type JsonLdNode } from '../../../src/lib/downloads/dcat';
import { checkCatalogue, DCAT_AP_NO_CHECKLIST } from '../../../src/lib/downloads/dcat-check';
import { makeKpiDownloads } from '../../helpers/kpi-downloads';

const settings = parseCatalogueSettings(
	readFileSync('data/catalogue.yaml', 'utf8'),
	'data/catalogue.yaml',
).value!;
const tables = makeKpiDownloads().map((c) => c.table);
const fresh = () =>
	computeCatalogue(settings, tables, { siteUrl: 'https://pasientflyt.example.no' });

// Removes the property at a path of keys and list indexes from a fresh catalogue.
function without(path: (string | number)[]): JsonLdNode {
	const catalogue = fresh();
	const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], catalogue);
	delete parent[path.at(-1)!];
	return catalogue;
}

describe('checkCatalogue(catalogue)', () => {
	it('finds no mandatory property missing in the generated catalogue', () => {
		expect(checkCatalogue(fresh()).filter((p) => p.requirement === 'mandatory')).toEqual([]);
	});

	it('lists the recommended properties the settings leave open, and no others', () => {
		const open = new Set(
			checkCatalogue(fresh()).map((p) => `${p.at.replace(/\[\d+\]/g, '[]')} ${p.property}`),
		);
		expect([...open]).toEqual([
			' dcat:service',
			' dct:issued',
			'dct:publisher dct:identifier',
			'dcat:dataset[] dct:subject',
			'dcat:dataset[] prov:wasGeneratedBy',
			'dcat:dataset[] dcatap:applicableLegislation',
			'dcat:dataset[].dct:publisher dct:identifier',
			'dcat:dataset[].dcat:distribution[] adms:status',
			'dcat:dataset[].dcat:distribution[] dcatap:availability',
		]);
	});

	it.each<[string, (string | number)[], string]>([
		[
			'the catalogue title',
			['dct:title'],
			'dct:title (tittel) is missing in the catalogue; it is mandatory in DCAT-AP-NO',
		],
		[
			'the catalogue description',
			['dct:description'],
			'dct:description (beskrivelse) is missing in the catalogue; it is mandatory in DCAT-AP-NO',
		],
		[
			'the catalogue publisher',
			['dct:publisher'],
			'dct:publisher (utgiver) is missing in the catalogue; it is mandatory in DCAT-AP-NO',
		],
		[
			'the catalogue contact point',
			['dcat:contactPoint'],
			'dcat:contactPoint (kontaktpunkt) is missing in the catalogue; it is mandatory in DCAT-AP-NO',
		],
		[
			'the catalogue identifier',
			['dct:identifier'],
			'dct:identifier (identifikator) is missing in the catalogue; it is mandatory in DCAT-AP-NO',
		],
		[
			'the publisher name',
			['dct:publisher', 'foaf:name'],
			'foaf:name (navn) is missing in dct:publisher; it is mandatory in DCAT-AP-NO',
		],
		[
			'the contact name',
			['dcat:contactPoint', 'vcard:fn'],
			'vcard:fn (navn) is missing in dcat:contactPoint; it is mandatory in DCAT-AP-NO',
		],
		[
			'the contact page (and no e-mail)',
			['dcat:contactPoint', 'vcard:hasURL'],
			'vcard:hasEmail | vcard:hasURL (e-post eller kontaktside) is missing in dcat:contactPoint; it is mandatory in DCAT-AP-NO',
		],
		[
			'a dataset title',
			['dcat:dataset', 3, 'dct:title'],
			'dct:title (tittel) is missing in dcat:dataset[3]; it is mandatory in DCAT-AP-NO',
		],
		[
			'a dataset description',
			['dcat:dataset', 3, 'dct:description'],
			'dct:description (beskrivelse) is missing in dcat:dataset[3]; it is mandatory in DCAT-AP-NO',
		],
		[
			'a dataset publisher',
			['dcat:dataset', 0, 'dct:publisher'],
			'dct:publisher (utgiver) is missing in dcat:dataset[0]; it is mandatory in DCAT-AP-NO',
		],
		[
			'a dataset contact point',
			['dcat:dataset', 0, 'dcat:contactPoint'],
			'dcat:contactPoint (kontaktpunkt) is missing in dcat:dataset[0]; it is mandatory in DCAT-AP-NO',
		],
		[
			'a distribution access URL',
			['dcat:dataset', 17, 'dcat:distribution', 1, 'dcat:accessURL'],
			'dcat:accessURL (tilgangsURL) is missing in dcat:dataset[17].dcat:distribution[1]; it is mandatory in DCAT-AP-NO',
		],
	])('fails when %s is removed', (_, path, message) => {
		expect(
			checkCatalogue(without(path))
				.filter((p) => p.requirement === 'mandatory')
				.map((p) => p.message),
		).toEqual([message]);
	});

	it('fails a dataset whose theme is missing, and one whose theme is not from the EU data-theme vocabulary', () => {
		const missing = checkCatalogue(without(['dcat:dataset', 2, 'dcat:theme'])).filter(
			(p) => p.requirement === 'mandatory',
		);
		expect(missing.map((p) => p.message)).toEqual([
			'dcat:theme (tema) is missing in dcat:dataset[2]; it is mandatory in DCAT-AP-NO',
			'dcat:theme (tema from the EU data-theme vocabulary) is missing in dcat:dataset[2]; it is mandatory in DCAT-AP-NO',
		]);
		const other = fresh();
		(other['dcat:dataset'] as JsonLdNode[])[2]['dcat:theme'] = [
			{ '@id': 'https://psi.norge.no/los/tema/helse' },
		];
		expect(
			checkCatalogue(other)
				.filter((p) => p.requirement === 'mandatory')
				.map((p) => p.property),
		).toEqual(['dcat:theme']);
	});

	it('fails blank text and an access URL that is not an http(s) URI', () => {
		const catalogue = fresh();
		catalogue['dct:title'] = { '@value': '  ', '@language': 'nb' };
		((catalogue['dcat:dataset'] as JsonLdNode[])[0]['dcat:distribution'] as JsonLdNode[])[0][
			'dcat:accessURL'
		] = { '@id': 'kpi/ukp_days/maaned.xlsx' };
		expect(
			checkCatalogue(catalogue)
				.filter((p) => p.requirement === 'mandatory')
				.map((p) => `${p.at} ${p.property}`),
		).toEqual([' dct:title', 'dcat:dataset[0].dcat:distribution[0] dcat:accessURL']);
	});

	it('has a checklist whose mandatory properties come first in every class', () => {
		for (const items of Object.values(DCAT_AP_NO_CHECKLIST)) {
			const levels = items.map((i) => i.requirement);
			expect(levels).toEqual([...levels].sort());
		}
	});
});
