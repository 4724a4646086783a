import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/lib/format';
import { normalizeText } from '../helpers/text';

// The reports of the shared public build, as `npm run build` printed them (src/integrations/report-pdfs.ts),
// read with poppler's pdftotext and pdfinfo.
interface Entry {
	slug: string;
	pdf: string;
	layout: 'pack' | 'one-page';
	meeting: string;
	meeting_date: string;
	sak: string | null;
	sections: { heading: string }[];
}
const SITE = inject('sites').public;
const reportsOf = (site: string): Entry[] =>
	JSON.parse(readFileSync(join(site, 'rapporter/rapporter.json'), 'utf8')).reports;
const reports = reportsOf(SITE);
const pdfPath = (r: Entry, site = SITE) => join(site, r.pdf);
const pdfPages = (r: Entry, site = SITE) =>
	spawnSync('pdftotext', ['-layout', pdfPath(r, site), '-'], { encoding: 'utf8' })
		.stdout.split('\f')
		.slice(0, -1);
const pdfInfo = (r: Entry, args: string[] = []) =>
	spawnSync('pdfinfo', [...args, pdfPath(r)], { encoding: 'utf8' }).stdout;

describe('report PDFs of the public build', () => {
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
			expect(pdfInfo(r, ['-f', '1', '-l', '1'])).toMatch(
				/Page\s+1 size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/,
			);
		}
	});

	it('holds the meeting, its date, the case number and every section heading', () => {
		for (const r of reports) {
			const text = normalizeText(pdfPages(r).join('\n'));
			expect(text, r.slug).toContain(r.meeting);
			expect(text, r.slug).toContain(formatDate(r.meeting_date));
			if (r.sak) expect(text, r.slug).toContain(`Sak ${r.sak}`);
			for (const s of r.sections)
				expect(text, `${r.slug}: ${s.heading}`).toContain(normalizeText(s.heading));
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
				const entry = new RegExp(
					`^\\s*${s.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)\\s*$`,
					'm',
				).exec(pages[toc]);
				expect(entry, `${r.slug}: ${s.heading}`).not.toBeNull();
				const page = Number(entry![1]);
				expect(normalizeText(pages[page - 1]), `${r.slug}: ${s.heading} on p. ${page}`).toContain(
					normalizeText(s.heading),
				);
			}
		}
	});

	it('prints the Gantt chart of the ASU pack on landscape pages', () => {
		const pack = reports.find(
			(r) => r.meeting === 'ASU' && r.sections.some((s) => s.heading.includes('tidslinje')),
		)!;
		const pages = pdfPages(pack);
		const gantt = pages.findIndex((p) => p.includes('Tidslinje for handlingsplanen'));
		expect(pdfInfo(pack, ['-f', String(gantt + 1), '-l', String(gantt + 1)])).toMatch(
			/size:\s+84[12]\.\d+ x 59[45]\.\d+ pts/,
		);
	});

	it('says on every page of every report that it is the public edition, and never that it is the partner edition', () => {
		for (const r of reports) {
			const pages = pdfPages(r);
			const text = normalizeText(pages.join('\n'));
			expect(text, r.slug).not.toMatch(
				/Partnerutgave(?!n med alle tall)|skal ikke publiseres|ikke for åpen publisering/,
			);
			// The cover of a pack has no running header; every other page names the edition.
			const withHeader = r.layout === 'pack' ? pages.slice(1) : pages;
			for (const [i, page] of withHeader.entries())
				expect(normalizeText(page), `${r.slug} page ${i + 2}`).toContain('Åpen utgave');
		}
	});
});

describe('report PDFs of the partner build', () => {
	const site = inject('sites').partner;
	it('say on every page that they are the partner edition, not to be published', () => {
		for (const r of reportsOf(site)) {
			const pages = pdfPages(r, site);
			const withHeader = r.layout === 'pack' ? pages.slice(1) : pages;
			for (const [i, page] of withHeader.entries())
				expect(normalizeText(page), `${r.slug} page ${i + 2}`).toContain('Partnerutgave');
			if (r.layout === 'pack')
				expect(normalizeText(pages.join('\n')), r.slug).toContain('skal ikke publiseres åpent');
			expect(normalizeText(pages.join('\n')), r.slug).not.toContain('Åpen utgave');
		}
	});
});
