import { z } from 'zod';
import { parseYaml, type ParsedYaml } from '../parse-yaml';

const UriSchema = z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) address');

/** The settings of the open-data catalogue (`data/catalogue.yaml`): who publishes, under what terms. */
export const CatalogueSettingsSchema = z.strictObject({
	/** Returns the catalogue's title (`dct:title`), bokmål. */
	title: z.string().min(1),
	/** Returns what the catalogue holds (`dct:description`), bokmål. */
	description: z.string().min(1),
	/** The publisher (`dct:publisher`, a `foaf:Agent`). */
	publisher: z.strictObject({
		/** Returns the publisher's name (`foaf:name`). */
		name: z.string().min(1),
		/** Returns the 9-digit organisation number in Enhetsregisteret, when the publisher has one: it becomes the publisher's URI and `dct:identifier`. */
		organization_number: z
			.string()
			.regex(/^\d{9}$/, 'must be 9 digits')
			.optional(),
	}),
	/** Where to ask about the data (`dcat:contactPoint`, a `vcard:Organization`). */
	contact: z.strictObject({
		/** Returns the contact's name (`vcard:fn`). */
		name: z.string().min(1),
		/** Returns a site path (`/om-data/`) or an http(s) address of a page that says how to get in touch (`vcard:hasURL`). */
		page: z
			.string()
			.regex(/^(\/|https?:\/\/)\S*$/, 'must be a site path starting with / or an http(s) address'),
		/** Returns an e-mail address (`vcard:hasEmail`), when there is one to publish. */
		email: z.email().optional(),
	}),
	/** Returns the licence URI from the EU licence vocabulary (`dct:license`), when one has been decided. */
	license: UriSchema.optional(),
	/** Returns the language of the metadata, an EU language vocabulary URI (`dct:language`). */
	language: UriSchema,
	/** Returns the themes of every dataset (`dcat:theme`): at least one EU data-theme URI. */
	themes: z.array(UriSchema).min(1),
	/** Returns the areas the data covers (`dct:spatial`): EU place/country URIs or Kartverket's administrative units. */
	spatial: z.array(UriSchema).default([]),
	/** Returns search words for every dataset (`dcat:keyword`), bokmål. */
	keywords: z.array(z.string().min(1)).default([]),
});
export type CatalogueSettings = z.output<typeof CatalogueSettingsSchema>;

/** Returns the catalogue settings of a YAML text, or `null` with one issue per problem (`FILE:LINE: key: message`). */
export function parseCatalogueSettings(text: string, file: string): ParsedYaml<CatalogueSettings> {
	return parseYaml(text, file, CatalogueSettingsSchema);
}

/** Names of licences in the EU licence vocabulary, by the end of their URI. */
const LICENCE_NAMES: Record<string, string> = {
	NLOD_2_0: 'Norsk lisens for offentlige data (NLOD) 2.0',
	CC_BY_4_0: 'Creative Commons Navngivelse 4.0 (CC BY 4.0)',
	CC0: 'Creative Commons Zero (CC0)',
};

/** Returns a licence's name as people write it (`NLOD_2_0` → `Norsk lisens for offentlige data (NLOD) 2.0`), or its URI when the name is not known. */
export function formatLicence(uri: string): string {
	return LICENCE_NAMES[uri.split('/').pop() ?? ''] ?? uri;
}
