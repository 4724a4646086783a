import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readWorkbook } from '../helpers/xlsx';

// What a reader of the built site and its PDFs sees, checked against issue 12: no internal labels
// for the source documents, no Danish or Swedish words in our own sentences, and no «vedtatt» next
// to the targets (ASU endorsed the goal; the numbers are from a draft).
//
// It reads the test run's shared public build (test/helpers/build-fixtures.ts).
//
// How quotes are marked, so that Danish and Swedish may stay in their own words: in HTML a quote is
// a <q> or <blockquote> element (with lang="da" or lang="sv"), or text between « and »; in PDF
// text, where elements are gone, it is text between « and » (Chromium prints <q> in a page with
// lang="nb" with those marks). Everything else is our own bokmål.

const SITE = inject('sites').public;

/** The file names of the source documents' folder: a reader never sees them. */
const SOURCE_FILES = [
	'asu-2023-10-04-ukp-rapport',
	'kompetansegruppen-strategi-utkast',
	'analysegruppen-asu-2023-10-04',
	'midtjylland-tillaegsaftale-2013',
	'halland-gnhh-2023-02-22',
];
/** «seed 004», «Seed 001», «seed_003»: the internal numbers of the source documents. */
const SEED_LABEL = /\bseed[\s_-]*0\d\d\b/i;
/**
 * Danish and Swedish words that must not stand in a Norwegian sentence (issue 12, point 5, and the
 * review after it: «riktmärke» is «referanseverdi», «kronor per vårddygn» is «svenske kroner per
 * liggedøgn», the Danish «satspulje» is quoted).
 */
const FOREIGN_WORDS = [
	/indsats/i,
	/patientoplevelse/i,
	/almen praksis/i,
	/oplanlagt/i,
	/fordypet analyse/i,
	/riktm[äa]rk/i,
	/\bkronor\b/i,
	/vårddygn/i,
	/satspulj/i,
];
/** «vedtatt»/«vedtok» in the same sentence as the targets or the KPIs. */
const DECIDED = /\bvedt(?:att|ok)\b/i;
const TARGETS = /\bmål(?:et|ene|tall|tallene|a)?\b|\bKPI/i;

let pages: { path: string; text: string; own: string }[] = [];
let csvs: { path: string; text: string }[] = [];
let workbooks: { path: string; text: string }[] = [];
let pdfs: { path: string; text: string; own: string }[] = [];

beforeAll(() => {
	const files = listFiles(SITE);
	pages = files
		.filter((f) => f.endsWith('.html'))
		.map((f) => {
			const html = readFileSync(f, 'utf8');
			return {
				path: `/${relative(SITE, f)}`,
				text: htmlText(html),
				own: ownText(htmlText(withoutQuoteElements(html))),
			};
		});
	csvs = files
		.filter((f) => f.endsWith('.csv'))
		.map((f) => ({ path: `/${relative(SITE, f)}`, text: readFileSync(f, 'utf8') }));
	workbooks = files
		.filter((f) => f.endsWith('.xlsx'))
		.map((f) => ({
			path: `/${relative(SITE, f)}`,
			text: workbookText(readWorkbook(new Uint8Array(readFileSync(f)))),
		}));
	const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
	pdfs = !pdftotext
		? []
		: files
				.filter((f) => f.endsWith('.pdf'))
				.map((f) => {
					const text = spawnSync('pdftotext', [f, '-'], { encoding: 'utf8' }).stdout;
					return { path: `/${relative(SITE, f)}`, text, own: ownText(text) };
				});
});

