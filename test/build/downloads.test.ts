import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ABOUT_SHEET, TABLE_SHEET } from '../../src/downloads/xlsx';
import {
	formatSuppressionRule,
	RESTRICTED_NOTE,
	SYNTHETIC_NOTE,
} from '../../src/lib/downloads/about';
import { checkCatalogue } from '../../src/lib/downloads/dcat-check';
import { NEAR_TARGET_NOTE } from '../../src/lib/kpi/present';
import { compareWithCsv, frozenRows, readWorkbook, type ReadWorkbook } from '../helpers/xlsx';

// Every download of the built sites, read back as a person and a program would: each workbook
// with SheetJS (not the library that wrote it) against the CSV beside it, and the open-data
// catalogue against the files in the folder.

const SITES = inject('sites');
const SITE_URL = 'https://pasientflyt.example.no';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
	);
}

interface Download {
	/** Site path without extension (`kpi/ukp_days/maaned`). */
	file: string;
	book: ReadWorkbook;
	csv: string;
}

/** Returns every workbook of a built site, read back, with the CSV beside it. */
function downloadsOf(site: string): Download[] {
	return files(site)
		.filter((f) => f.endsWith('.xlsx'))
		.sort()
		.map((path) => ({
			file: relative(site, path).replace(/\.xlsx$/, ''),
			book: readWorkbook(new Uint8Array(readFileSync(path))),
			csv: readFileSync(path.replace(/\.xlsx$/, '.csv'), 'utf8'),
		}));
}

const aboutText = (book: ReadWorkbook, label: string) =>
	book.values(ABOUT_SHEET).find((r) => r[0] === label)?.[1];
const skjultCells = (book: ReadWorkbook) =>
	book
		.values(TABLE_SHEET)
		.flat()
		.filter((v) => v === 'skjult').length;

