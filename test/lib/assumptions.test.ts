import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	assumptionHref,
	assumptionsFor,
	caveatHref,
	caveatsFor,
	LINKED_ASSUMPTIONS,
	NO_ASSUMPTIONS,
	parseAssumptions,
	pickAssumptions,
	type KnownIds,
} from '../../src/lib/assumptions';
import { formatIssue } from '../../src/lib/issues';
import { loadProject } from '../../src/lib/project/load-project';
import { nodeIo } from '../../src/loaders/node-io';

const F = 'data/assumptions.yaml';
const KNOWN: KnownIds = {
	areas: ['all', 'cluster:Fosen', '5001'],
	measures: ['1.1', '1.2'],
	series: ['no-dognpris'],
};
const one = (id: string, extra = '') => `  - id: ${id}
    title: T
    assumption: Vi antar noe.
    used_in: [{ text: Forsiden, href: / }]
    settled_by: Et vedtak.
    changes_numbers: true
${extra}`;
const messages = (text: string, known = KNOWN) =>
	parseAssumptions(text, F, known).issues.map(formatIssue);

describe('parseAssumptions(text, file, known)', () => {
	it('reads assumptions and caveats, with caveats optional', () => {
		const { value, issues } = parseAssumptions(`assumptions:\n${one('a')}`, F, KNOWN);
		expect(issues).toEqual([]);
		expect(value).toEqual({
			assumptions: [
				{
					id: 'a',
					title: 'T',
					assumption: 'Vi antar noe.',
					used_in: [{ text: 'Forsiden', href: '/' }],
					settled_by: 'Et vedtak.',
					changes_numbers: true,
				},
			],
			caveats: [],
		});
	});

	it.each([
		[
			'an id used twice, also across the two lists',
			`assumptions:\n${one('a')}${one('a')}caveats:\n  - { id: a, title: T, text: X, source: { title: S, url: 'https://x.no/' } }\n`,
			[
				'data/assumptions.yaml:8: assumptions.1.id: "a" is also the id of assumptions.0',
				'data/assumptions.yaml:15: caveats.0.id: "a" is also the id of assumptions.0',
			],
		],
		[
			'an id that is not an anchor',
			`assumptions:\n${one('Virkning tid')}`,
			[
				'data/assumptions.yaml:2: assumptions.0.id: "Virkning tid" must be lower-case letters, digits and hyphens (it is the anchor #forutsetning-<id>)',
			],
		],
		[
			'an assumption without what settles it',
			`assumptions:\n${one('a').replace('    settled_by: Et vedtak.\n', '')}`,
			['data/assumptions.yaml:2: assumptions.0.settled_by: is missing'],
		],
		[
			'an assumption used nowhere',
			`assumptions:\n${one('a').replace('[{ text: Forsiden, href: / }]', '[]')}`,
			[
				'data/assumptions.yaml:5: assumptions.0.used_in: is empty; must name at least one place the site uses it',
			],
		],
		[
			'a page that is not a site path',
			`assumptions:\n${one('a').replace('href: /', 'href: forsiden')}`,
			[
				'data/assumptions.yaml:5: assumptions.0.used_in.0.href: "forsiden" must be a site path starting with /',
			],
		],
		[
			'an unknown KPI',
			`assumptions:\n${one('a', '    applies_to: { kpis: [ukp_dager] }\n')}`,
			[
				'data/assumptions.yaml:8: assumptions.0.applies_to.kpis.0: "ukp_dager" is not a KPI: use one of ukp_days, zero_day_share, mean_ukp_days, direct_home_share, readmission_share, short_term_los',
			],
		],
		[
			'areas, measures and series the folder does not have',
			`assumptions:\n${one('a', "    applies_to:\n      areas: ['cluster:Fosen', 'cluster:Gauldal']\n      measures: ['1.2', '9.9']\n      series: [no-dognpriser]\n")}`,
			[
				'data/assumptions.yaml:9: assumptions.0.applies_to.areas.1: "cluster:Gauldal" is not an area id of the data (cluster:<name>, a municipality code or a unit id)',
				'data/assumptions.yaml:10: assumptions.0.applies_to.measures.1: "9.9" is not a measure in action-plan.yaml',
				'data/assumptions.yaml:11: assumptions.0.applies_to.series.0: "no-dognpriser" is not a series id in comparison/',
			],
		],
	])('reports %s as FILE:LINE: COLUMN: message', (_, text, expected) => {
		expect(messages(text)).toEqual(expected);
	});

	it('does not check references against a file that failed (its list is null)', () => {
		const text = `assumptions:\n${one('a', "    applies_to: { measures: ['9.9'] }\n")}`;
		expect(messages(text, { ...KNOWN, measures: null })).toEqual([]);
	});
});

describe('the shipped data/assumptions.yaml', () => {
	const { project, problems } = loadProject('data', nodeIo, { reportsDir: 'reports' });
	const file = project!.assumptions;

	it('loads through the project loader with the rest of the folder', () => {
		expect(problems).toEqual([]);
		expect(file.assumptions.length).toBeGreaterThanOrEqual(10);
	});

	it('has every assumption the pages link to, so no mark is lost while it stands', () => {
		expect(pickAssumptions(file, Object.values(LINKED_ASSUMPTIONS)).map((a) => a.id)).toEqual(
			Object.values(LINKED_ASSUMPTIONS),
		);
	});

	it('names «Gauldal og fjellregionen» as our cluster name, and no other cluster', () => {
		const clusters = project!.areas.clusters.map((c) => c.id);
		expect(clusters.filter((id) => assumptionsFor(file, { area: id }).length > 0)).toEqual([
			'cluster:Gauldal og fjellregionen',
		]);
	});

	it('marks the assumed length of measure 1.2 and the effective date on every KPI', () => {
		expect(assumptionsFor(file, { measure: '1.2' }).map((a) => a.id)).toContain(
			LINKED_ASSUMPTIONS.dependentDuration,
		);
		expect(assumptionsFor(file, { kpi: 'short_term_los' }).map((a) => a.id)).toEqual(
			expect.arrayContaining(['virkningstidspunkt', 'oya-maal']),
		);
	});

	it('puts the registration caveat on KPI 2 and KPI 3 only', () => {
		expect(caveatsFor(file, { kpi: 'zero_day_share' }).map((c) => c.id)).toEqual([
			'registrering-0-dogn',
		]);
		expect(caveatsFor(file, { kpi: 'mean_ukp_days' }).map((c) => c.id)).toEqual([
			'registrering-0-dogn',
		]);
		expect(caveatsFor(file, { kpi: 'ukp_days' })).toEqual([]);
	});

	it('quotes Swedish and Danish only inside «…»', () => {
		const text = readFileSync(F, 'utf8').replace(/«[^»]*»/g, '');
		expect(text).not.toMatch(/riktmärke|inträder|oplanerad|indsats/);
	});
});

describe('links to the data page', () => {
	it('returns the anchors of an assumption and a caveat', () => {
		expect(assumptionHref('virkningstidspunkt')).toBe('/om-data/#forutsetning-virkningstidspunkt');
		expect(caveatHref('registrering-0-dogn')).toBe('/om-data/#forbehold-registrering-0-dogn');
	});

	it('links nothing for a folder without the file, or an assumption that was settled', () => {
		expect(pickAssumptions(NO_ASSUMPTIONS, ['virkningstidspunkt'])).toEqual([]);
		expect(assumptionsFor(NO_ASSUMPTIONS, { kpi: 'ukp_days' })).toEqual([]);
	});
});