describe('the text of the built site and its PDFs', () => {
	it('has pages, CSV files and (with Chromium) PDFs to read', () => {
		expect(pages.length).toBeGreaterThan(30);
		expect(csvs.length).toBeGreaterThan(10);
		expect(workbooks.length).toBe(csvs.length);
		if (pdfs.length === 0)
			console.warn(
				'No PDFs in the build (Chromium or pdftotext missing): the PDF checks read nothing.',
			);
	});

	it('never names a source document by a «seed 00x» label', () => {
		expect(hits([...pages, ...csvs, ...pdfs], (t) => SEED_LABEL.exec(t)?.[0])).toEqual([]);
	});

	it('never names a file of the source documents’ folder', () => {
		expect(
			hits([...pages, ...csvs, ...pdfs], (t) => SOURCE_FILES.find((name) => t.includes(name))),
		).toEqual([]);
	});

	it('has no Danish or Swedish words of the list in our own sentences, only in quotes', () => {
		const found = (t: string) => FOREIGN_WORDS.map((w) => w.exec(t)?.[0]).find(Boolean);
		expect(
			hits(
				pages.map((p) => ({ path: p.path, text: p.own })),
				found,
			),
		).toEqual([]);
		expect(
			hits(
				pdfs.map((p) => ({ path: p.path, text: p.own })),
				found,
			),
		).toEqual([]);
	});

	it('has none of them in the headings and texts of the CSV files and Excel workbooks either', () => {
		const found = (t: string) => FOREIGN_WORDS.map((w) => w.exec(ownText(t))?.[0]).find(Boolean);
		expect(hits([...csvs, ...workbooks], found)).toEqual([]);
	});

	it('keeps the space after a bold lead-in or a link: no «overliggerdøgn.Helsedirektoratet»', () => {
		const glued = (html: string) => /<\/(strong|em|b|a)>[A-Za-zÆØÅæøå]/.exec(html)?.[0];
		expect(
			hits(
				listFiles(SITE)
					.filter((f) => f.endsWith('.html'))
					.map((f) => ({ path: `/${relative(SITE, f)}`, text: readFileSync(f, 'utf8') })),
				glued,
			),
		).toEqual([]);
	});

	it('never titles a table «… per år: per måned» (download links, /data/, the catalogue, the workbooks)', () => {
		const collision = (t: string) => /per år: (per|SPC)[^\n]{0,20}/.exec(t)?.[0];
		const catalogue = {
			path: '/data/katalog.jsonld',
			text: readFileSync(join(SITE, 'data/katalog.jsonld'), 'utf8'),
		};
		expect(hits([...pages, ...workbooks, catalogue], collision)).toEqual([]);
	});

	it('never says the targets were «vedtatt»', () => {
		const decided = (t: string) => sentencesOf(t).find((s) => DECIDED.test(s) && TARGETS.test(s));
		expect(hits([...pages, ...pdfs], decided)).toEqual([]);
	});
});

