import { z } from 'zod';
import { MonthField, requiredText } from './fields';

/** One benchmark (riktmärke) of Halland's average model and the months it applies to. */
export const BenchmarkSchema = z
	.strictObject({
		from: MonthField,
		to: MonthField,
		/** Returns the benchmark in days: mean UKP days over all stays, 0-day stays included. */
		days: z.number({ error: 'must be a number of days' }).nonnegative(),
		/** Where the benchmark comes from. */
		source: requiredText('the source of the benchmark'),
		/** Address of the source, when it is public. */
		url: z
			.string()
			.regex(/^https?:\/\/\S+$/, 'must be an http(s) address')
			.optional(),
		/** True when no public source confirms the figure. */
		verified: z.boolean(),
	})
	.refine((b) => b.from <= b.to, { message: 'must not be after `to`', path: ['from'] });
export type Benchmark = z.output<typeof BenchmarkSchema>;

/**
 * `data/comparison/payment-models.yaml`: the rules and rates of the three payment models. Every
 * number the calculator uses is here, not in code.
 */
export const PaymentSettingsSchema = z.strictObject({
	/** Id of the series holding the Norwegian døgnpris per year (NOK); all three models use it, so they differ only by rule. */
	rate_series: z.string().min(1),
	/** How a year after the last known rate is priced: with the last known rate, said on the page. */
	rate_after_last_year: z.literal('last_known'),
	sweden: z.strictObject({
		/** Returns the free calendar days after the notice: a stay of d UKP days pays max(0, d − free_days). */
		free_days: z
			.number()
			.int()
			.nonnegative()
			.max(31, 'must be at most 31 (the stays-by-days file is exact up to 30 days)'),
		/** The rule in words, with its source. */
		rule: requiredText('the rule in words'),
		source: requiredText('the source of the rule'),
		url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) address'),
	}),
	halland: z.strictObject({
		/** The benchmarks Halland decided, with their periods. */
		benchmarks: z.array(BenchmarkSchema).min(1),
		/** What a liable month pays: every UKP day (`all_days`), or only the days above benchmark × stays. */
		liable_pays: z.enum(['all_days', 'days_above_benchmark']),
		rule: requiredText('the rule in words'),
	}),
	calculator: z.strictObject({
		/** Returns the benchmark used for every month of our data (Halland's applies only to 2022-11–2023-12). */
		benchmark_days: z.number().nonnegative(),
		/** Why this benchmark, shown on the page. */
		benchmark_note: requiredText('why this benchmark is used'),
	}),
});
export type PaymentSettings = z.output<typeof PaymentSettingsSchema>;
