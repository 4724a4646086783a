/**
 * Returns the 1-based page on which each heading first appears, searching `pages` (the text of
 * each PDF page, as pdftotext writes it between form feeds) in document order from `fromPage`;
 * a heading is found on a line of its own, else anywhere in the page text; `null` when not found.
 * Chromium has no `target-counter()`, so the table of contents is filled from a first print.
 */
export function findSectionPages(pages: string[], headings: string[], fromPage: number): (number | null)[] {
	let start = Math.max(fromPage, 1);
	return headings.map((heading) => {
		const wanted = normalizeText(heading);
		const page = findFrom(pages, start, (text) => text.split('\n').some((line) => normalizeText(line) === wanted)) ?? findFrom(pages, start, (text) => normalizeText(text).includes(wanted));
		if (page !== null) start = page; // sections are in order: the next one is on this page or later
		return page;
	});
}

/** Returns the 1-based number of the first page that has `line` on a line of its own, or `null`. */
export function findPageWithLine(pages: string[], line: string): number | null {
	const wanted = normalizeText(line);
	return findFrom(pages, 1, (text) => text.split('\n').some((l) => normalizeText(l) === wanted));
}

/** Returns text with ligatures unfolded, every run of white space as one space, trimmed. */
export function normalizeText(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function findFrom(pages: string[], start: number, match: (text: string) => boolean): number | null {
	for (let i = start - 1; i < pages.length; i++) if (match(pages[i])) return i + 1;
	return null;
}