describe('where the reader sees what issue 12 asks for', () => {
	const page = (path: string) => pages.find((p) => p.path === path)?.text ?? '';
	const pdf = (path: string) => pdfs.find((p) => p.path === path)?.text.replace(/\s+/g, ' ') ?? '';

	it('resolves every link to an assumption to one on the data page', () => {
		const data = readFileSync(join(SITE, 'om-data/index.html'), 'utf8');
		const ids = new Set(
			[...data.matchAll(/id="(forutsetning-[a-z0-9-]+|forbehold-[a-z0-9-]+)"/g)].map((m) => m[1]),
		);
		expect(ids.size).toBeGreaterThanOrEqual(10);
		const links = listFiles(SITE)
			.filter((f) => f.endsWith('.html'))
			.flatMap((f) =>
				[
					...readFileSync(f, 'utf8').matchAll(
						/href="(?:https?:\/\/[^/"]+)?\/om-data\/#((?:forutsetning|forbehold)-[a-z0-9-]+)"/g,
					),
				].map((m) => m[1]),
			);
		expect(links.length).toBeGreaterThan(20);
		expect([...new Set(links)].filter((id) => !ids.has(id))).toEqual([]);
	});

	it('says on the front page, the KPI pages and the data page where the targets come from', () => {
		for (const path of ['/index.html', '/kpi/ukp_days/index.html', '/om-data/index.html']) {
			expect(page(path), path).toContain('kompetansegruppens utkast til strategi');
			expect(page(path), path).toContain('Saken viser ikke et vedtak om selve tallene');
		}
	});

	it('shows the national UKP days of 2023 on the comparison page, each value with its own source and confidence', () => {
		const text = page('/sammenligning/index.html').replace(/\s+/g, ' ');
		expect(text).toMatch(
			/2023 80 725 NRK Vestfold og Telemark, med tall fra FHI middels sikkerhet/,
		);
		expect(text).toMatch(
			/2022 71 800 Altinget \(mars 2024\), etter en rapport fra Helsedirektoratet middels sikkerhet/,
		);
		expect(text).toContain(
			'Offentlig tall: utledet tall (2019), høy sikkerhet (2021), middels sikkerhet (2022, 2023)',
		);
		const csv = readFileSync(join(SITE, 'sammenligning/serier/no-ukp-days-national.csv'), 'utf8');
		expect(csv.split('\n').find((l) => l.includes(',2022,'))).toContain(',medium,');
	});

	it('marks the effective date as ours next to every KPI summary of a report: the fact sheet and both packs', () => {
		for (const name of ['faktaark-erfaringskonferansen', 'asu-2026-11-18', 'asu-2027-01-20']) {
			const text = pdfs.length
				? pdf(`/rapporter/${name}.pdf`)
				: page(`/rapporter/${name}/index.html`).replace(/\s+/g, ' ');
			expect(text, name).toMatch(
				/Måloppnåelse og avvik regnes fra virkningstidspunktet 1\. januar 2024(\. Datoen er|,) vår forutsetning/,
			);
		}
	});

	it('lists the SPC rebases on the data page, or says there are none, with the reason', () => {
		const text = page('/om-data/index.html').replace(/\s+/g, ' ');
		expect(text).toContain('Signal-diagrammene: nye perioder (rebasing)');
		expect(text).toMatch(
			/Ingen rebasing så langt: hvert diagram har én periode, fra januar 2022 til oktober 2026\./,
		);
		expect(text).toContain('Demodataene har ikke noe trappetrinn');
	});

	it('says the same about the season in the assumption on the expected path and the one on UKP days per month', () => {
		const text = page('/om-data/index.html').replace(/\s+/g, ' ');
		expect(text).not.toContain(
			'Forventet verdi i en måned er et punkt på linjen, uten sesongvariasjon',
		);
		expect(text).toContain('følger den andelen årstidene i utgangsåret');
	});

	it('gives the catalogue’s Swedish and Danish datasets their own country, and every dataset a period or a reason it has none', () => {
		const catalogue = JSON.parse(readFileSync(join(SITE, 'data/katalog.jsonld'), 'utf8'));
		const datasets = catalogue['dcat:dataset'] as Record<string, any>[];
		const spatial = (anchor: string) =>
			datasets
				.find((d) => d['@id'].endsWith(`#${anchor}`))
				?.['dct:spatial'].map((s: { '@id': string }) => s['@id'].slice(-3));
		expect(spatial('sammenligning-serier-se-default-amount')).toEqual(['SWE']);
		expect(spatial('sammenligning-serier-dk-rate-caps')).toEqual(['DNK']);
		expect(spatial('sammenligning-halland')).toEqual(['SWE']);
		expect(spatial('kpi-ukp_days-maaned')).toEqual(['NOR']);
		for (const d of datasets)
			expect(
				d['dct:temporal'] ?? d['dct:description']['@value'].match(/har ikke noe tidsrom/)?.[0],
				d['@id'],
			).toBeTruthy();
	});

	it('links tiltak.csv on the data page together with its Excel file', () => {
		const html = readFileSync(join(SITE, 'om-data/index.html'), 'utf8');
		expect(html).toContain('href="/handlingsplan/tiltak.xlsx"');
		expect(html).toContain('href="/handlingsplan/tiltak.csv"');
	});

	it('shows «–» and a note, not −5 088 %, where a baseline started within the tolerance of the target (Osen, KPI 2)', () => {
		for (const path of [
			'/omrader/5020/index.html',
			'/kpi/zero_day_share/klynge-fosen/index.html',
		]) {
			expect(page(path), path).toContain('– (startet nær målet)');
			expect(page(path), path).not.toMatch(/−\s?5\s?088/);
		}
	});

	it('says under «Nådde vi målene for 2025?» what «(ufullstendig)» leaves out', () => {
		const pack = page('/rapporter/asu-2026-11-18/index.html').replace(/\s+/g, ' ');
		expect(pack).toContain('(ufullstendig)');
		expect(pack).toContain(
			'«Ufullstendig»: for noen kommuner mangler tall for en eller flere måneder i 2025, eller en kommunes rad for en måned er holdt utenfor de åpne tallene',
		);
	});

	it('explains in the SPC reading guide why «Ingen avvik» and «Når ikke målet» can stand together', () => {
		for (const path of ['/index.html', '/kpi/zero_day_share/index.html']) {
			expect(page(path).replace(/\s+/g, ' '), path).toContain(
				'«Ingen avvik» og «Når ikke målet» på samme KPI motsier ikke hverandre',
			);
		}
	});

	it('puts the registration caveat on the pages of KPI 2 and KPI 3', () => {
		for (const path of ['/kpi/zero_day_share/index.html', '/kpi/mean_ukp_days/index.html']) {
			expect(page(path), path).toContain('registrerer få UKP-opphold uten overliggerdøgn');
		}
	});

	it('answers «Nådde vi målene for 2025?» and lists every measure in the ASU pack', () => {
		const pack = pdfs.length
			? pdf('/rapporter/asu-2026-11-18.pdf')
			: page('/rapporter/asu-2026-11-18/index.html').replace(/\s+/g, ' ');
		expect(pack).toContain('Nådde vi målene for 2025?');
		expect(pack).toContain('Status for hvert tiltak, per aktivitet');
		expect(pack).toContain('registrerer få UKP-opphold uten overliggerdøgn');
		for (const id of ['1.1', '2.4', '4.3', '5.9', '7.2']) expect(pack).toContain(`${id} `);
	});
});

