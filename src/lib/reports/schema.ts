import { z } from 'zod';
import { IsoDateSchema, isIsoDate, isMonth } from '../dates';
import { isKpiId, KPI_IDS, type KpiId } from '../kpi/definitions';

/** The sections a report can hold, in the words the front matter uses. */
export const SECTION_TYPES = ['narrative', 'since-last-meeting', 'kpi-summary', 'goal-year', 'kpi-trends', 'kpi-areas', 'spc-summary', 'spc-charts', 'gantt', 'plan-status', 'deviations', 'comparison', 'legend', 'definitions', 'data-status', 'capacity'] as const;
export type SectionType = (typeof SECTION_TYPES)[number];

const SectionTypeSchema = z.enum(SECTION_TYPES, {
	error: (issue) => `${JSON.stringify(issue.input)} is not a section: use one of ${SECTION_TYPES.join(', ')}`,
});

/** A KPI by number in ASU's order (1–6) or by id; returns the id. */
const KpiRefSchema = z.union([z.number(), z.string()]).transform((ref, ctx): KpiId => {
	const id = typeof ref === 'number' ? (Number.isInteger(ref) ? KPI_IDS[ref - 1] : undefined) : ref;
	if (id !== undefined && isKpiId(id)) return id;
	ctx.addIssue({ code: 'custom', message: `${JSON.stringify(ref)} is not a KPI: use 1–6 or one of ${KPI_IDS.join(', ')}` });
	return z.NEVER;
});

/** One section of a report: a bare type (`- legend`) or an object with options. */
export const SectionSchema = z.preprocess(
	(value) => (typeof value === 'string' ? { type: value } : value),
	z.strictObject({
		/** What the section shows. */
		type: SectionTypeSchema,
		/** Heading instead of the type's default; the table of contents and the PDF test use it. */
		title: z.string().min(1).optional(),
		/** KPIs of `kpi-summary`, `goal-year`, `kpi-trends`, `kpi-areas`, `spc-summary`, `spc-charts`, `since-last-meeting`, `definitions` (1–6 or ids); all six when absent. */
		kpis: z.array(KpiRefSchema).min(1).optional(),
		/** `goal-year`: the calendar year whose values are held against the targets; default the year of the 100 % milestone. */
		year: z.union([z.string(), z.number()]).transform(String).refine((y) => /^\d{4}$/.test(y), 'must be a year written YYYY').optional(),
		/** Markdown shown under the heading (raw HTML is escaped). */
		text: z.string().optional(),
	}),
);
export type ReportSectionSpec = z.output<typeof SectionSchema>;


/** How often a report of this kind goes to its meeting (tiltak 1.2: «herunder rapporteringsfrekvens»). */
export const FREQUENCIES = ['monthly', 'quarterly', 'yearly', 'per-meeting'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The front matter of a report in `reports/*.md`. */
export const ReportFrontMatterSchema = z
	.strictObject({
		/** Shown on the cover, in the list on /rapporter/ and as the PDF's title. */
		title: z.string().min(1),
		/** The body the report goes to: `ASU`, or e.g. `Erfaringskonferansen`. */
		meeting: z.string().min(1),
		/** The meeting's date (YYYY-MM-DD); in the running header. */
		meeting_date: IsoDateSchema,
		/** Case number (saksnummer) such as `31/23`; required for ASU. */
		sak: z.string().regex(/^\d{1,3}\/\d{2}$/, 'must be a case number like "31/23"').optional(),
		/** True while the case number is made up for the demo: shown as "(demonummer)". */
		sak_demo: z.boolean().default(false),
		/** The month reported on (YYYY-MM): KPI values up to and including it. */
		period: z.string().refine(isMonth, 'must be a month written YYYY-MM'),
		/**
		 * The newest data the report may show: the date of the extract it was made from (manifest
		 * `as_of`). Never after the meeting; the build refuses the report when the data is newer.
		 */
		data_cutoff: IsoDateSchema,
		/** True for an example (demo) report: it may be built from data newer than its cut-off and meeting, and says so on its cover. */
		example: z.boolean().default(false),
		/** How often the report goes to its meeting; on the cover. */
		frequency: z.enum(FREQUENCIES, { error: () => `must be one of ${FREQUENCIES.join(', ')}` }).optional(),
		/** The number of the conference in `conference.yaml` the report is for: the cover shows its date and venue, «ikke bestemt» when unknown. */
		conference: z.number().int().min(1).optional(),
		/** `partner` may show small counts; `public` will have them suppressed (DOMAIN.md "Privacy"). */
		audience: z.enum(['partner', 'public'], { error: () => 'must be partner or public' }),
		/** `pack`: cover, contents, sections; `one-page`: a single A4 sheet without cover. */
		layout: z.enum(['pack', 'one-page'], { error: () => 'must be pack or one-page' }).default('pack'),
		/** A short line under the title on the cover. */
		subtitle: z.string().optional(),
		/** The sections in print order. */
		sections: z.array(SectionSchema).min(1, 'must list at least one section'),
	})
	.superRefine((fm, ctx) => {
		if (fm.meeting === 'ASU' && fm.sak === undefined) ctx.addIssue({ code: 'custom', path: ['sak'], message: 'is required for an ASU report (e.g. "31/23")' });
		// A cut-off after the meeting would let a pack show what was not known at the meeting.
		if (isIsoDate(fm.data_cutoff) && isIsoDate(fm.meeting_date) && fm.data_cutoff > fm.meeting_date) ctx.addIssue({ code: 'custom', path: ['data_cutoff'], message: `${fm.data_cutoff} is after the meeting date (${fm.meeting_date}): a report holds only data from before its meeting` });
	});
export type ReportFrontMatter = z.output<typeof ReportFrontMatterSchema>;
