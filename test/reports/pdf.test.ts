import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format';
import { normalizeText } from '../../src/lib/reports/page-numbers';
import { CHROMIUM, CHROMIUM_HINT, hasChromium } from '../../scripts/lib/browser';

// Builds the site from data/ and reports/ and prints the reports, as `npm run build` does. The out
// folder is inside the project: Astro keeps its intermediate files beside an out folder there,
// instead of in the shared .astro/, so parallel builds do not collide.
const SITE = resolve(`.build-tmp-pdf-test-${process.pid}`);
const canRun = hasChromium() && spawnSync('pdftotext', ['-v']).error === undefined;
if (!canRun) console.warn(`Skipping the PDF tests: needs ${CHROMIUM} and pdftotext. Install: ${CHROMIUM_HINT} poppler-utils`);

interface Entry {
	slug: string;
	pdf: string;
	layout: 'pack' | 'one-page';
	meeting: string;
	meeting_date: string;
	sak: string | null;
	sections: { heading: string }[];
}
let reports: Entry[] = [];
const pdfPath = (r: Entry) => join(SITE, r.pdf);
const pdfPages = (r: Entry) => spawnSync('pdftotext', ['-layout', pdfPath(r), '-'], { encoding: 'utf8' }).stdout.split('\f').slice(0, -1);
const pdfInfo = (r: Entry, args: string[] = []) => spawnSync('pdfinfo', [...args, pdfPath(r)], { encoding: 'utf8' }).stdout;

describe.runIf(canRun)('report PDFs (astro build + scripts/export-pdf.ts)', () => {
	beforeAll(() => {
		const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: SITE };
		const build = spawnSync('npx', ['astro', 'build', '--silent'], { env, encoding: 'utf8' });
		if (build.status !== 0) throw new Error(build.stderr || build.stdout);
		const pdf = spawnSync('npx', ['tsx', 'scripts/export-pdf.ts', '--site', SITE], { env, encoding: 'utf8' });
		if (pdf.status !== 0) throw new Error(pdf.stderr || pdf.stdout);
		reports = JSON.parse(readFileSync(join(SITE, 'rapporter/rapporter.json'), 'utf8')).reports;
	});
	afterAll(() => rmSync(SITE, { recursive: true, force: true }));

	it('prints every report listed on /rapporter/, which links to the PDFs', () => {
		expect(reports.length).toBeGreaterThanOrEqual(3);
		const index = readFileSync(join(SITE, 'rapporter/index.html'), 'utf8');
		for (const r of reports) {
			expect(existsSync(pdfPath(r)), r.pdf).toBe(true);
			expect(index).toContain(`href="${r.pdf}"`);
		}
	});

	it('gives a meeting pack several A4 pages and a fact sheet exactly one', () => {
		for (const r of reports) {
			const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(r))![1]);
			if (r.layout === 'one-page') expect(pages, r.slug).toBe(1);
			else expect(pages, r.slug).toBeGreaterThanOrEqual(4);
			expect(pages, r.slug).toBeLessThanOrEqual(30);
			expect(pdfInfo(r, ['-f', '1', '-l', '1'])).toMatch(/Page\s+1 size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
		}
	});

	it('holds the meeting, its date, the case number and every section heading', () => {
		for (const r of reports) {
			const text = normalizeText(pdfPages(r).join('\n'));
			expect(text, r.slug).toContain(r.meeting);
			expect(text, r.slug).toContain(formatDate(r.meeting_date));
			if (r.sak) expect(text, r.slug).toContain(`Sak ${r.sak}`);
			for (const s of r.sections) expect(text, `${r.slug}: ${s.heading}`).toContain(normalizeText(s.heading));
		}
	});

	it('prints the running header, "Side X av Y" and the synthetic-data warning on every page', () => {
		for (const r of reports) {
			const pages = pdfPages(r);
			pages.forEach((page, i) => {
				const text = normalizeText(page);
				expect(text, `${r.slug} p. ${i + 1}`).toContain(`Side ${i + 1} av ${pages.length}`);
				expect(text, `${r.slug} p. ${i + 1}`).toContain('Syntetiske demodata');
				expect(text, `${r.slug} p. ${i + 1}`).toContain(formatDate(r.meeting_date));
			});
		}
	});

	it('fills the table of contents of a pack with the pages the sections start on', () => {
		for (const r of reports.filter((x) => x.layout === 'pack')) {
			const pages = pdfPages(r);
			const toc = pages.findIndex((p) => /^\s*Innhold\s*$/m.test(p));
			expect(toc, r.slug).toBe(1);
			for (const s of r.sections) {
				const entry = new RegExp(`^\\s*${s.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)\\s*$`, 'm').exec(pages[toc]);
				expect(entry, `${r.slug}: ${s.heading}`).not.toBeNull();
				const page = Number(entry![1]);
				expect(normalizeText(pages[page - 1]), `${r.slug}: ${s.heading} on p. ${page}`).toContain(normalizeText(s.heading));
			}
		}
	});

	it('prints the Gantt chart of the ASU pack on landscape pages', () => {
		const pack = reports.find((r) => r.meeting === 'ASU' && r.sections.some((s) => s.heading.includes('tidslinje')))!;
		const pages = pdfPages(pack);
		const gantt = pages.findIndex((p) => p.includes('Tidslinje for handlingsplanen'));
		expect(pdfInfo(pack, ['-f', String(gantt + 1), '-l', String(gantt + 1)])).toMatch(/size:\s+84[12]\.\d+ x 59[45]\.\d+ pts/);
	});

	it('says on every page of every report that it is the public edition, and never that it is the partner edition', () => {
		for (const r of reports) {
			const pages = pdfPages(r);
			const text = normalizeText(pages.join('\n'));
			expect(text, r.slug).not.toMatch(/Partnerutgave(?!n med alle tall)|skal ikke publiseres|ikke for åpen publisering/);
			// The cover of a pack has no running header; every other page names the edition.
			const withHeader = r.layout === 'pack' ? pages.slice(1) : pages;
			for (const [i, page] of withHeader.entries()) expect(normalizeText(page), `${r.slug} page ${i + 2}`).toContain('Åpen utgave');
		}
	});

	it('writes the same bytes for the same data (no clock time in the PDF)', () => {
		const before = reports.map((r) => readFileSync(pdfPath(r)));
		const again = spawnSync('npx', ['tsx', 'scripts/export-pdf.ts', '--site', SITE], { encoding: 'utf8' });
		expect(again.status).toBe(0);
		reports.forEach((r, i) => expect(readFileSync(pdfPath(r)).equals(before[i]), r.slug).toBe(true));
		expect(readFileSync(pdfPath(reports[0]), 'latin1')).toMatch(/\/CreationDate \(D:20261120000000/);
	});
});

describe('scripts/export-pdf.ts without Chromium', () => {
	it('says how to install Chromium and exits 0, so the site still builds', () => {
		const site = resolve('test/reports/fixtures/site');
		const result = spawnSync('npx', ['tsx', 'scripts/export-pdf.ts', '--site', site], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' });
		expect(result.status).toBe(0);
		expect(result.stderr).toContain(CHROMIUM_HINT);
		expect(existsSync(join(site, 'rapporter/x.pdf'))).toBe(false);
	});
});
