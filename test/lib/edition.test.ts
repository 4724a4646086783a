import { describe, expect, it } from 'vitest';
import { editionFor } from '../../src/lib/edition';

/** Every sentence an edition can give, for both kinds of report. */
const sentences = (e: ReturnType<typeof editionFor>) =>
	[
		e.name,
		e.banner,
		e.statement,
		e.privacyRule,
		e.coverNote('public'),
		e.coverNote('partner'),
		e.listLabel('public'),
		e.listLabel('partner'),
	].filter((s): s is string => s !== null);

describe('editionFor(audience, threshold)', () => {
	it('gives a public build no partner sentence to say, whatever the report asks for', () => {
		const text = sentences(editionFor('public', 4)).join('\n');
		expect(text).not.toMatch(
			/Partnerutgave for|skal ikke publiseres|ikke for åpen publisering|Ikke for publisering/,
		);
		expect(editionFor('public', 4).coverNote('partner')).toBe(
			'Åpen utgave av en partnerrapport: tall fra 1 til 4, og tall de kan regnes ut fra, er skjult. Partnerutgaven med alle tall lages i et eget partnerbygg.',
		);
	});

	it('states the threshold in force', () => {
		expect(editionFor('public', 5).coverNote('partner')).toContain('tall fra 1 til 5');
		expect(editionFor('partner', 5).banner).toBe(
			'Viser også små tall (1–5). Ikke for publisering.',
		);
		expect(editionFor('public', 5).privacyRule).toContain('ingen antall fra 1 til 5');
	});

	it('says on the data page that a partner edition shows every number', () => {
		expect(editionFor('partner', 4).privacyRule).toMatch(
			/^Dette er partnerutgaven: den viser alle tall, også antall fra 1 til 4 .*ingenting er skjult/,
		);
	});

	it('marks every partner report as the partner edition, also one its front matter calls public', () => {
		const partner = editionFor('partner', 4);
		expect(partner.threshold).toBeNull();
		expect(partner.coverNote('public')).toContain('Partnerutgave');
		expect(partner.statement).toContain('skal ikke publiseres åpent');
	});
});
