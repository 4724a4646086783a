import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	formatLicence,
	parseCatalogueSettings,
} from '../../../src/lib/downloads/catalogue-settings';

describe('parseCatalogueSettings(text, file)', () => {
	it('reads the bundled data/catalogue.yaml: the helsefellesskap publishes, health is the theme', () => {
		const { value, issues } = parseCatalogueSettings(
			readFileSync('data/catalogue.yaml', 'utf8'),
			'data/catalogue.yaml',
		);
		expect(issues).toEqual([]);
		expect(value).toMatchObject({
			publisher: { name: 'Helsefellesskapet St. Olavs hospital og kommunene' },
			contact: { page: '/om-data/' },
			themes: ['http://publications.europa.eu/resource/authority/data-theme/HEAL'],
		});
		expect(value?.publisher.organization_number).toBeUndefined();
	});

	it.each([
		[
			'title: T\ndescription: D\npublisher: {name: P}\ncontact: {name: C, page: /om/}\nlanguage: http://x/NOB\nthemes: []\n',
			'data/catalogue.yaml:6: themes: must not be empty',
		],
		[
			'title: T\ndescription: D\npublisher: {name: P, organization_number: "12345"}\ncontact: {name: C, page: /om/}\nlanguage: http://x/NOB\nthemes: [http://x/HEAL]\n',
			'data/catalogue.yaml:3: publisher.organization_number: "12345" must be 9 digits',
		],
		[
			'title: T\ndescription: D\npublisher: {name: P}\ncontact: {name: C, page: om}\nlanguage: http://x/NOB\nthemes: [http://x/HEAL]\n',
			'data/catalogue.yaml:4: contact.page: "om" must be a site path starting with / or an http(s) address',
		],
		[
			'title: T\ndescription: D\npublisher: {name: P}\ncontact: {name: C, page: /om/}\nlanguage: NOB\nthemes: [http://x/HEAL]\n',
			'data/catalogue.yaml:5: language: "NOB" must be an http(s) address',
		],
	])('reports a bad setting at its line: %#', (text, line) => {
		const { value, issues } = parseCatalogueSettings(text, 'data/catalogue.yaml');
		expect(value).toBeNull();
		expect(issues.map((i) => `${i.file}:${i.line}: ${i.column}: ${i.message}`)).toEqual([line]);
	});
});

describe('formatLicence(uri)', () => {
	it.each([
		[
			'http://publications.europa.eu/resource/authority/licence/NLOD_2_0',
			'Norsk lisens for offentlige data (NLOD) 2.0',
		],
		[
			'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
			'Creative Commons Navngivelse 4.0 (CC BY 4.0)',
		],
		['https://example.org/lisens', 'https://example.org/lisens'],
	])('names %s as %j', (uri, name) => {
		expect(formatLicence(uri)).toBe(name);
	});
});
