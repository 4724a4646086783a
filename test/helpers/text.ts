/** Returns text with ligatures unfolded, every run of white space as one space, trimmed (for PDF text). */
export function normalizeText(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
