import { describe, expect, it } from 'vitest';
import {
	computeAboutLines,
	formatPeriodRange,
	formatSuppressionFootnote,
	formatSuppressionRule,
	periodOfMonths,
	withSource,
} from '../../../src/lib/downloads/about';
import { makeDownloadTable } from '../../helpers/download-table';

describe('periodOfMonths(first, last)', () => {
	it.each([
		['2023-01', '2026-11', { start: '2023-01-01', end: '2026-11-30' }],
		['2024-02', '2024-02', { start: '2024-02-01', end: '2024-02-29' }],
		['2023-12', '2025-12', { start: '2023-12-01', end: '2025-12-31' }],
	])('%s to %s covers whole months', (first, last, period) => {
		expect(periodOfMonths(first, last)).toEqual(period);
	});
});

describe('formatPeriodRange(period)', () => {
	it.each([
		[{ start: '2023-01-01', end: '2026-11-30' }, 'januar 2023–november 2026'],
		[{ start: '2024-03-01', end: '2024-03-31' }, 'mars 2024'],
		[{ start: '2024-05-01', end: '2025-12-15' }, '1. mai 2024–15. desember 2025'],
		[{ start: '2024-05-03', end: '2024-05-03' }, '3. mai 2024'],
	])('%j → %s', (period, text) => {
		expect(formatPeriodRange(period)).toBe(text);
	});
});

describe('formatSuppressionFootnote(threshold)', () => {
	it.each([
		[
			4,
			'«skjult»: skjult av personvernhensyn. Tallet bygger på 1–4 hendelser, eller er skjult for at et slikt tall ikke skal kunne regnes ut fra summer og de andre tallene.',
		],
		[
			1,
			'«skjult»: skjult av personvernhensyn. Tallet bygger på 1 hendelse, eller er skjult for at et slikt tall ikke skal kunne regnes ut fra summer og de andre tallene.',
		],
	])('threshold %i', (threshold, text) => {
		expect(formatSuppressionFootnote(threshold)).toBe(text);
	});
});

describe('formatSuppressionRule(suppression)', () => {
	it.each([
		[
			{ threshold: 4, footnote: '' },
			/^Antall fra 1 til 4 er skjult av personvernhensyn, .* Skjulte celler har teksten «skjult»\.$/,
		],
		[{ threshold: 1, footnote: '' }, /^Antall lik 1 er skjult/],
		[{ threshold: 0, footnote: '' }, /^Ingen tall er skjult \(terskelen for små tall er 0\)\.$/],
		[null, /^Ingen tall er skjult\.$/],
	])('%j', (suppression, text) => {
		expect(formatSuppressionRule(suppression)).toMatch(text);
	});
});

describe('computeAboutLines(meta, columns)', () => {
	it('says first that synthetic data is not real, then what, how, where from, when and the privacy rule', () => {
		const table = makeDownloadTable();
		expect(computeAboutLines(table).map((l) => l.label)).toEqual([
			'Merk',
			'Tittel',
			'Beskrivelse',
			'Definisjon',
			'Kilde',
			'Periode',
			'Dataenes dato',
			'Personvern',
		]);
		expect(computeAboutLines(table)[0].text).toBe('Syntetiske demodata – ikke ekte tall');
	});

	it('warns that a partner output is not for publication', () => {
		const lines = computeAboutLines(
			makeDownloadTable({ synthetic: false, suppression: null, restricted: true, rows: [] }),
		);
		expect(lines[0]).toEqual({
			label: 'Merk',
			text: 'Intern utgave for helsefellesskapets partnere med alle tall – ikke for publisering',
		});
		expect(lines.at(-1)).toEqual({ label: 'Personvern', text: 'Ingen tall er skjult.' });
	});

	it('leaves out the warning for real data, and definition and period when there are none', () => {
		const table = makeDownloadTable({ synthetic: false, definition: undefined, period: null });
		expect(computeAboutLines(table).map((l) => l.label)).toEqual([
			'Tittel',
			'Beskrivelse',
			'Kilde',
			'Dataenes dato',
			'Personvern',
		]);
	});

	it('ends with each column heading and its CSV name', () => {
		const table = makeDownloadTable();
		const lines = computeAboutLines(table, table.columns);
		expect(lines.slice(-table.columns.length)).toEqual(
			table.columns.map((c, i) => ({
				label: i === 0 ? 'Kolonner (CSV-navn)' : '',
				text: `${c.heading}: ${c.id}`,
			})),
		);
	});
});

describe('withSource(source, more)', () => {
	it('joins two sources with a semicolon, without the full stop the first one ends with', () => {
		expect(
			withSource(
				'Syntetiske data. Ikke ekte tall fra Helseplattformen.',
				'døgnpris: Helsedirektoratet',
			),
		).toBe('Syntetiske data. Ikke ekte tall fra Helseplattformen; døgnpris: Helsedirektoratet');
		expect(withSource('SSB', 'referanseseriene: kilden står på hver rad')).toBe(
			'SSB; referanseseriene: kilden står på hver rad',
		);
	});
});
