import { EU_DATA_THEME } from './dcat';

// The required and recommended properties of DCAT-AP-NO for the classes the catalogue uses, and a
// check of a catalogue against them. Taken from Digdir's DCAT-AP-NO 3 SHACL shapes
// (Informasjonsforvaltning/dcat-ap-no, shacl/dcatapno3-core-shapes.ttl, version 3.000, 2025-01-30)
// and the class pages of the specification (Klasse_Katalog.adoc, Klasse_Datasett.adoc,
// Klasse_Distribusjon.adoc); where they differ (the catalogue's dct:identifier), the stricter.
// Only presence is checked here, not the ranges SHACL also constrains.
// @see https://data.norge.no/specification/dcat-ap-no

/** Obligatorisk (must be present) or anbefalt (should be, when there is something true to say). */
export type Requirement = 'mandatory' | 'recommended';

export interface ChecklistItem {
	/** The property as a compact IRI; a list means any one of them will do. */
	property: string | readonly string[];
	/** The property's Norwegian name in the specification. */
	label: string;
	requirement: Requirement;
}

const m = (property: string | readonly string[], label: string): ChecklistItem => ({
	property,
	label,
	requirement: 'mandatory',
});
const r = (property: string, label: string): ChecklistItem => ({
	property,
	label,
	requirement: 'recommended',
});

/** The DCAT-AP-NO checklist per class, mandatory properties first. */
export const DCAT_AP_NO_CHECKLIST = {
	catalog: [
		...[
			m('dct:title', 'tittel'),
			m('dct:description', 'beskrivelse'),
			m('dct:publisher', 'utgiver'),
			m('dcat:contactPoint', 'kontaktpunkt'),
			m('dct:identifier', 'identifikator'),
		],
		...[
			r('dcat:dataset', 'datasett'),
			r('dcat:service', 'datatjeneste'),
			r('dct:spatial', 'dekningsområde'),
			r('dct:modified', 'endringsdato'),
			r('foaf:homepage', 'hjemmeside'),
		],
		...[
			r('dct:license', 'lisens'),
			r('dct:language', 'språk'),
			r('dcat:themeTaxonomy', 'temaer'),
			r('dct:issued', 'utgivelsesdato'),
		],
	],
	dataset: [
		...[
			m('dct:title', 'tittel'),
			m('dct:description', 'beskrivelse'),
			m('dct:publisher', 'utgiver'),
			m('dcat:contactPoint', 'kontaktpunkt'),
			m('dcat:theme', 'tema'),
		],
		...[
			r('dcat:distribution', 'distribusjon'),
			r('dct:spatial', 'dekningsområde'),
			r('dcat:keyword', 'emneord'),
			r('dct:temporal', 'tidsrom'),
			r('dct:accessRights', 'tilgangsrettigheter'),
		],
		...[
			r('dct:subject', 'begrep'),
			r('prov:wasGeneratedBy', 'ble generert ved'),
			r('dcatap:applicableLegislation', 'gjeldende lovgivning'),
		],
	],
	distribution: [
		m('dcat:accessURL', 'tilgangsURL'),
		r('dct:description', 'beskrivelse'),
		r('dct:format', 'format'),
		r('dct:license', 'lisens'),
		r('adms:status', 'status'),
		r('dcatap:availability', 'tilgjengelighet'),
	],
	agent: [m('foaf:name', 'navn'), r('dct:identifier', 'identifikator')],
	contactPoint: [
		m('vcard:fn', 'navn'),
		m(['vcard:hasEmail', 'vcard:hasURL'], 'e-post eller kontaktside'),
	],
} as const satisfies Record<string, readonly ChecklistItem[]>;

type ClassName = keyof typeof DCAT_AP_NO_CHECKLIST;

export interface CatalogueProblem {
	requirement: Requirement;
	/** Where, as a path of compact IRIs (`dcat:dataset[2].dcat:distribution[0]`); `` for the catalogue. */
	at: string;
	property: string;
	message: string;
}

/**
 * Returns every missing property of a catalogue in the form `computeCatalogue` writes: mandatory
 * ones (the catalogue does not conform) and recommended ones (it could say more), for the
 * catalogue, each dataset and distribution, and each publisher and contact point. A dataset
 * without an EU data-theme URI, or a distribution whose access URL is not an http(s) URI, counts
 * as missing that mandatory property. Empty when nothing is missing.
 */
export function checkCatalogue(catalogue: Record<string, unknown>): CatalogueProblem[] {
	const problems = checkNode(catalogue, 'catalog', '');
	nodesOf(catalogue['dcat:dataset']).forEach((dataset, i) => {
		const at = `dcat:dataset[${i}]`;
		problems.push(...checkNode(dataset, 'dataset', at));
		if (!idsOf(dataset['dcat:theme']).some((id) => id.startsWith(`${EU_DATA_THEME}/`)))
			problems.push(
				missing('mandatory', at, 'dcat:theme', 'tema from the EU data-theme vocabulary'),
			);
		nodesOf(dataset['dcat:distribution']).forEach((distribution, j) => {
			const where = `${at}.dcat:distribution[${j}]`;
			problems.push(...checkNode(distribution, 'distribution', where));
			if (
				present(distribution['dcat:accessURL']) &&
				!idsOf(distribution['dcat:accessURL']).every((id) => /^https?:\/\//.test(id))
			) {
				problems.push(
					missing('mandatory', where, 'dcat:accessURL', 'tilgangsURL as an http(s) URI'),
				);
			}
		});
	});
	return problems;
}

// The class's checklist, then the publisher and contact point it holds.
function checkNode(
	node: Record<string, unknown>,
	className: ClassName,
	at: string,
): CatalogueProblem[] {
	const problems: CatalogueProblem[] = [];
	for (const item of DCAT_AP_NO_CHECKLIST[className] as readonly ChecklistItem[]) {
		const properties = typeof item.property === 'string' ? [item.property] : item.property;
		if (!properties.some((p) => present(node[p])))
			problems.push(missing(item.requirement, at, properties.join(' | '), item.label));
	}
	const join = (p: string) => (at ? `${at}.${p}` : p);
	if (className === 'catalog' || className === 'dataset') {
		nodesOf(node['dct:publisher']).forEach((agent) =>
			problems.push(...checkNode(agent, 'agent', join('dct:publisher'))),
		);
		nodesOf(node['dcat:contactPoint']).forEach((contact) =>
			problems.push(...checkNode(contact, 'contactPoint', join('dcat:contactPoint'))),
		);
	}
	return problems;
}

function missing(
	requirement: Requirement,
	at: string,
	property: string,
	label: string,
): CatalogueProblem {
	const where = at ? ` in ${at}` : ' in the catalogue';
	return {
		requirement,
		at,
		property,
		message: `${property} (${label}) is missing${where}; it is ${requirement === 'mandatory' ? 'mandatory' : 'recommended'} in DCAT-AP-NO`,
	};
}

// A value counts when it says something: text that is not blank, an @id, a node, a non-empty list.
function present(value: unknown): boolean {
	if (value === undefined || value === null) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (Array.isArray(value)) return value.some(present);
	if (typeof value !== 'object') return true;
	const node = value as Record<string, unknown>;
	if ('@value' in node) return present(node['@value']);
	if ('@id' in node && Object.keys(node).length === 1) return present(node['@id']);
	return Object.keys(node).length > 0;
}

function nodesOf(value: unknown): Record<string, unknown>[] {
	const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return list.filter(
		(v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
	);
}

function idsOf(value: unknown): string[] {
	return nodesOf(value).flatMap((n) => (typeof n['@id'] === 'string' ? [n['@id']] : []));
}
