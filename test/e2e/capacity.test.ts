// The what-if island on /kapasitet/ in Chromium: it shows itself, answers the sliders, the area and
// the demography button with the same Erlang C figures as the build, and throws nothing; without
// JavaScript it stays hidden and the scenario table and chart carry the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../src/integrations/report-pdfs';
import { prepareSite, type ServedSite } from './lib/site';

const enabled = hasChromium() || !!process.env.CI;

describe.skipIf(!enabled)('the what-if on /kapasitet/', () => {
	let site: ServedSite;
	let browser: Browser;
	const errors: string[] = [];

	beforeAll(async () => {
		site = await prepareSite();
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	async function open(javaScriptEnabled: boolean): Promise<Page> {
		const page = await (
			await browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 800 } })
		).newPage();
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${site.url}/kapasitet/`, { waitUntil: 'load' });
		return page;
	}
	const out = (page: Page, key: string) =>
		page.locator(`[data-out="${key}"]`).first().textContent();

	it("shows today's figures and follows the sliders, the area and the demography button", async () => {
		const page = await open(true);
		await expect(page.locator('[data-whatif]').isVisible()).resolves.toBe(true);
		// Today, as the scenario table's first row says.
		const today = (await page
			.locator('table.scenarios tbody tr')
			.first()
			.locator('td')
			.nth(5)
			.textContent())!.trim();
		expect(await out(page, 'days')).toBe(`${today}\u00a0døgn`);
		// Ten places more: the scenario table's «10 plasser flere» row.
		await page.locator('#whatif-places').fill('10');
		const tenMore = (await page
			.locator('table.scenarios tbody tr', { hasText: '10 plasser flere' })
			.locator('td')
			.nth(5)
			.textContent())!.trim();
		expect(await out(page, 'days')).toBe(`${tenMore}\u00a0døgn`);
		expect(await out(page, 'places-change')).toMatch(/^\+10 → /);
		// The demography button: far more arrivals than places, so the queue grows without bound.
		await page.locator('[data-growth]').click();
		expect(await out(page, 'days')).toBe('vokser uten grense');
		expect(await out(page, 'verdict')).toMatch(/Køen vokser uten grense/);
		// Another area, then back to today.
		const areas = await page.locator('select[name="area"] option').count();
		if (areas > 1) {
			await page.locator('select[name="area"]').selectOption({ index: 1 });
			expect(await out(page, 'target')).toMatch(/døgn$/);
		}
		await page.locator('button[type="reset"]').click();
		await page.waitForFunction(() =>
			document.querySelector('#whatif-places-out')?.textContent?.startsWith('0 →'),
		);
		expect(await out(page, 'days')).toBe(`${today}\u00a0døgn`);
		expect(errors).toEqual([]);
	});

	it('stays hidden without JavaScript, leaving the scenario table and the chart', async () => {
		const page = await open(false);
		await expect(page.locator('[data-whatif]').isVisible()).resolves.toBe(false);
		await expect(page.locator('table.scenarios').isVisible()).resolves.toBe(true);
		await expect(page.locator('#kurve svg').isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
	});
});
