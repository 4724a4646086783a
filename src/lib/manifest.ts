import { z } from 'zod';
import { IsoDateSchema, isMonth } from './dates';

/** Where the numbers in `data/` come from, and whether they are real. */
export const ManifestSchema = z.strictObject({
	/** Name of the data set. */
	title: z.string().min(1),
	/** True when the numbers are made up: every page and PDF then says "Syntetiske demodata". */
	synthetic: z.boolean(),
	/** The date the data was extracted. It is "today" in a build (Gantt today line, overdue measures). */
	as_of: IsoDateSchema,
	/** Where the numbers come from (system, extract, or generator and seed). */
	source: z.string().min(1),
	/** Free text shown with the data: caveats, definitions, contact. */
	notes: z.string().optional(),
	/** True when the action plan's statuses and comments are demo text, not reported by owners. */
	plan_status_demo: z.boolean().optional(),
	/** Display names of the short-term units in `short_term_monthly.csv` (`oya-helsehus: Øya helsehus`). */
	unit_names: z.record(z.string(), z.string().min(1)).optional(),
	/**
	 * Suppress counts from 1 up to and including this value in public outputs (DOMAIN.md "Privacy").
	 * At least 3: the manifest may raise the protection, never take it below what a public build needs.
	 */
	suppression_threshold: z
		.number()
		.int()
		.min(3, 'must be at least 3: a public build hides counts from 1 to at least 3')
		.max(100)
		.optional(),
	/** The first month data may have (`YYYY-MM`, default 2010-01): an earlier month is a typo, not history. */
	first_month: z.string().refine(isMonth, 'must be a month written YYYY-MM').optional(),
});
export type Manifest = z.output<typeof ManifestSchema>;

/** The first month data may have when the manifest does not say (`first_month`). */
export const DEFAULT_FIRST_MONTH = '2010-01';
