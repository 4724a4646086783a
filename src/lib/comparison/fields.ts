import { z } from 'zod';

// Field schemas shared by the comparison files. Messages name the rule, so a user who drops in a
// real export sees what is missing, e.g. `source.url: is missing; every series must name …`.

/** Returns a required non-empty text field whose messages say what the text is for. */
export function requiredText(what: string) {
	return z
		.string({
			error: (iss) =>
				iss.input === undefined
					? `is missing; every series must give ${what}`
					: `must be text (${what})`,
		})
		.trim()
		.min(1, `must not be empty; give ${what}`);
}

/** Returns a required true/false field. */
export function requiredFlag(what: string) {
	return z.boolean({
		error: (iss) =>
			iss.input === undefined
				? `is missing; say ${what} (true or false)`
				: `must be true or false (${what})`,
	});
}

/** An http(s) address. */
export const UrlField = z
	.string({
		error: (iss) =>
			iss.input === undefined
				? 'is missing; every series must give the address of its source'
				: 'must be text (an http(s) address)',
	})
	.regex(/^https?:\/\/\S+$/, 'must be an http(s) address, e.g. https://www.helsedirektoratet.no/…');

/** A month written `YYYY-MM`. */
export const MonthField = z
	.string({ error: 'must be a month written YYYY-MM (quote it in YAML: "2022-11")' })
	.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

/** A year written `YYYY`, as text or number. */
export const YearField = z
	.union([z.string(), z.number()], { error: 'must be a year written YYYY' })
	.transform(String)
	.refine((s) => /^\d{4}$/.test(s), 'must be a year written YYYY');
