import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { KPI_IDS, type KpiId } from './kpi/types';

/** Another way the source words the same target, shown beside the one the KPI uses. */
export const OtherWordingSchema = z.strictObject({
	/** The words as the source has them. */
	wording: z.string().min(1),
	/** Where in the source («forandringsteorien i utkastet»). */
	where: z.string().min(1),
	/** The wording as a change from the baseline (−0.2 for «redusere … med 20 %»), so a page can show the value it gives. */
	relative_change: z.number().min(-1).optional(),
});

/** One KPI's target. Every number here is data, never code: it changes when ASU decides otherwise. */
export const KpiTargetSchema = z.strictObject({
	/** Norwegian label, as in the kompetansegruppe's draft strategy. */
	label: z.string().min(1),
	/** A short label for cards and table headers. */
	short_label: z.string().min(1),
	/** Unit of the value: `døgn` for counts and means of days, `andel` for shares (fractions 0–1). */
	unit: z.enum(['døgn', 'andel']),
	/** Which way is better. */
	direction: z.enum(['lower', 'higher']),
	/** `improve`: move from baseline to target; `hold`: keep the target (readmissions). */
	mode: z.enum(['improve', 'hold']),
	/** The target value: days per year for `ukp_days`, a fraction for shares, days for means. */
	target: z.number().nonnegative(),
	/** How far worse than the trajectory still counts as yellow rather than red, in the KPI's unit (per year for counts). */
	tolerance: z.number().nonnegative(),
	/** A fixed baseline value; when absent the baseline is computed from the data for the baseline year. */
	baseline: z.number().nonnegative().optional(),
	/** Count targets for single areas (`"5001"`, `"cluster:Fosen"`); counts do not split across areas otherwise. */
	area_targets: z.record(z.string(), z.number().nonnegative()).optional(),
	/** The one area the target is set for (`oya-helsehus`); when absent it applies to the helsefellesskap, and shares and means to every area. */
	target_area: z.string().optional(),
	/** The target in the words of its source (the draft's target list), shown beside the number. */
	wording: z.string().optional(),
	/**
	 * How a yearly count target spreads over the months (counts only): `seasonal` follows the
	 * baseline year's months, so a winter month is not red for its season alone; `flat` is 1/12 a month.
	 */
	profile: z.enum(['flat', 'seasonal']).optional(),
	/** The same target worded differently elsewhere in the source (Øya helsehus: «20 døgn» and «−20 %»). */
	other_wordings: z.array(OtherWordingSchema).optional(),
});
export type KpiTarget = z.output<typeof KpiTargetSchema>;

/** Where the targets come from, said wherever the targets are shown. */
export const TargetOriginSchema = z.strictObject({
	/** The document the numbers are from, as a reader cites it: title, author, and that it is a draft. */
	numbers: z.string().min(1),
	/** The same in a few words for captions («kompetansegruppens utkast til strategi»). */
	numbers_short: z.string().min(1),
	/** What ASU did about the goal and the KPIs, with the meeting; only what the case papers record. */
	asu: z.string().min(1),
});
export type TargetOrigin = z.output<typeof TargetOriginSchema>;

export const TargetsSchema = z.strictObject({
	/** Where the numbers come from and what ASU did about them. */
	origin: TargetOriginSchema,
	/** Virkningstidspunkt: progress is measured from this date; 50 % one year later, 100 % two years later. */
	effective_date: IsoDateSchema,
	/** The calendar year whose values are the baseline; YAML reads an unquoted `2023` as a number, which is as good. */
	baseline_year: z.preprocess(
		(v) => (typeof v === 'number' ? String(v) : v),
		z.string().regex(/^\d{4}$/, 'must be a year written YYYY'),
	),
	kpis: z.strictObject(
		Object.fromEntries(KPI_IDS.map((id) => [id, KpiTargetSchema])) as Record<
			KpiId,
			typeof KpiTargetSchema
		>,
	),
});
export type Targets = z.output<typeof TargetsSchema>;
