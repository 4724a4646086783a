// The audience of a build, decided once at its top and carried by everything the pages get. A
// public edition has no partner sentence to give and its numbers are already suppressed, so a
// page cannot show a partner number or claim to be the partner edition by mistake.

/** Who an output is for: the public site hides small counts; partner outputs (ASU packs) show them. */
export type Audience = 'public' | 'partner';

/** The default small-count threshold (DOMAIN.md "Privacy"): counts from 1 to 4 are hidden. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 4;

/** What a build says about its edition, everywhere it says it. */
export interface Edition {
	audience: Audience;
	/** Counts from 1 up to this are hidden; `null` in a partner edition, which hides nothing. */
	threshold: number | null;
	/** `Åpen utgave` or `Partnerutgave`: the running header of every report page. */
	name: string;
	/** A note on every page of the site (partner builds only), or `null`. */
	banner: string | null;
	/** One sentence for a report's data-status box and the build log. */
	statement: string;
	/** What the edition shows of small counts, for the data page: the threshold in force, or that nothing is hidden. */
	privacyRule: string;
	/** Returns the sentence on a report's cover, given the audience its front matter names; `null` for none. */
	coverNote(reportAudience: Audience): string | null;
	/** Returns the edition as the list of reports names it, given the report's own audience. */
	listLabel(reportAudience: Audience): string;
}

/** Returns the edition of a build for an audience; `threshold` is the manifest's small-count threshold. */
export function editionFor(audience: Audience, threshold: number): Edition {
	return audience === 'partner' ? partnerEdition(threshold) : publicEdition(threshold);
}

function publicEdition(threshold: number): Edition {
	return {
		audience: 'public',
		threshold,
		name: 'Åpen utgave',
		banner: null,
		statement: 'Åpen utgave for publisering.',
		privacyRule: `Denne åpne utgaven viser ingen antall fra 1 til ${threshold}. Et slikt tall står som «skjult*», og det samme gjør andeler, gjennomsnitt, tall per 1 000 innbyggere og kronebeløp som bygger på det.`,
		coverNote: (report) =>
			report === 'partner'
				? `Åpen utgave av en partnerrapport: tall fra 1 til ${threshold}, og tall de kan regnes ut fra, er skjult. Partnerutgaven med alle tall lages i et eget partnerbygg.`
				: null,
		listLabel: (report) =>
			report === 'public' ? 'åpen utgave' : 'åpen utgave av partnerrapport (små tall skjult)',
	};
}

function partnerEdition(threshold: number): Edition {
	return {
		audience: 'partner',
		threshold: null,
		name: 'Partnerutgave',
		banner: `Viser også små tall (1–${threshold}). Ikke for publisering.`,
		statement: 'Partnerutgave: kan vise små tall for små kommuner og skal ikke publiseres åpent.',
		privacyRule: `Dette er partnerutgaven: den viser alle tall, også antall fra 1 til ${threshold} for små kommuner, og ingenting er skjult. Den er for helsefellesskapets egne møter og skal ikke publiseres åpent. Den åpne utgaven skjuler tall fra 1 til ${threshold}.`,
		coverNote: () =>
			'Partnerutgave for helsefellesskapet. Kan inneholde små tall for små kommuner: skal ikke publiseres åpent.',
		listLabel: () => 'partnerutgave (ikke for åpen publisering)',
	};
}
