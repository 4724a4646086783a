import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/reports/markdown';

describe('renderMarkdown(text)', () => {
	it.each([
		['**fet** og *kursiv*', '<p><strong>fet</strong> og <em>kursiv</em></p>\n'],
		['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
		['- a\n- b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n'],
	])('renders %j with raw HTML escaped', (text, html) => {
		expect(renderMarkdown(text)).toBe(html);
	});
});
