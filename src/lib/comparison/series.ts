import { z } from 'zod';
import { requiredFlag, requiredText, UrlField } from './fields';

/** What a series measures; the charts put only series with the same measure on one axis. */
export const MEASURES = [
	'mean_days_all_stays',
	'mean_days_stays_with_days',
	'mean_days_basis_unclear',
	'ukp_days',
	'ukp_stays_all',
	'ukp_stays_with_days',
	'ukp_days_per_1000',
	'readmission_share',
	'daily_rate',
	'population',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Where the numbers come from. Required for every series, synthetic ones included. */
export const SourceSchema = z.strictObject(
	{
		/** Title of the page, report or document. */
		title: requiredText('the title of its source'),
		/** Address of the source (for synthetic series: where the real numbers would come from). */
		url: UrlField,
		/** Who publishes it. */
		publisher: z.string().optional(),
	},
	{
		// Only the type error: unknown keys inside `source` get the generic `unknown key` message.
		error: (iss) =>
			iss.code !== 'invalid_type'
				? undefined
				: iss.input === undefined
					? 'is missing; every series must name its source (title and url)'
					: 'must be a map with title and url',
	},
);

/** One value of a series. */
export const PointSchema = z
	.strictObject({
		/** `2021`, `2022-11`, or a span as the source writes it (`2017→2020`). */
		period: z.union([z.string(), z.number()]).transform(String),
		/** Label when several points share a period (e.g. `Regional takst`). */
		label: z.string().optional(),
		/** Returns the number in the series' unit; `null` is a missing value and needs a `note`. Shares are fractions. */
		value: z.number({ error: 'must be a number, or null for a missing value' }).nullable(),
		/** True when the value is worked out from source numbers (PUBLIC_FIGURES.md "DERIVED"), not stated by the source. */
		derived: z.boolean().optional(),
		/** Why the value is missing, or how it was derived. */
		note: z.string().optional(),
		/** Where this one value comes from, when not from the series' source (a later figure from a secondary source). */
		source: z
			.strictObject({
				title: z.string().min(1),
				url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) address'),
			})
			.optional(),
		/** PUBLIC_FIGURES.md confidence of this value, when it differs from the series'. */
		confidence: z
			.enum(['high', 'medium', 'low', 'derived', 'estimate'], {
				error: 'must be high, medium, low, derived or estimate',
			})
			.optional(),
	})
	.refine((p) => p.value !== null || (p.note ?? '').trim() !== '', {
		message: 'a missing value (null) needs a note saying why it is missing',
		path: ['note'],
	});
export type SeriesPoint = z.output<typeof PointSchema>;

/** One comparison series file (`data/comparison/*.yaml` except the settings files). */
export const SeriesSchema = z
	.strictObject({
		/** Returns the id used in links and CSV names: lower-case letters, digits and hyphens. */
		id: z
			.string({ error: 'is missing; give an id of lower-case letters, digits and hyphens' })
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens'),
		/** Norwegian title shown on charts and tables. */
		title: requiredText('a title'),
		country: z.enum(['NO', 'SE', 'DK'], { error: 'must be NO, SE or DK' }),
		/** `Riket`, `Region Halland`, `Helse Midt-Norge` … */
		area: requiredText('the area it covers'),
		measure: z.enum(MEASURES, { error: `must be one of ${MEASURES.join(', ')}` }),
		/** `døgn`, `opphold`, `andel` (fraction 0–1), `NOK`, `SEK`, `DKK`, `personer`, `per 1 000`. */
		unit: z.enum(['døgn', 'opphold', 'andel', 'NOK', 'SEK', 'DKK', 'personer', 'per 1 000'], {
			error: 'must be døgn, opphold, andel, NOK, SEK, DKK, personer or per 1 000',
		}),
		/** True for made-up demo numbers: shown with "Syntetiske demodata" and never as real. */
		synthetic: requiredFlag('whether the numbers are synthetic demo data'),
		source: SourceSchema,
		/** The period the series covers, as text (`2017–2020`). */
		period: requiredText('the period it covers'),
		/** What is counted, and the denominator of a mean or share. */
		definition: requiredText('its definition (what is counted, and the denominator)'),
		/** False when the series cannot be compared with the helsefellesskap's own numbers on the same basis. */
		comparable: requiredFlag(
			'whether it compares like with like with the helsefellesskap (comparable)',
		),
		/** Why the series is not (fully) comparable. Required when `comparable` is false. */
		comparability_note: z.string().optional(),
		/** PUBLIC_FIGURES.md confidence. */
		confidence: z.enum(['high', 'medium', 'low', 'derived', 'estimate', 'synthetic'], {
			error: 'must be high, medium, low, derived, estimate or synthetic',
		}),
		points: z
			.array(PointSchema, { error: 'is missing; give the values as a list of {period, value}' })
			.min(1, 'must have at least one point'),
	})
	.refine((s) => s.comparable || (s.comparability_note ?? '').trim() !== '', {
		message: 'a series that is not comparable needs a comparability_note saying why',
		path: ['comparability_note'],
	})
	.refine((s) => s.synthetic === (s.confidence === 'synthetic'), {
		message: 'must be "synthetic" exactly when synthetic is true',
		path: ['confidence'],
	});
export type Series = z.output<typeof SeriesSchema>;

const CONFIDENCE_WORDS: Record<Series['confidence'], string> = {
	high: 'høy sikkerhet',
	medium: 'middels sikkerhet',
	low: 'lav sikkerhet',
	derived: 'utledet tall',
	estimate: 'anslag',
	synthetic: 'syntetisk',
};

/** Returns the public-figures confidence in words: `middels sikkerhet`, `utledet tall`. */
export function formatConfidence(confidence: Series['confidence']): string {
	return CONFIDENCE_WORDS[confidence];
}

/**
 * Returns how sure a value of a series is: the point's own confidence, `derived` for a value worked
 * out from source numbers (never stronger than the numbers it comes from), else the series'.
 */
export function pointConfidence(s: Series, p: SeriesPoint): Series['confidence'] {
	return p.confidence ?? (p.derived ? 'derived' : s.confidence);
}

/** Returns the source of one value: the point's own where it has one, else the series'. */
export function pointSource(s: Series, p: SeriesPoint): { title: string; url: string } {
	return p.source ?? { title: s.source.title, url: s.source.url };
}

/**
 * Returns the confidence of a series in words, per value where the values differ:
 * `høy sikkerhet` when all agree, else `utledet tall (2019), høy sikkerhet (2021), middels sikkerhet (2022, 2023)`
 * (each level with its periods, in the order the levels first appear among the points).
 */
export function formatSeriesConfidence(s: Series): string {
	const byLevel = new Map<Series['confidence'], string[]>();
	for (const p of s.points)
		byLevel.set(pointConfidence(s, p), [...(byLevel.get(pointConfidence(s, p)) ?? []), p.period]);
	if (byLevel.size <= 1) return formatConfidence([...byLevel.keys()][0] ?? s.confidence);
	return [...byLevel]
		.map(([level, periods]) => `${formatConfidence(level)} (${[...new Set(periods)].join(', ')})`)
		.join(', ');
}
