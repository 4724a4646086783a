// Writes every chart of a built site as a standalone SVG and a PNG for slides and reuse:
//   npx tsx scripts/export-chart-images.ts --site DIR [--pages /kpi/ukp_days/,/] [--out DIR]
// For each page with a `figure.chart[id]`, writes <page>/<id>.svg and <page>/<id>.png (under --out
// when given, else into the site), which ChartFigure links to. Rendered in light mode at a fixed
// viewport and scale, with no clock anywhere, so the same site gives byte-identical files.
// Without Chromium it says how to install it and exits 0, so the site still builds.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { argValue } from './cli-args';
import { CHROMIUM, CHROMIUM_HINT, hasChromium, launchChromium } from './lib/browser';
import { fitFiguresToCharts, PNG_EXPORT_CSS, standaloneChartSvgs } from './lib/chart-svg';
import { serveStatic } from './lib/static-server';

/** Returns the URL path of every page with a chart in a built site. */
function sitePages(root: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : walk(path);
			// Only pages with a chart: opening the others in the browser is wasted time.
			if (name !== 'index.html' || !readFileSync(path, 'utf8').includes('<figure class="chart"')) return [];
			return ['/' + relative(root, dir).split(sep).filter(Boolean).map((p) => p + '/').join('')];
		});
	return walk(root).sort();
}

/** Writes the SVG and PNG of every chart on one page and returns how many charts it had. */
async function exportPage(page: Page, url: string, path: string, out: string): Promise<number> {
	await page.goto(url + path, { waitUntil: 'load' });
	const figures = await page.locator('figure.chart[id]').all();
	if (figures.length === 0) return 0;
	const dir = join(out, ...path.split('/').filter(Boolean));
	mkdirSync(dir, { recursive: true });
	// The SVGs first, from the page as laid out; then the figures are narrowed to their charts for the PNGs.
	for (const { id, svg } of await page.evaluate(standaloneChartSvgs)) writeFileSync(join(dir, `${id}.svg`), svg);
	await page.evaluate(fitFiguresToCharts);
	await page.addStyleTag({ content: PNG_EXPORT_CSS });
	// A synthetic-data label inside each figure, so a PNG on a slide cannot pass for real numbers.
	await page.evaluate(() => {
		if (!document.querySelector('.synthetic-banner')) return;
		for (const figure of document.querySelectorAll('figure.chart[id]')) {
			const note = document.createElement('p');
			note.className = 'export-synthetic';
			note.textContent = 'Syntetiske demodata – ikke ekte tall';
			figure.append(note);
		}
	});
	for (const figure of figures) {
		const id = (await figure.getAttribute('id'))!;
		await figure.screenshot({ path: join(dir, `${id}.png`), animations: 'disabled', caret: 'hide' });
	}
	return figures.length;
}

async function main(argv: string[]): Promise<number> {
	const site = argValue(argv, 'site');
	if (!site) {
		console.error('Usage: npx tsx scripts/export-chart-images.ts --site DIR [--pages /a/,/b/] [--out DIR]');
		return 2;
	}
	if (!hasChromium()) {
		console.warn(`  ! Chromium not found at ${CHROMIUM}: the site is built, but charts have no SVG/PNG downloads (their links are dead). Install it with:\n      ${CHROMIUM_HINT}`);
		return 0;
	}
	const out = argValue(argv, 'out') ?? site;
	const pages = argValue(argv, 'pages')?.split(',') ?? sitePages(site);
	const { server, url } = await serveStatic(site);
	const browser = await launchChromium();
	let count = 0;
	try {
		// Light mode and a fixed scale: the files must not depend on the machine's settings.
		const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 2, colorScheme: 'light', bypassCSP: true, reducedMotion: 'reduce' });
		// tsx compiles with esbuild's keepNames, which wraps inner functions in __name(); the page has none.
		await context.addInitScript('globalThis.__name = (f) => f;');
		// Two tabs: most of the time is Chromium painting, and the machines have two cores.
		const tabs = await Promise.all([context.newPage(), context.newPage()]);
		let next = 0;
		await Promise.all(
			tabs.map(async (page) => {
				while (next < pages.length) {
					const n = await exportPage(page, url, pages[next++], out);
					count += n;
				}
			}),
		);
	} finally {
		await browser.close();
		server.close();
	}
	console.log(`  ${count} figurer som SVG og PNG`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
