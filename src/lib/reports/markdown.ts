import MarkdownIt from 'markdown-it';

// Raw HTML off: report text is written by many hands and ends up in a PDF sent to the board.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Returns markdown rendered to HTML; raw HTML in the text is escaped, not passed through. */
export function renderMarkdown(text: string): string {
	return md.render(text);
}
