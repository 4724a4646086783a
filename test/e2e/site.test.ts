// End-to-end checks of the built site in Debian's Chromium (playwright-core), served on 127.0.0.1:
// every page loads cleanly, every internal link resolves, search works, axe passes in light and dark
// mode, nothing is fetched from another host, charts show without JavaScript, phones do not scroll
// sideways, and the keyboard path works. One browser, one context per mode, reused for every page.
//
// E2E_DIST=dist reuses an existing build instead of building into a temporary folder;
// E2E_SCREENSHOTS=DIR keeps the front-page screenshots there (default: a new temporary folder).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CHROMIUM,
	CHROMIUM_HINT,
	hasChromium,
	launchChromium,
} from '../../src/integrations/report-pdfs';
import { renderChartPng } from '../../src/integrations/chart-png';
import { runAxe, type AxeViolation } from './lib/axe';
import { offHostRequests, pageLinks, watchContext, type PageLog } from './lib/page-watch';
import { crawl, mapLimit } from './lib/pool';
import { htmlPages, prepareSite, type ServedSite } from './lib/site';

// On a developer's machine without Chromium the suite is skipped with the install command; in CI
// (CI set) a missing Chromium fails it, so a green run always includes the browser checks.
const enabled = hasChromium() || !!process.env.CI;
if (!hasChromium())
	console.warn(
		`\n  ! ${process.env.CI ? 'End-to-end suite fails' : 'End-to-end suite skipped'}: no Chromium at ${CHROMIUM}. Install it with:\n      ${CHROMIUM_HINT}\n`,
	);

/** Two pages at a time: the machines have two cores, and axe is CPU-bound. */
const PARALLEL = 2;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };

/** What the crawl saw on one page, for the checks that follow. */
interface Visit {
	status: number;
	links: string[];
	charts: number;
}

