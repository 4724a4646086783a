// Everything a page does that a check cares about: console errors, uncaught errors, every request.
import type { BrowserContext, Page } from 'playwright-core';

export interface PageLog {
	errors: string[];
	requests: string[];
}

/** Returns a log that collects console errors, page errors and request URLs of every page in the context. */
export function watchContext(context: BrowserContext): PageLog {
	const log: PageLog = { errors: [], requests: [] };
	const attach = (page: Page) => {
		page.on('console', (msg) => {
			if (msg.type() === 'error') log.errors.push(`${page.url()}: console: ${msg.text()}`);
		});
		page.on('pageerror', (error) => log.errors.push(`${page.url()}: pageerror: ${error.message}`));
	};
	context.on('page', attach);
	// Context-level, so requests of workers and downloads are seen too.
	context.on('request', (request) => log.requests.push(request.url()));
	return log;
}

/** Returns the requests that go anywhere but 127.0.0.1 (data: and blob: URLs never leave the page). */
export function offHostRequests(requests: string[]): string[] {
	return requests.filter((url) => {
		const { protocol, hostname } = new URL(url);
		if (protocol === 'data:' || protocol === 'blob:') return false;
		return hostname !== '127.0.0.1';
	});
}

/** Returns the distinct same-origin URLs a page links to, loads or submits to (href, src, form action), without fragments. */
export async function pageLinks(page: Page): Promise<string[]> {
	const urls = await page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('[href], [src], form[action]')) {
			for (const attr of ['href', 'src', 'action']) {
				const value = el.getAttribute(attr);
				if (
					value === null ||
					value.startsWith('#') ||
					value.startsWith('mailto:') ||
					value.startsWith('tel:')
				)
					continue;
				out.push(new URL(value, document.baseURI).href);
			}
		}
		return out;
	});
	const origin = new URL(page.url()).origin;
	return [...new Set(urls.map((u) => u.split('#')[0]).filter((u) => new URL(u).origin === origin))];
}