describe('how the checks read quotes and sentences', () => {
	const own = (html: string) => ownText(htmlText(withoutQuoteElements(html)));

	it('leaves out <q>, <blockquote> (nested too) and «…», and keeps the rest', () => {
		expect(
			own('<p>Vi prøver tiltak <q lang="da">nye indsatser</q> og «fordypet analyse».</p>'),
		).not.toMatch(/indsats|fordypet/);
		expect(
			own(
				'<blockquote lang="da"><ul><li>Høj patientoplevelset</li><li><q>almen praksis</q></li></ul></blockquote>',
			),
		).not.toMatch(/patientoplevelse|almen/);
		expect(own('<p>Klyngene prøver ut indsatser.</p>')).toContain('indsatser');
		expect(own('<p>A &laquo;oplanlagt&raquo; B&nbsp;&amp;&#160;C</p>').trim()).toBe(
			'A   B\u00a0&\u00a0C',
		);
	});

	it('catches the Swedish and Danish words the review found, but not in a «…» quote', () => {
		const found = (html: string) => FOREIGN_WORDS.some((w) => w.test(own(html)));
		for (const html of [
			'<svg><text>Over riktmärket</text></svg>',
			'<dd>Kronor per vårddygn kommunen betaler</dd>',
			'<li>Satspuljen for den nasjonale handlingsplanen</li>',
			'<td>Halland over riktmärket</td>',
		])
			expect(found(html), html).toBe(true);
		expect(
			found('<p>en referanseverdi (på svensk «riktmärke») og <q lang="da">satspuljen</q></p>'),
		).toBe(false);
	});

	it('takes a sentence as far as a full stop or the end of a block', () => {
		expect(
			sentencesOf(htmlText('<p>Målene er fra et utkast. Planen er vedtatt.</p><p>KPI-ene</p>')),
		).toContain('Planen er vedtatt.');
		expect(
			sentencesOf('Målene er fra et utkast. Planen er vedtatt.').some(
				(x) => DECIDED.test(x) && TARGETS.test(x),
			),
		).toBe(false);
		expect(
			sentencesOf('Målene er vedtatt i ASU.').some((x) => DECIDED.test(x) && TARGETS.test(x)),
		).toBe(true);
	});
});

// Every cell of every sheet, a row per line.
function workbookText(book: ReturnType<typeof readWorkbook>): string {
	return book.sheetNames
		.flatMap((name) => book.values(name).map((row) => row.filter((v) => v !== null).join(' ')))
		.join('\n');
}

/** Returns `path: found` for every text where `find` finds something. */
function hits(
	items: { path: string; text: string }[],
	find: (text: string) => string | undefined,
): string[] {
	return items.flatMap(({ path, text }) => {
		const found = find(text);
		return found ? [`${path}: ${found}`] : [];
	});
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

// Scripts and styles are not text; block elements end a sentence.
function htmlText(html: string): string {
	return decode(
		html
			.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
			.replace(
				/<\/?(p|div|li|td|th|tr|h[1-6]|dt|dd|caption|figcaption|section|article|header|footer|nav|br|title|text)\b[^>]*>/gi,
				'\n',
			)
			.replace(/<[^>]+>/g, ''),
	);
}

// A <q> or <blockquote> is a quote in its own language, nested or not.
function withoutQuoteElements(html: string): string {
	let out = html;
	for (let previous = ''; previous !== out;) {
		previous = out;
		out = out.replace(/<(q|blockquote)\b[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/gi, ' ');
	}
	return out;
}

// What is left when every «…» quote is taken out.
function ownText(text: string): string {
	return text.replace(/«[^»]*»/g, ' ');
}

function sentencesOf(text: string): string[] {
	return text.split(/(?<=[.!?])\s+|\n+/);
}

function decode(text: string): string {
	const named: Record<string, string> = {
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: '\u00a0',
		shy: '',
		laquo: '«',
		raquo: '»',
	};
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		if (code[0] === '#')
			return String.fromCodePoint(
				code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
			);
		return named[code.toLowerCase()] ?? whole;
	});
}