describe.skipIf(!enabled)('the built site in Chromium', () => {
	const started = performance.now();
	let site: ServedSite;
	let browser: Browser;
	let desktop: BrowserContext;
	const logs: PageLog[] = [];
	const visits = new Map<string, Visit>();
	const linkStatus = new Map<string, number>();
	const axeRuns = { light: 0, dark: 0 };
	let pages: string[] = [];

	/** Opens a context whose console errors and requests are logged. */
	async function context(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
		const ctx = await browser.newContext({ viewport: DESKTOP, ...options });
		logs.push(watchContext(ctx));
		return ctx;
	}

	/** Runs `work` on every page with one tab per parallel slot of the context. */
	async function eachPage<R>(
		ctx: BrowserContext,
		paths: string[],
		work: (page: Page, path: string) => Promise<R>,
	): Promise<Map<string, R>> {
		const tabs = await Promise.all(Array.from({ length: PARALLEL }, () => ctx.newPage()));
		const free = [...tabs];
		const out = new Map<string, R>();
		await mapLimit(paths, PARALLEL, async (path) => {
			const tab = free.pop()!;
			try {
				out.set(path, await work(tab, path));
			} finally {
				free.push(tab);
			}
		});
		await Promise.all(tabs.map((t) => t.close()));
		return out;
	}

	const isPage = (url: URL) => url.pathname.endsWith('/') && !url.pathname.startsWith('/pagefind/');
	const open = (page: Page, path: string) => page.goto(site.url + path, { waitUntil: 'load' });

	beforeAll(async () => {
		site = await prepareSite();
		browser = await launchChromium();
		desktop = await context({ colorScheme: 'light' });
		// Crawl from the front page, seeded with every HTML file in the build so orphans are checked too.
		const sitemap = htmlPages(site.root);
		const tabs = await Promise.all(Array.from({ length: PARALLEL }, () => desktop.newPage()));
		const visited = await crawl(
			['/', ...sitemap.filter((p) => p !== '/')],
			PARALLEL,
			async (path) => {
				const tab = tabs.pop()!;
				try {
					const response = await open(tab, path);
					const links = (await pageLinks(tab)).map((u) => new URL(u));
					const charts = await tab.locator('figure.chart').count();
					visits.set(path, {
						status: response?.status() ?? 0,
						links: links.map((u) => u.pathname + u.search),
						charts,
					});
					return links.filter(isPage).map((u) => u.pathname + u.search);
				} finally {
					tabs.push(tab);
				}
			},
		);
		await Promise.all(tabs.map((t) => t.close()));
		pages = visited.filter((p) => visits.get(p)?.status === 200).sort();
		const orphans = sitemap.filter((p) => !linkedFromSomewhere(p));
		if (orphans.length) console.warn(`  ! Pages no other page links to: ${orphans.join(', ')}`);
	});

	function linkedFromSomewhere(path: string): boolean {
		for (const [from, visit] of visits)
			if (from !== path && visit.links.includes(path)) return true;
		return path === '/';
	}

	afterAll(async () => {
		await browser?.close();
		await site?.close();
		const seconds = ((performance.now() - started) / 1000).toFixed(0);
		console.log(
			`  e2e: ${pages.length} pages, ${linkStatus.size} internal links, axe ${axeRuns.light} light + ${axeRuns.dark} dark runs, ` +
				`${logs.reduce((n, l) => n + l.requests.length, 0)} requests, ${seconds} s`,
		);
	});

	it('loads every page (crawled from / plus every HTML file) without console or page errors', () => {
		expect(pages.length).toBeGreaterThan(40);
		expect(
			[...visits].filter(([, v]) => v.status !== 200).map(([p, v]) => `${p} → ${v.status}`),
		).toEqual([]);
		expect(logs[0].errors).toEqual([]);
	});

	it('resolves every internal link and source (pages, CSV, Excel, catalogue, PDF, SVG, PNG) to 200', async () => {
		const targets = [...new Set([...visits.values()].flatMap((v) => v.links))].sort();
		const statuses = await mapLimit(
			targets,
			8,
			async (path) => (await fetch(site.url + path)).status,
		);
		targets.forEach((t, i) => linkStatus.set(t, statuses[i]));
		const broken = targets
			.filter((t) => linkStatus.get(t) !== 200)
			.map(
				(t) =>
					`${t} → ${linkStatus.get(t)} (on ${[...visits].find(([, v]) => v.links.includes(t))![0]})`,
			);
		expect(broken).toEqual([]);
		for (const ext of ['.csv', '.xlsx', '.jsonld'])
			expect(
				targets.some((t) => t.endsWith(ext)),
				ext,
			).toBe(true);
	});

	it('finds pages with search: a place, a municipality and a measure', async () => {
		const page = await desktop.newPage();
		const search = async (q: string) => {
			await open(page, `/sok/?q=${encodeURIComponent(q)}`);
			await page.locator('#search-status', { hasText: 'treff for' }).waitFor({ timeout: 15_000 });
			return page
				.locator('#search-results a')
				.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		};
		expect((await search('Øya helsehus')).length).toBeGreaterThan(0);
		expect(await search('Tydal')).toContain('/omrader/5033/');
		expect((await search('eskaleringsplaner')).some((p) => p.startsWith('/handlingsplan/'))).toBe(
			true,
		);
		await page.close();
	});

	/** Returns "path: rule (impact) …" lines for every violation on every page; the context must bypass the CSP (axe is injected inline). */
	async function axeAll(ctx: BrowserContext, mode: 'light' | 'dark'): Promise<string[]> {
		const results = await eachPage(ctx, pages, async (page, path) => {
			await open(page, path);
			// Tables behind <details> must pass too: open them so axe sees them rendered.
			await page.evaluate(() =>
				document.querySelectorAll('details').forEach((d) => (d.open = true)),
			);
			axeRuns[mode]++;
			return runAxe(page);
		});
		return [...results].flatMap(([path, violations]: [string, AxeViolation[]]) =>
			violations.map(
				(v) =>
					`${path}: ${v.rule} (${v.impact}) ${v.help}\n      ${v.nodes.slice(0, 3).join('\n      ')}`,
			),
		);
	}

	it('passes axe (WCAG 2.1 A/AA) on every page in light mode at 1280 px', async () => {
		const light = await context({ colorScheme: 'light', bypassCSP: true });
		expect(await axeAll(light, 'light')).toEqual([]);
		await light.close();
	}, 300_000);

	it('passes axe (WCAG 2.1 A/AA) on every page in dark mode at 1280 px', async () => {
		const dark = await context({ colorScheme: 'dark', bypassCSP: true });
		expect(await axeAll(dark, 'dark')).toEqual([]);
		await dark.close();
	}, 300_000);

	it('draws every chart as SVG with a size when JavaScript is off', async () => {
		const noJs = await context({ javaScriptEnabled: false });
		const withCharts = pages.filter((p) => (visits.get(p)?.charts ?? 0) > 0);
		expect(withCharts.length).toBeGreaterThan(10);
		const results = await eachPage(noJs, withCharts, async (page, path) => {
			await open(page, path);
			// SVG icons inside a closed <details> table are not drawn until opened; they are not the chart.
			return page.locator('figure.chart').evaluateAll((figures) =>
				figures.map((f) => {
					const svgs = [...f.querySelectorAll('svg')].filter(
						(s) => !s.closest('details:not([open])'),
					);
					const sizes = svgs
						.map((s) => s.getBoundingClientRect())
						.map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`);
					return {
						id: f.id,
						count: svgs.length,
						empty: sizes.filter((s) => s.startsWith('0×') || s.endsWith('×0')),
					};
				}),
			);
		});
		const bad = [...results].flatMap(([path, figures]) =>
			figures
				.filter((f) => f.count === 0 || f.empty.length)
				.map((f) => `${path}#${f.id}: ${f.count} svg, empty ${f.empty.join(' ')}`),
		);
		expect(bad).toEqual([]);
		await noJs.close();
	});

	it('does not scroll sideways at 375 px', async () => {
		const phone = await context({ viewport: PHONE, colorScheme: 'light' });
		const widths = await eachPage(phone, pages, async (page, path) => {
			await open(page, path);
			return page.evaluate(() => document.documentElement.scrollWidth);
		});
		expect([...widths].filter(([, w]) => w > PHONE.width).map(([p, w]) => `${p}: ${w} px`)).toEqual(
			[],
		);
		await phone.close();
	});

	it('takes keyboard users to the content: first Tab is the skip link, it moves focus to main, focus is visible', async () => {
		for (const path of [
			'/',
			'/kpi/ukp_days/',
			'/handlingsplan/',
			'/sok/',
			'/erfaringskonferanse/',
		]) {
			const page = await desktop.newPage();
			await open(page, path);
			await page.keyboard.press('Tab');
			const first = await page.evaluate(focusState);
			expect(first.className, path).toBe('skip-link');
			expect(first.visible, `${path}: skip link focus`).toBe(true);
			expect(first.onScreen, `${path}: skip link on screen`).toBe(true);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id), path).toBe('innhold');
			// Every following stop shows where focus is, until focus leaves main.
			const invisible: string[] = [];
			for (let i = 0; i < 40; i++) {
				await page.keyboard.press('Tab');
				const state = await page.evaluate(focusState);
				if (!state.inMain) break;
				if (!state.visible) invisible.push(state.label);
			}
			expect(invisible, path).toEqual([]);
			await page.close();
		}
	});

	it('offers every chart as CSV, SVG and PNG; the SVG stands alone and the export is deterministic', async () => {
		const page = await desktop.newPage();
		const missing: string[] = [];
		for (const path of pages.filter((p) => (visits.get(p)?.charts ?? 0) > 0)) {
			await open(page, path);
			const figures = await page.locator('figure.chart').evaluateAll((fs) =>
				fs.map((f) => ({
					id: f.id,
					links: [...f.querySelectorAll('.downloads a')].map(
						(a) => new URL((a as HTMLAnchorElement).href).pathname,
					),
				})),
			);
			for (const f of figures) {
				for (const ext of ['.csv', '.svg', '.png'])
					if (!f.links.some((l) => l.endsWith(ext))) missing.push(`${path}#${f.id}: no ${ext}`);
			}
		}
		await page.close();
		expect(missing).toEqual([]);
		// Colours are written out: a standalone file knows nothing of the page's CSS variables.
		const svg = readFileSync(join(site.root, 'kpi/ukp_days/trend.svg'), 'utf8');
		expect(svg).toMatch(
			/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/,
		);
		expect(svg).toContain('<title>');
		expect(svg).not.toMatch(/var\(|currentColor|class=/);
		// The PNG drawn again from the SVG gives the same bytes.
		const png = renderChartPng(svg);
		expect(png.equals(readFileSync(join(site.root, 'kpi/ukp_days/trend.png')))).toBe(true);
	});

	it('sends no request to any host but 127.0.0.1', () => {
		const requests = logs.flatMap((l) => l.requests);
		const logFile = join(tmpdir(), 'pasientflyt-e2e-requests.log');
		writeFileSync(logFile, requests.join('\n') + '\n');
		expect(requests.length).toBeGreaterThan(pages.length);
		expect(offHostRequests(requests)).toEqual([]);
		expect(logs.flatMap((l) => l.errors)).toEqual([]);
	});

	it('takes front-page screenshots at 375 px and 1280 px for a person to look at', async () => {
		const dir = process.env.E2E_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'e2e-screens-'));
		mkdirSync(dir, { recursive: true });
		for (const [name, viewport, colorScheme] of [
			['forside-375', PHONE, 'light'],
			['forside-1280', DESKTOP, 'light'],
			['forside-1280-mork', DESKTOP, 'dark'],
		] as const) {
			const ctx = await browser.newContext({ viewport, colorScheme });
			const page = await ctx.newPage();
			await open(page, '/');
			await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
			await ctx.close();
		}
		console.log(`  screenshots: ${dir}`);
	});
});

/** Returns where focus is and whether it is drawn (outline or box-shadow); runs in the page. */
function focusState() {
	const el = document.activeElement as HTMLElement | null;
	const style = el ? getComputedStyle(el) : null;
	const outline = !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
	const shadow = !!style && style.boxShadow !== 'none';
	const rect = el?.getBoundingClientRect();
	return {
		className: el?.getAttribute('class') ?? '',
		label: el
			? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
			: 'none',
		visible: outline || shadow,
		onScreen: !!rect && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth,
		inMain: !!el?.closest('main'),
	};
}