describe.each(['public', 'partner', 'small'] as const)('the downloads of the %s build', (name) => {
	const site = SITES[name];
	const downloads = downloadsOf(site);

	it('has an Excel workbook beside every CSV, and a CSV beside every workbook', () => {
		const paths = files(site).map((f) => relative(site, f));
		const stems = (ext: string) =>
			paths
				.filter((p) => p.endsWith(ext))
				.map((p) => p.slice(0, -ext.length))
				.sort();
		expect(stems('.xlsx')).toEqual(stems('.csv'));
		expect(downloads.length).toBeGreaterThanOrEqual(50);
	});

	it('holds in every workbook the CSV\'s cells: the same values, headings for its ids, "skjult" only where the CSV is empty and suppressed', () => {
		expect(
			downloads.flatMap((d) => compareWithCsv(d.book, d.csv).map((p) => `${d.file}: ${p}`)),
		).toEqual([]);
	});

	it('has two sheets, "Tabell" with the heading row frozen and "Om tallene"', () => {
		for (const d of downloads) {
			expect(d.book.sheetNames, d.file).toEqual([TABLE_SHEET, ABOUT_SHEET]);
			expect(frozenRows(d.book.part('xl/worksheets/sheet1.xml')), d.file).toBe(1);
		}
	});

	it('says in "Om tallene" what the numbers are: title, description, source, the data\'s date and the rule on small numbers', () => {
		for (const d of downloads) {
			const labels = d.book.values(ABOUT_SHEET).map((r) => r[0]);
			expect(labels, d.file).toEqual(
				expect.arrayContaining([
					'Tittel',
					'Beskrivelse',
					'Kilde',
					'Dataenes dato',
					'Personvern',
					'Kolonner (CSV-navn)',
				]),
			);
			expect(aboutText(d.book, 'Dataenes dato'), d.file).toBe('20. november 2026');
		}
		const kpi = downloads.find((d) => d.file === 'kpi/ukp_days/maaned')!.book;
		const notes = kpi
			.values(ABOUT_SHEET)
			.filter((r) => r[0] === 'Merk')
			.map((r) => r[1]);
		expect(notes).toEqual(
			name === 'partner' ? [SYNTHETIC_NOTE, RESTRICTED_NOTE] : [SYNTHETIC_NOTE],
		);
		expect(aboutText(kpi, 'Personvern')).toBe(
			formatSuppressionRule(name === 'partner' ? null : { threshold: 4, footnote: '' }),
		);
		expect(aboutText(kpi, 'Periode')).toBe('januar 2022–oktober 2026');
	});

	it("writes the municipalities' names with æ, ø and å as the CSV has them", () => {
		const areas = downloads.find((d) => d.file === 'kpi/zero_day_share/omrader')!;
		const names = areas.book.values(TABLE_SHEET).map((r) => r[2]);
		expect(names).toEqual(
			expect.arrayContaining(['Frøya', 'Holtålen', 'Ørland', 'Åfjord', 'Røros']),
		);
		expect(areas.csv).toContain(',Holtålen,');
		expect(areas.book.values(TABLE_SHEET)[0]).toContain('Andel med 0 døgn (%)');
	});

	if (name === 'partner') {
		it('hides nothing, and says under every table that it is not for publication', () => {
			expect(downloads.filter((d) => skjultCells(d.book) > 0).map((d) => d.file)).toEqual([]);
			for (const d of downloads)
				expect(
					d.book.values(TABLE_SHEET).map((r) => r[0]),
					d.file,
				).toContain(RESTRICTED_NOTE);
		});
	} else {
		it('shows "skjult" for every hidden number, with the footnote under the table', () => {
			const withHidden = downloads.filter((d) => skjultCells(d.book) > 0);
			expect(withHidden.length).toBeGreaterThan(5);
			for (const d of withHidden)
				expect(
					d.book
						.values(TABLE_SHEET)
						.map((r) => r[0])
						.some(
							(v) => typeof v === 'string' && v.startsWith('«skjult»: skjult av personvernhensyn'),
						),
					d.file,
				).toBe(true);
		});

		it('shows "skjult" in every suppressed row, and for the value and counts of every suppressed KPI record', () => {
			for (const d of downloads) {
				const rows = d.book.values(TABLE_SHEET);
				const headings = d.csv.slice(0, d.csv.indexOf('\n')).split(',');
				const suppressed = headings.indexOf('suppressed');
				if (suppressed < 0) continue;
				const counts = ['value', 'numerator', 'denominator']
					.map((id) => headings.indexOf(id))
					.filter((i) => i >= 0);
				rows.slice(1).forEach((row, r) => {
					if (row[suppressed] !== 'ja') return;
					expect(row.includes('skjult'), `${d.file} row ${r + 1}`).toBe(true);
					if (d.file.startsWith('kpi/') || d.file === 'sammenligning/maanedssnitt')
						expect(
							counts.map((i) => row[i]),
							`${d.file} row ${r + 1}`,
						).toEqual(counts.map(() => 'skjult'));
				});
			}
		});
	}
});

