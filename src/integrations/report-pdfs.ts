// Prints every report page of a build to A4 PDF with Debian's Chromium, as the last step of
// `astro build`: each /rapporter/<slug>/ to /rapporter/<slug>.pdf. A meeting pack is printed twice:
// the first print says on which page each section starts (the PDF's named destinations, which the
// table of contents links to), which fills the table of contents for the second.
// Without Chromium the site is built without PDFs and says how to install Chromium.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readNamedDestinations } from '../lib/reports/pdf-destinations';
import { makePdfReproducible } from '../lib/reports/reproducible-pdf';
import { timed } from './build-timings';

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The install command shown when Chromium is missing. */
export const CHROMIUM_HINT = 'apt-get update && apt-get install -y chromium fonts-dejavu-core';

/** Returns true when the Chromium binary exists. */
export function hasChromium(path = CHROMIUM): boolean {
	return existsSync(path);
}

/** Launches headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** What the build lists at /rapporter/rapporter.json for printing. */
interface ReportEntry {
	page: string;
	pdf: string;
	layout: 'pack' | 'one-page';
	sections: { id: string; heading: string }[];
}

/** Returns the integration that prints the reports of a build to PDF. */
export default function reportPdfs(): AstroIntegration {
	return {
		name: 'pasientflyt:report-pdfs',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await timed('pdf', () => printReports(fileURLToPath(dir), logger));
			},
		},
	};
}

/**
 * Prints every report listed in `<root>/rapporter/rapporter.json` to its PDF and returns how many
 * it printed; 0, with the install command in the log, without Chromium. The pages are read from
 * disk (file://): they inline their styles and charts, so no server is needed.
 */
export async function printReports(
	root: string,
	logger?: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
	chromiumPath = CHROMIUM,
): Promise<number> {
	const index = join(root, 'rapporter', 'rapporter.json');
	if (!existsSync(index)) return 0;
	if (!hasChromium(chromiumPath)) {
		logger?.warn(
			`Chromium not found at ${chromiumPath}: the site is built, but without PDFs. Install it with:\n      ${CHROMIUM_HINT}`,
		);
		return 0;
	}
	const { as_of: asOf, reports } = JSON.parse(readFileSync(index, 'utf8')) as {
		as_of: string;
		reports: ReportEntry[];
	};
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		for (const report of reports) {
			const pdf = await printReport(
				page,
				pathToFileURL(join(root, report.page, 'index.html')).href,
				report,
			);
			writeFileSync(join(root, report.pdf), makePdfReproducible(pdf, asOf));
			const pages = countPages(pdf);
			logger?.info(`${report.pdf} (${pages} ${pages === 1 ? 'side' : 'sider'})`);
		}
	} finally {
		await browser.close();
	}
	return reports.length;
}

async function printReport(page: Page, url: string, report: ReportEntry): Promise<Buffer> {
	await page.goto(url, { waitUntil: 'load' });
	const first = await printPdf(page);
	if (report.layout !== 'pack') return first;
	const starts = readNamedDestinations(first);
	const numbers = report.sections.map(
		(s) => [s.id, starts.get(s.id) ?? null] as [string, number | null],
	);
	await page.evaluate((entries) => {
		for (const [id, n] of entries) {
			const cell = document.querySelector(`[data-toc-page="${id}"]`);
			if (cell) cell.textContent = n === null ? '' : String(n);
		}
	}, numbers);
	return printPdf(page);
}

// preferCSSPageSize: the @page rules set A4, the margins and the landscape Gantt pages. Tagged and
// with an outline (bookmarks from the headings), so screen readers and PDF viewers can navigate.
function printPdf(page: Page): Promise<Buffer> {
	return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
}

function countPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}
