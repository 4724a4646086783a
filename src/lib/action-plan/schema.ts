import { z } from 'zod';
import { KPI_IDS } from '../kpi/definitions';
import { IsoDateSchema } from '../dates';
import { parsePeriod } from './parse-period';

const LEVEL_WORDS = 'use green (Ingen avvik), yellow (Mindre avvik) or red (Kritiske avvik)';

/** The three legend levels a measure's owner can report (DOMAIN.md "Deviation legend"). */
export const StatusSchema = z.enum(['green', 'yellow', 'red'], {
	error: (issue) => `${JSON.stringify(issue.input)} is not a status: ${LEVEL_WORDS}`,
});

/** One measure (tiltak), as in a row of the draft's plan table, plus what its owner reports. */
export const MeasureSchema = z.strictObject({
	/** `N.M`: activity number, then the measure's number within it. */
	id: z.string().regex(/^\d+\.\d+$/, 'must be a measure number like "1.1" (quote it in YAML)'),
	/** The draft's words, with its spelling slips normalised (listed in `changes_from_draft`). */
	text: z.string().min(1),
	/** Tidsrom as written: `Innen 1.5.24`, `15.3 – 1.9.2024`, `Avhengig av 1.1`, `Dato - dato`, ISO dates. */
	period: z
		.string()
		// abort: an empty period is not also "not a period".
		.min(1, { error: 'must not be empty: write "Dato - dato" when not scheduled', abort: true })
		.superRefine((text, ctx) => {
			const parsed = parsePeriod(text);
			if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
		}),
	/** Days an `Avhengig av` measure lasts after its start; default {@link DEFAULT_DURATION_DAYS}. The draft gives no length: an assumption. */
	duration_days: z.number().int().min(1).optional(),
	/** Prioritet; `null` when the draft leaves it unfilled ("Ikke satt"). */
	priority: z.enum(['Høy', 'Middels', 'Lav']).nullable(),
	/** Omfang; `null` when unfilled. */
	scope: z.enum(['Stort', 'Middels', 'Lite']).nullable(),
	/** Ansvarlig enhet (a unit or role, never a person's name); `null` when the draft only shows the template word "Ansvarlig". */
	responsible: z.string().min(1).nullable(),
	/** The owner's level; absent when nothing is reported yet. */
	status: StatusSchema.optional(),
	/** The owner's comment to the status. */
	status_comment: z.string().optional(),
	/** When the status was reported; a status older than the reporting interval counts as not reported. */
	status_date: IsoDateSchema.optional(),
	/** True when the measure is carried out. */
	done: z.boolean().default(false),
});
export type Measure = z.output<typeof MeasureSchema>;

/** One activity (aktivitet) of the plan, with its measures. */
export const ActivitySchema = z.strictObject({
	/** 1–7 in the draft; the page is /handlingsplan/<id>/. */
	id: z.number().int().min(1),
	title: z.string().min(1),
	measures: z.array(MeasureSchema),
});
export type Activity = z.output<typeof ActivitySchema>;

/** One box of the logic model: plain text, or linked to a plan activity or a KPI. */
export const TheoryItemSchema = z.strictObject({
	text: z.string().min(1),
	/** The plan activity this box is (links to /handlingsplan/<id>/). */
	activity: z.number().int().min(1).optional(),
	/** The KPI that measures this result (links to /kpi/<id>/). */
	kpi: z.enum(KPI_IDS).optional(),
	/** Any other page of the site this box belongs to. */
	href: z.string().startsWith('/').optional(),
});
export type TheoryItem = z.output<typeof TheoryItemSchema>;

/** The logic model (theory of change) of the kompetansegruppe's draft strategy, column by column. */
export const TheoryOfChangeSchema = z.strictObject({
	ressurser: z.array(TheoryItemSchema),
	aktiviteter: z.array(TheoryItemSchema),
	utfall: z.array(TheoryItemSchema),
	resultater: z.array(TheoryItemSchema),
	effekter: z.array(TheoryItemSchema),
	visjon: z.string().min(1),
});
export type TheoryOfChange = z.output<typeof TheoryOfChangeSchema>;

/** How this file's words differ from the draft's, said on the plan page. */
export const ChangesFromDraftSchema = z.strictObject({
	/** What was changed and why, in a sentence or two («Skrivefeil er rettet; ordene er utkastets.»). */
	note: z.string().min(1),
	/** Each spelling slip and its normalised form. */
	spelling: z
		.array(z.strictObject({ draft: z.string().min(1), here: z.string().min(1) }))
		.default([]),
});
export type ChangesFromDraft = z.output<typeof ChangesFromDraftSchema>;

/** The whole plan file, `data/action-plan.yaml`. */
export const ActionPlanFileSchema = z.strictObject({
	title: z.string().min(1),
	/** Where the words differ from the draft (spelling, names of people left out); shown on the plan page. */
	changes_from_draft: ChangesFromDraftSchema.optional(),
	/** Days after which a status counts as not reported; default {@link DEFAULT_REPORT_MAX_AGE_DAYS}. */
	report_max_age_days: z.number().int().min(1).optional(),
	activities: z.array(ActivitySchema).min(1),
	theory_of_change: TheoryOfChangeSchema,
});
export type ActionPlanFile = z.output<typeof ActionPlanFileSchema>;

/** The length in days of an `Avhengig av` measure without `duration_days`: a month, an assumption to be replaced by the owner's period. */
export const DEFAULT_DURATION_DAYS = 30;
/** A status older than this many days counts as not reported, unless the file says otherwise. */
export const DEFAULT_REPORT_MAX_AGE_DAYS = 90;
/** A measure starting within this many days is flagged "starter snart". */
export const STARTING_SOON_DAYS = 30;