describe.each(['public', 'partner'] as const)('the open-data catalogue of the %s build', (name) => {
	const site = SITES[name];
	const catalogue = JSON.parse(readFileSync(join(site, 'data/katalog.jsonld'), 'utf8')) as Record<
		string,
		unknown
	>;
	const datasets = catalogue['dcat:dataset'] as Record<string, unknown>[];
	const urls = datasets.flatMap((d) =>
		(d['dcat:distribution'] as Record<string, { '@id': string }>[]).map(
			(x) => x['dcat:downloadURL']['@id'],
		),
	);

	it('lists every CSV and workbook of the site, and no other file', () => {
		const published = files(site)
			.map((f) => `/${relative(site, f)}`)
			.filter((p) => p.endsWith('.csv') || p.endsWith('.xlsx'))
			.sort();
		expect(urls.map((u) => u.replace(SITE_URL, '')).sort()).toEqual(published);
	});

	it('has every property DCAT-AP-NO requires', () => {
		const problems = checkCatalogue(catalogue);
		expect(problems.filter((p) => p.requirement === 'mandatory')).toEqual([]);
	});

	it('says of each synthetic dataset that it is synthetic, and of every dataset who may use it', () => {
		const description = (anchor: string) =>
			(
				datasets.find((d) => String(d['@id']).endsWith(`#${anchor}`))!['dct:description'] as {
					'@value': string;
				}
			)['@value'];
		const synthetic = datasets
			.filter((d) =>
				(d['dct:description'] as { '@value': string })['@value'].startsWith(`${SYNTHETIC_NOTE}.`),
			)
			.map((d) => String(d['@id']).split('#')[1]);
		// The bundled data, Halland's demo series and the action plan's demo statuses are synthetic; the public sources are not.
		expect(synthetic).toEqual(
			expect.arrayContaining([
				'kpi-ukp_days-maaned',
				'sammenligning-halland',
				'sammenligning-serier-halland-mean-days-monthly',
				'handlingsplan-tiltak',
			]),
		);
		expect(synthetic).not.toContain('sammenligning-serier-no-dognpris');
		expect(description('handlingsplan-tiltak')).toContain('demotekst');
		for (const d of datasets)
			expect((d['dct:accessRights'] as { '@id': string })['@id'], String(d['@id'])).toMatch(
				name === 'partner' ? /RESTRICTED$/ : /PUBLIC$/,
			);
	});

	it('is listed on /data/, which links both files of every dataset and the catalogue file', () => {
		const page = readFileSync(join(site, 'data/index.html'), 'utf8');
		const links = new Set([...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
		expect(urls.map((u) => u.replace(SITE_URL, '')).filter((p) => !links.has(p))).toEqual([]);
		expect(links.has('/data/katalog.jsonld')).toBe(true);
		for (const d of datasets)
			expect(page, String(d['@id'])).toContain(`id="${String(d['@id']).split('#')[1]}"`);
	});
});

/** Returns the rows (cell texts) of the last table before each link to `file` on a page. */
function tablesBeforeLinks(html: string, file: string): string[][][] {
	const decode = (s: string) =>
		s
			.replace(/<[^>]+>/g, '')
			.replace(/&nbsp;|&#160;/g, '\u00a0')
			.replace(/&amp;/g, '&')
			.trim();
	return [...html.matchAll(new RegExp(`href="[^"]*/${file}"`, 'g'))].map((link) => {
		const start = html.lastIndexOf('<table', link.index);
		const table = html.slice(start, html.indexOf('</table>', start));
		return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
			[...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decode(cell[1])),
		);
	});
}

/**
 * Returns what a page's number text says: the number and the decimals shown, and whether it is a
 * percentage (`29,3 %` → 29.3, 1, true); `skjult` for a hidden cell, `null` for «–».
 */
function shownNumber(
	text: string,
): { value: number; decimals: number; percent: boolean } | 'skjult' | null {
	if (text.startsWith('skjult')) return 'skjult';
	// «–» alone, or with why there is none («– (startet nær målet)»).
	if (text.startsWith('–')) return null;
	const match = /^([−-]?)([\d\u00a0 ]+)(?:,(\d+))?/.exec(text);
	if (!match) throw new Error(`not a number on the page: «${text}»`);
	const value = Number(`${match[2].replace(/[\u00a0 ]/g, '')}.${match[3] ?? '0'}`);
	return {
		value: match[1] ? -value : value,
		decimals: match[3]?.length ?? 0,
		percent: text.includes('%'),
	};
}

/** The number columns of the KPI pages' area tables, by heading, and their ids in the CSV and workbook. */
const NUMBER_COLUMNS: Record<string, string> = {
	Verdi: 'value',
	Teller: 'numerator',
	Nevner: 'denominator',
	Mål: 'target',
	Forventet: 'expected',
	Måloppnåelse: 'achievement',
};

describe('the KPI pages’ area tables and the workbooks they link (public build)', () => {
	const site = SITES.public;
	const pages = readdirSync(join(site, 'kpi'))
		.filter((id) => statSync(join(site, 'kpi', id)).isDirectory())
		.flatMap((id) => [
			join('kpi', id, 'index.html'),
			...readdirSync(join(site, 'kpi', id))
				.filter((name) => name.startsWith('klynge-'))
				.map((name) => join('kpi', id, name, 'index.html')),
		]);

	it('shows in every row the workbook’s area, period, value and target, and «skjult» where the workbook has it', () => {
		let [rows, hidden, nearTarget] = [0, 0, 0];
		const differences: string[] = [];
		for (const page of pages) {
			const id = page.split('/')[1];
			const csvHeader = readFileSync(join(site, 'kpi', id, 'omrader.csv'), 'utf8')
				.split('\n')[0]
				.split(',');
			const col = (name: string) => csvHeader.indexOf(name);
			const book = readWorkbook(
				new Uint8Array(readFileSync(join(site, 'kpi', id, 'omrader.xlsx'))),
			);
			const sheet = book.values(TABLE_SHEET);
			const tables = tablesBeforeLinks(
				readFileSync(join(site, page), 'utf8'),
				`kpi/${id}/omrader.xlsx`,
			);
			expect(tables.length, page).toBe(1);
			const [heading, ...body] = tables[0];
			const numbers = heading.filter((h) => h in NUMBER_COLUMNS);
			expect(heading.slice(0, 2), page).toEqual(['Område', 'Periode']);
			expect(heading, page).toContain('Avvik');
			expect(numbers, page).toEqual(expect.arrayContaining(['Verdi', 'Mål']));
			// Trondheim is a cluster and a municipality: the n-th row of a name is the n-th in the workbook too.
			const seen = new Map<string, number>();
			for (const cells of body) {
				rows++;
				const [area, period] = cells;
				const key = `${area} ${period}`;
				seen.set(key, (seen.get(key) ?? 0) + 1);
				const found = sheet.filter(
					(r) => r[col('area_name')] === area && String(r[col('period')]) === period,
				)[seen.get(key)! - 1];
				if (!found) {
					differences.push(`${page}: ${key} is not in the workbook`);
					continue;
				}
				for (const label of numbers) {
					const text = cells[heading.indexOf(label)];
					const cell = found[col(NUMBER_COLUMNS[label])];
					// The page leaves out an achievement that says nothing; the workbook keeps it and says so.
					if (label === 'Måloppnåelse' && text.includes(NEAR_TARGET_NOTE)) {
						nearTarget++;
						if (typeof cell !== 'number')
							differences.push(`${page}: ${area} ${period}: near target, workbook ${String(cell)}`);
						continue;
					}
					const shown = shownNumber(text);
					if (shown === 'skjult') hidden++;
					const same =
						shown === null || shown === 'skjult'
							? cell === shown
							: typeof cell === 'number' &&
								Math.abs(cell * (shown.percent ? 100 : 1) - shown.value) <=
									0.5 * 10 ** -shown.decimals + 1e-9;
					if (!same)
						differences.push(
							`${page}: ${area} ${period} ${label}: page «${text}», workbook ${String(cell)}`,
						);
				}
				// The level: «skjult*» where the workbook has «skjult», none where it has none, else its words.
				const level = cells[heading.indexOf('Avvik')];
				const levelCell = found[col('level')];
				const sameLevel =
					level === 'skjult*'
						? levelCell === 'skjult'
						: level === 'Ikke vurdert'
							? levelCell === null
							: typeof levelCell === 'string' && levelCell.startsWith(level);
				if (!sameLevel)
					differences.push(
						`${page}: ${area} ${period} Avvik: page «${level}», workbook ${String(levelCell)}`,
					);
			}
		}
		expect(differences).toEqual([]);
		// Six KPI pages and their cluster subpages, with the small counts of the bundled data hidden.
		expect(rows).toBeGreaterThan(100);
		expect(hidden).toBeGreaterThan(0);
		expect(nearTarget).toBeLessThan(20);
	});
});
