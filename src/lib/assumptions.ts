import { z } from 'zod';
import type { DataIssue } from './issues';
import { KPI_IDS, type KpiId } from './kpi/types';
import { parseYaml, yamlLineOf } from './parse-yaml';

// What the site assumes where the source documents say less than a number needs (an effective
// date, how a rule is read, a duration the plan leaves open), and the caveats on the data's quality.
// `data/assumptions.yaml` holds them, so the data page lists them and every page that shows a
// number built on one links to `/om-data/#forutsetning-<id>`.

/** The file name in the data folder. */
export const ASSUMPTIONS_FILE = 'assumptions.yaml';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IdSchema = z
	.string()
	.regex(
		ID,
		'must be lower-case letters, digits and hyphens (it is the anchor #forutsetning-<id>)',
	);

/** A site page an assumption or caveat is used on. */
export const UseSchema = z.strictObject({
	/** What uses it, in a few words ("Forventet bane og avviksnivå for alle KPI-er"). */
	text: z.string().min(1),
	/** The page, as a site path (`/kpi/`). */
	href: z
		.string()
		.regex(/^\/\S*$/, 'must be a site path starting with /')
		.optional(),
});
export type Use = z.output<typeof UseSchema>;

/** What an assumption or caveat applies to, so pages can mark the things it touches. */
export const AppliesToSchema = z.strictObject({
	/** KPI ids (`ukp_days` …). */
	kpis: z
		.array(
			z.enum(KPI_IDS, {
				error: (iss) =>
					`${JSON.stringify(iss.input)} is not a KPI: use one of ${KPI_IDS.join(', ')}`,
			}),
		)
		.optional(),
	/** Area ids as in the KPI export: `cluster:<name>`, a municipality code, a unit id. */
	areas: z.array(z.string().min(1)).optional(),
	/** Action-plan measures (`"1.2"`). */
	measures: z
		.array(z.string().regex(/^\d+\.\d+$/, 'must be a measure number like "1.2" (quote it in YAML)'))
		.optional(),
	/** Comparison series ids (`halland-mean-days-monthly`). */
	series: z.array(z.string().min(1)).optional(),
});
export type AppliesTo = z.output<typeof AppliesToSchema>;

/** One assumption of ours. */
export const AssumptionSchema = z.strictObject({
	/** Returns the anchor on the data page: `#forutsetning-<id>`. */
	id: IdSchema,
	/** A short heading. */
	title: z.string().min(1),
	/** What we assume, in plain bokmål ("Vi antar …"). */
	assumption: z.string().min(1),
	/** What the source documents say about it, quoted, with the document's title. */
	source_says: z.string().min(1).optional(),
	/** Where the site uses it; at least one place, or it is not an assumption of the site. */
	used_in: z.array(UseSchema).min(1, 'must name at least one place the site uses it'),
	/** Who or what would settle it (a decision, a document, a figure). */
	settled_by: z.string().min(1),
	/** True when a number on the site changes if the assumption turns out wrong. */
	changes_numbers: z.boolean(),
	applies_to: AppliesToSchema.optional(),
});
export type Assumption = z.output<typeof AssumptionSchema>;

/** A caveat on the data's quality, from a named source (not our assumption, but it changes how a number reads). */
export const CaveatSchema = z.strictObject({
	/** Returns the anchor on the data page: `#forbehold-<id>`. */
	id: IdSchema,
	title: z.string().min(1),
	/** The caveat in plain bokmål. */
	text: z.string().min(1),
	source: z.strictObject({
		title: z.string().min(1),
		url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) address'),
	}),
	used_in: z.array(UseSchema).default([]),
	applies_to: AppliesToSchema.optional(),
});
export type Caveat = z.output<typeof CaveatSchema>;

/** The whole file. */
export const AssumptionsFileSchema = z
	.strictObject({
		assumptions: z.array(AssumptionSchema),
		caveats: z.array(CaveatSchema).default([]),
	})
	.superRefine((file, ctx) => {
		const seen = new Map<string, string>();
		for (const key of ['assumptions', 'caveats'] as const) {
			file[key].forEach((item, i) => {
				const first = seen.get(item.id);
				if (first)
					ctx.addIssue({
						code: 'custom',
						path: [key, i, 'id'],
						message: `"${item.id}" is also the id of ${first}`,
					});
				else seen.set(item.id, `${key}.${i}`);
			});
		}
	});
export type AssumptionsFile = z.output<typeof AssumptionsFileSchema>;

/**
 * The assumptions the code links to where a number it shows rests on one. A page shows the link
 * only while the file has the id, so settling an assumption (removing it) removes its marks.
 */
