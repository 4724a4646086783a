import { z } from 'zod';
import { ALL, clusterName, isClusterId } from '../areas';
import { IsoDateSchema } from '../dates';
import type { DataIssue } from '../issues';
import { parseYaml, yamlLineOf, type ParsedYaml } from '../parse-yaml';

// `data/capacity.yaml` (optional): counted places per area, and the settings of the what-if page.
// Every number carries its source or says it is our assumption; a places figure without a source
// does not belong here (leave it out and the model estimates it, labelled as an estimate).

const text = (what: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined ? `is missing; give ${what}` : `must be text (${what})`,
		})
		.trim()
		.min(1, `must not be empty; give ${what}`);
const UrlField = z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) address');
const YearField = z.number().int().min(1900).max(2199);

/** Returns true for an area the model can have places for: `all` (the helsefellesskap) or `cluster:<name>`. */
export function isCapacityArea(area: string): boolean {
	return area === ALL || (isClusterId(area) && /^\S/.test(clusterName(area)));
}

/** Places someone counted in one area, with what was counted and where the figure comes from. */
export const CountedPlacesSchema = z.strictObject({
	/** Returns the number of places (whole number ≥ 1). */
	places: z.number().int().min(1),
	/** Returns what the figure counts, e.g. "korttidsplasser og langtidsplasser i sykehjem". */
	counts: text('what the figure counts'),
	/** Returns who published the figure (title, author). */
	source: text('the source of the figure'),
	url: UrlField.optional(),
	/** Returns the date the count applies to. */
	date: IsoDateSchema,
});
export type CountedPlaces = z.output<typeof CountedPlacesSchema>;

/** A setting that is sourced, or says that it is our assumption (then `note` says what would settle it). */
const settingSchema = (value: z.ZodNumber) =>
	z
		.strictObject({
			value,
			/** Returns true when no source gives the figure and we chose it. */
			assumption: z.boolean({
				error: (issue) =>
					issue.input === undefined
						? 'is missing; say whether the figure is our assumption (true or false)'
						: 'must be true or false (whether the figure is our assumption)',
			}),
			source: text('the source of the figure').optional(),
			url: UrlField.optional(),
			/** Returns why this value, and what would settle it. */
			note: text('why this value').optional(),
		})
		.refine((s) => s.assumption || s.source !== undefined, {
			message: 'is missing; give a source, or write assumption: true',
			path: ['source'],
		});

/** A population projection that the arrivals may be scaled with (e.g. the 80+ toward 2040). */
export const DemographySchema = z
	.strictObject({
		/** Returns who is counted, and where, e.g. "innbyggere 80 år og eldre, hele landet". */
		population: text('who is counted, and where'),
		from: z.strictObject({ year: YearField, count: z.number().int().min(1) }),
		to: z.strictObject({ year: YearField, count: z.number().int().min(0) }),
		source: text('the source of the projection'),
		url: UrlField.optional(),
		/** Returns how the projection is used and that this use is our assumption, in words. */
		assumption: text('how the projection is used (our assumption)'),
	})
	.refine((d) => d.to.year > d.from.year, {
		message: 'must be after from.year',
		path: ['to', 'year'],
	});
export type Demography = z.output<typeof DemographySchema>;

export const CapacitySettingsSchema = z.preprocess(
	(v) => v ?? {}, // a file with only comments is an empty document: every default applies
	z.strictObject({
		/** Returns counted places per area (`all`, `cluster:<name>`); an area without them gets an estimate. */
		places: z
			.record(z.string(), CountedPlacesSchema)
			// Checked here rather than by a key schema, so the message names the key and its rule.
			.superRefine((places, ctx) => {
				for (const area of Object.keys(places).filter((a) => !isCapacityArea(a)))
					ctx.addIssue({
						code: 'custom',
						message: 'must be "all" or "cluster:<name>"',
						path: [area],
						input: area,
					});
			})
			.default({}),
		/** Returns the changes the page prepares at build time (shown without JavaScript). */
		scenarios: z
			.strictObject({
				/** Returns changes in places (whole numbers, + or −). */
				place_changes: z.array(z.number().int()).default([-10, -5, 5, 10]),
				/** Returns changes in the mean stay (days, + or −). */
				stay_changes_days: z.array(z.number()).default([-2]),
				/** Returns relative changes in arrivals (fractions: 0.1 = +10 %). */
				arrival_changes: z.array(z.number().gt(-1)).default([0.1]),
			})
			.prefault({}),
		demography: DemographySchema.optional(),
		simulation: z
			.strictObject({
				runs: z.number().int().min(1).default(100),
				years: z.number().int().min(1).default(5),
				warmup_days: z.number().int().min(0).default(365),
				seed: z.number().int().min(0).max(0xffffffff).default(20231004),
				/** Returns the coefficient of variation of stay lengths (standard deviation ÷ mean, ≥ 0). */
				stay_cv: settingSchema(z.number().min(0)).default({ value: 1, assumption: true }),
			})
			.prefault({}),
	}),
);
export type CapacitySettings = z.output<typeof CapacitySettingsSchema>;

/** Returns the settings that apply without a `data/capacity.yaml`. */
export const DEFAULT_CAPACITY_SETTINGS: CapacitySettings = CapacitySettingsSchema.parse({});

/** Returns `data/capacity.yaml` validated, or `null` with one issue per problem (see {@link parseYaml}). */
export function parseCapacitySettings(text: string, file: string): ParsedYaml<CapacitySettings> {
	return parseYaml(text, file, CapacitySettingsSchema);
}

/** Returns one issue per `cluster:<name>` key of `places` that names no cluster in `clusters`. */
export function checkCapacityAreas(
	settings: CapacitySettings,
	clusters: readonly string[],
	text: string,
	file: string,
): DataIssue[] {
	return Object.keys(settings.places)
		.filter((area) => area !== ALL && !clusters.includes(clusterName(area)))
		.map((area) => ({
			file,
			line: yamlLineOf(text, ['places', area]),
			column: `places.${area}`,
			message: `unknown cluster "${clusterName(area)}"; expected one of ${clusters.join(', ')}`,
		}));
}

/** Returns the relative growth of a projected population (to.count ÷ from.count − 1; 1.05 = +105 %). */
export function computeDemographyGrowth(demography: Demography): number {
	return demography.to.count / demography.from.count - 1;
}
