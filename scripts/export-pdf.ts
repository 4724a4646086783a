// Prints every report page of a built site to PDF with Debian's Chromium:
//   npx tsx scripts/export-pdf.ts --site DIR      (scripts/build.ts runs it on its temporary folder)
// Reads DIR/rapporter/rapporter.json, serves DIR on 127.0.0.1, prints each /rapporter/<slug>/ to
// DIR/rapporter/<slug>.pdf. A meeting pack is printed twice: the first print tells on which page
// each section starts (pdftotext), which fills the table of contents for the second.
// Without Chromium it says how to install it and exits 0, so the site still builds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findPageWithLine, findSectionPages } from '../src/lib/reports/page-numbers';
import { makePdfReproducible } from '../src/lib/reports/reproducible-pdf';
import { argValue } from './cli-args';
import { CHROMIUM, CHROMIUM_HINT, hasChromium, launchChromium } from './lib/browser';
import { serveStatic } from './lib/static-server';

interface ReportEntry {
	slug: string;
	page: string;
	pdf: string;
	layout: 'pack' | 'one-page';
	sections: { id: string; heading: string }[];
}

async function main(argv: string[]): Promise<number> {
	const site = argValue(argv, 'site');
	if (!site) {
		console.error('Usage: npx tsx scripts/export-pdf.ts --site DIR');
		return 2;
	}
	const index = join(site, 'rapporter', 'rapporter.json');
	if (!existsSync(index)) {
		console.error(`${index} not found: build the site first (npm run build).`);
		return 1;
	}
	const { as_of: asOf, reports } = JSON.parse(readFileSync(index, 'utf8')) as { as_of: string; reports: ReportEntry[] };
	if (!hasChromium()) {
		console.warn(`  ! Chromium not found at ${CHROMIUM}: the site is built, but without PDFs. Install it with:\n      ${CHROMIUM_HINT}`);
		return 0;
	}
	const canReadPdf = spawnSync('pdftotext', ['-v']).error === undefined;
	if (!canReadPdf) console.warn('  ! pdftotext not found: tables of contents get no page numbers. Install it with: apt-get install -y poppler-utils');

	const { server, url } = await serveStatic(site);
	const browser = await launchChromium();
	const work = mkdtempSync(join(tmpdir(), 'report-pdf-'));
	try {
		const page = await browser.newPage();
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		for (const report of reports) {
			await page.goto(url + report.page, { waitUntil: 'load' });
			let pdf = await printPdf(page);
			if (report.layout === 'pack' && canReadPdf) {
				const pages = readPdfPages(pdf, join(work, `${report.slug}.pdf`));
				const numbers = computeTocNumbers(pages, report.sections);
				await page.evaluate((entries) => {
					for (const [id, n] of entries) {
						const cell = document.querySelector(`[data-toc-page="${id}"]`);
						if (cell) cell.textContent = n === null ? '' : String(n);
					}
				}, report.sections.map((s, i) => [s.id, numbers[i]] as [string, number | null]));
				pdf = await printPdf(page);
			}
			const out = join(site, report.pdf);
			writeFileSync(out, makePdfReproducible(pdf, asOf));
			const pageCount = countPages(pdf);
			console.log(`  ${report.pdf} (${pageCount} ${pageCount === 1 ? 'side' : 'sider'})`);
		}
	} finally {
		await browser.close();
		server.close();
		rmSync(work, { recursive: true, force: true });
	}
	return 0;
}

// preferCSSPageSize: the @page rules set A4, the margins and the landscape Gantt pages. Tagged and
// with an outline (bookmarks from the headings), so screen readers and PDF viewers can navigate.
function printPdf(page: Page): Promise<Buffer> {
	return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
}

/** The text of each page: pdftotext separates pages with form feeds. */
function readPdfPages(pdf: Buffer, path: string): string[] {
	writeFileSync(path, pdf);
	const result = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
	return result.stdout.split('\f');
}

// Section headings are searched after the contents page, which lists the same words.
function computeTocNumbers(pages: string[], sections: ReportEntry['sections']): (number | null)[] {
	const tocPage = findPageWithLine(pages, 'Innhold') ?? 0;
	const numbers = findSectionPages(pages, sections.map((s) => s.heading), tocPage + 1);
	sections.forEach((s, i) => {
		if (numbers[i] === null) console.warn(`  ! heading "${s.heading}" not found in the PDF: no page number in the table of contents`);
	});
	return numbers;
}

function countPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

process.exitCode = await main(process.argv.slice(2));
