import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { KPI_IDS, type KpiId } from './kpi/types';


/** One KPI's target as ASU decided it. Every number here is data, changed by ASU decision. */
export const KpiTargetSchema = z.strictObject({
	/** Norwegian label, as in the strategy (seed 001). */
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
	/** The target as ASU wrote it, shown beside the number. */
	wording: z.string().optional(),
	/**
	 * How a yearly count target spreads over the months (counts only): `seasonal` follows the
	 * baseline year's months, so a winter month is not red for its season alone; `flat` is 1/12 a month.
	 */
	profile: z.enum(['flat', 'seasonal']).optional(),
});
export type KpiTarget = z.output<typeof KpiTargetSchema>;

export const TargetsSchema = z.strictObject({
	/** Decision the targets come from, e.g. `ASU sak 31/23`. */
	decision: z.string().min(1),
	/** Virkningstidspunkt: progress is measured from this date; 50 % one year later, 100 % two years later. */
	effective_date: IsoDateSchema,
	/** The calendar year whose values are the baseline; YAML reads an unquoted `2023` as a number, which is as good. */
	baseline_year: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d{4}$/, 'must be a year written YYYY')),
	kpis: z.strictObject(
		Object.fromEntries(KPI_IDS.map((id) => [id, KpiTargetSchema])) as Record<KpiId, typeof KpiTargetSchema>,
	),
});
export type Targets = z.output<typeof TargetsSchema>;