export const LINKED_ASSUMPTIONS = {
	effectiveDate: 'virkningstidspunkt',
	targetNumbers: 'maltall-fra-utkast',
	trajectory: 'forventet-bane',
	tolerance: 'toleranse',
	dependentDuration: 'varighet-avhengige-tiltak',
	swedishMeanWithZeroDays: 'svensk-snitt-med-0-dager',
	hallandPaysAllDays: 'halland-betaler-alle-dogn',
	hallandBenchmarkAllMonths: 'halland-referanseverdi-alle-maneder',
	swedishFreeDays: 'svensk-lov-tre-frie-dogn',
	rateAfterKnown: 'dognpris-2025-og-senere',
	reportFrequency: 'rapportfrekvens-kpi-1-5',
	clusters: 'samarbeidsomrader',
	capacityPlaces: 'kapasitet-plasser-beregnet',
	capacityStay: 'kapasitet-liggetid',
	capacityAreaTargets: 'kapasitet-mal-per-omrade',
	capacityStaySpread: 'kapasitet-spredning-liggetid',
	capacityDemography: 'kapasitet-demografi',
	licence: 'lisens-nlod',
} as const;

/** A data folder without the file: nothing assumed, nothing to link to. */
export const NO_ASSUMPTIONS: AssumptionsFile = { assumptions: [], caveats: [] };

/** The ids `applies_to` may name, from the other files of the folder; a list is `null` when its file failed (then it is not checked). */
export interface KnownIds {
	areas: readonly string[] | null;
	measures: readonly string[] | null;
	series: readonly string[] | null;
}

/**
 * Returns the assumptions file validated by its schema, and every `applies_to` area, measure and
 * series checked against the folder's other files; `null` with one issue per problem.
 */
export function parseAssumptions(
	text: string,
	file: string,
	known: KnownIds,
): { value: AssumptionsFile | null; issues: DataIssue[] } {
	const parsed = parseYaml(text, file, AssumptionsFileSchema);
	if (!parsed.value) return parsed;
	const issues = checkReferences(parsed.value, known).map(({ path, message }) => ({
		file,
		line: yamlLineOf(text, path),
		column: path.join('.'),
		message,
	}));
	return issues.length ? { value: null, issues } : { value: parsed.value, issues: [] };
}

/**
 * Returns the link to an assumption on the data page: a site path, or with `base` (the public
 * site's origin) a full URL, as a printed report needs (a PDF has no site to be relative to).
 */
export function assumptionHref(id: string, base = ''): string {
	return `${base}/om-data/#forutsetning-${id}`;
}

/** Returns the link to a caveat on the data page; `base` as for {@link assumptionHref}. */
export function caveatHref(id: string, base = ''): string {
	return `${base}/om-data/#forbehold-${id}`;
}

/** Returns the assumption with an id, or `undefined` when the file has none (it was settled, or the folder has no file). */
export function findAssumption(file: AssumptionsFile, id: string): Assumption | undefined {
	return file.assumptions.find((a) => a.id === id);
}

/** Returns the assumptions with these ids that the file has, in the order asked; the others are left out. */
export function pickAssumptions(file: AssumptionsFile, ids: readonly string[]): Assumption[] {
	return ids.flatMap((id) => findAssumption(file, id) ?? []);
}

/** What a page asks assumptions and caveats about: one KPI, area, measure or series. */
export type Subject = { kpi: KpiId } | { area: string } | { measure: string } | { series: string };

/** Returns the assumptions that apply to a KPI, area, measure or series, in file order. */
export function assumptionsFor(file: AssumptionsFile, subject: Subject): Assumption[] {
	return file.assumptions.filter((a) => appliesTo(a.applies_to, subject));
}

/** Returns the caveats that apply to a KPI, area, measure or series, in file order. */
export function caveatsFor(file: AssumptionsFile, subject: Subject): Caveat[] {
	return file.caveats.filter((c) => appliesTo(c.applies_to, subject));
}

function appliesTo(to: AppliesTo | undefined, subject: Subject): boolean {
	if (!to) return false;
	if ('kpi' in subject) return to.kpis?.includes(subject.kpi) ?? false;
	if ('area' in subject) return to.areas?.includes(subject.area) ?? false;
	if ('measure' in subject) return to.measures?.includes(subject.measure) ?? false;
	return to.series?.includes(subject.series) ?? false;
}

// A reference to an area, measure or series the folder does not have would mark nothing on the site.
function checkReferences(
	file: AssumptionsFile,
	known: KnownIds,
): { path: (string | number)[]; message: string }[] {
	const kinds = [
		[
			'areas',
			known.areas,
			'an area id of the data (cluster:<name>, a municipality code or a unit id)',
		],
		['measures', known.measures, 'a measure in action-plan.yaml'],
		['series', known.series, 'a series id in comparison/'],
	] as const;
	const problems: { path: (string | number)[]; message: string }[] = [];
	for (const key of ['assumptions', 'caveats'] as const) {
		file[key].forEach((item, i) => {
			for (const [kind, ids, what] of kinds) {
				if (!ids) continue;
				(item.applies_to?.[kind] ?? []).forEach((ref, j) => {
					if (!ids.includes(ref))
						problems.push({
							path: [key, i, 'applies_to', kind, j],
							message: `"${ref}" is not ${what}`,
						});
				});
			}
		});
	}
	return problems;
}
