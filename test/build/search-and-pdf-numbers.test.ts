import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

// The leak checker reads the pages and CSVs, not the search index or the PDFs: it may, because
// neither shows a number its page does not. Pagefind's fragments hold the text of each page; each
// PDF is printed from its /rapporter/ page. Numbers are compared as runs of digits (1 370 is 1 and
// 370), which is what a number split by a space or a line break becomes in either.

const digitRuns = (text: string) => new Set(text.match(/\d+/g) ?? []);

// A page's text as a reader, the search index and a PDF see it: tags (and chart SVG text) as gaps,
// or run together, since table cells may meet without a space in the index.
function pageRuns(site: string, path: string): Set<string> {
	const html = readFileSync(join(site, path), 'utf8').replace(
		/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g,
		'',
	);
	const text = (gap: string) => html.replace(/<[^>]+>/g, gap).replace(/&nbsp;|&#160;/g, ' ');
	return new Set([...digitRuns(text(' ')), ...digitRuns(text(''))]);
}

// A run made of two runs of the page: a number broken across a line end ("2023-" / "12").
const joined = (run: string, page: Set<string>) =>
	[...run].some((_, i) => i > 0 && page.has(run.slice(0, i)) && page.has(run.slice(i)));

describe.each(['public', 'small'] as const)('the %s fixture', (name) => {
	const site = inject('sites')[name];

	it('holds no number in its search index that its page does not show', () => {
		const fragments = readdirSync(join(site, 'pagefind/fragment'));
		expect(fragments.length).toBeGreaterThan(40);
		for (const file of fragments) {
			const raw = gunzipSync(readFileSync(join(site, 'pagefind/fragment', file))).toString('utf8');
			const { url, content } = JSON.parse(raw.slice(raw.indexOf('{'))) as {
				url: string;
				content: string;
			};
			const page = pageRuns(site, `${url.replace(/^\//, '')}index.html`);
			expect(
				[...digitRuns(content)].filter((run) => !page.has(run)),
				url,
			).toEqual([]);
		}
	});

	it('prints no number in a report PDF that its /rapporter/ page does not show (page numbers aside)', () => {
		const pdfs = readdirSync(join(site, 'rapporter')).filter((f) => f.endsWith('.pdf'));
		expect(pdfs.length).toBeGreaterThanOrEqual(3);
		for (const pdf of pdfs) {
			const text = spawnSync('pdftotext', [join(site, 'rapporter', pdf), '-'], {
				encoding: 'utf8',
			}).stdout;
			const pages = text.split('\f').length - 1;
			const page = pageRuns(site, `rapporter/${pdf.replace(/\.pdf$/, '')}/index.html`);
			const extra = [...digitRuns(text)].filter(
				(run) => !page.has(run) && Number(run) > pages && !joined(run, page),
			);
			expect(extra, pdf).toEqual([]);
		}
	});
});
