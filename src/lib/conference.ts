import { z } from 'zod';
import { IsoDateSchema } from './dates';

// The experience conferences (erfaringskonferanse) of the communication plan, as `data/conference.yaml`
// describes them. Every field says where it comes from: `from_source: false` marks demo text that is
// not in the source documents, so the page can label it.

const ClockTime = z
	.string()
	.regex(
		/^([01]\d|2[0-3])\.[0-5]\d$/,
		'must be a time written HH.MM, e.g. "09.00" (quote it in YAML)',
	);

/** One slot of a programme. */
export const ProgrammeItemSchema = z
	.strictObject({
		start: ClockTime,
		end: ClockTime,
		title: z.string().min(1),
		/** Who speaks or leads: a role or body, never a person's name in demo text. */
		by: z.string().min(1).optional(),
		description: z.string().min(1).optional(),
		/** False when the item is demo text, not from the source documents. */
		from_source: z.boolean(),
	})
	.refine((item) => item.start < item.end, { message: 'end must be after start', path: ['end'] });

/** One conference: held, planned with a date, or planned without one. */
export const ConferenceSchema = z
	.strictObject({
		/** 1 for the first conference, 2 for the next … */
		number: z.number().int().min(1),
		title: z.string().min(1),
		/** `null` while no date is set. */
		date: IsoDateSchema.nullable(),
		start: ClockTime.optional(),
		end: ClockTime.optional(),
		venue: z.string().min(1).optional(),
		city: z.string().min(1).optional(),
		seats: z.number().int().min(1).optional(),
		theme: z.string().min(1).optional(),
		subthemes: z.array(z.string().min(1)).default([]),
		/** The document that says this (meeting, strategy). */
		source: z.string().min(1),
		programme: z
			.strictObject({
				/** True while the programme is a draft. */
				draft: z.boolean(),
				/** Shown above the programme: what it is and where it comes from. */
				note: z.string().min(1),
				items: z.array(ProgrammeItemSchema).min(1),
			})
			.optional(),
	})
	.refine((c) => !c.start || !c.end || c.start < c.end, {
		message: 'end must be after start',
		path: ['end'],
	});

/** The file: the conferences, and the material the page links to. */
export const ConferenceFileSchema = z
	.strictObject({
		conferences: z.array(ConferenceSchema).min(1),
		/** Site path of the one-page fact sheet (PDF), or of the reports page until it exists. */
		fact_sheet: z.string().regex(/^\//, 'must be a site path starting with /'),
		/** Charts offered as share images: site path of a page and the id of a chart on it. */
		share_images: z
			.array(
				z.strictObject({
					page: z.string().regex(/^\/.*\/$/, 'must be a page path like /kpi/ukp_days/'),
					figure: z.string().min(1),
					label: z.string().min(1),
				}),
			)
			.default([]),
	})
	.superRefine((file, ctx) => {
		const seen = new Set<number>();
		file.conferences.forEach((c, i) => {
			if (seen.has(c.number))
				ctx.addIssue({
					code: 'custom',
					message: `conference number ${c.number} appears twice`,
					path: ['conferences', i, 'number'],
				});
			seen.add(c.number);
		});
	});

export type Conference = z.output<typeof ConferenceSchema>;
export type ConferenceFile = z.output<typeof ConferenceFileSchema>;
export type ProgrammeItem = z.output<typeof ProgrammeItemSchema>;

const LONG_DATE = new Intl.DateTimeFormat('nb-NO', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** Returns an ISO date as "onsdag 22. november 2023". */
export function formatConferenceDate(iso: string): string {
	return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** The words for what the file does not know yet, on the page and the fact sheet alike. */
export const NOT_DECIDED = 'ikke bestemt';

/** Returns when a conference is: «onsdag 22. november 2023, kl. 09.00–13.00», or «ikke bestemt» without a date. */
export function formatConferenceWhen(c: Pick<Conference, 'date' | 'start' | 'end'>): string {
	if (!c.date) return NOT_DECIDED;
	return `${formatConferenceDate(c.date)}${c.start && c.end ? `, kl. ${c.start}–${c.end}` : ''}`;
}

/** Returns where a conference is: «Scandic Nidelven, Trondheim», or «ikke bestemt» without a venue or city. */
export function formatConferenceWhere(c: Pick<Conference, 'venue' | 'city'>): string {
	return [c.venue, c.city].filter(Boolean).join(', ') || NOT_DECIDED;
}

/** Returns the conference with a number, or `undefined` when the file has none (or there is no file). */
export function findConference(
	file: ConferenceFile | null,
	number: number | undefined,
): Conference | undefined {
	return number === undefined ? undefined : file?.conferences.find((c) => c.number === number);
}
