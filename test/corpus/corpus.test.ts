import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/reports/markdown';
import { expectedLines, listCases, runCase } from './run-case';

const cases = listCases();

describe('bad-input corpus', () => {
	it('has at least 30 broken cases', () => {
		expect(cases.filter((name) => expectedLines(name).length > 0).length).toBeGreaterThanOrEqual(30);
	});

	it.each(cases)('%s reports exactly its expected lines', (name) => {
		expect(runCase(name)).toEqual(expectedLines(name));
	});
});

describe('report markdown cannot inject script', () => {
	const attack = [
		'<script>alert(1)</script>',
		'',
		'<img src=x onerror=alert(1)>',
		'',
		'[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](  javascript:alert(1)) ![b](javascript:alert(1))',
		'',
		'<a href="javascript:alert(1)" onclick="alert(1)">lenke</a>',
		'',
		'[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))',
	].join('\n');
	const html = renderMarkdown(attack);

	it('escapes raw HTML instead of passing it through', () => {
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<img[^>]*onerror/i);
		expect(html).not.toMatch(/<a[^>]*onclick/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('makes no link or image with a script or data URL', () => {
		expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data):/i);
		expect(html).not.toMatch(/<a |<img /);
	});

	it('still renders ordinary markdown and links', () => {
		expect(renderMarkdown('**Viktig**: se [SAMDATA](https://www.helsedirektoratet.no/).')).toBe(
			'<p><strong>Viktig</strong>: se <a href="https://www.helsedirektoratet.no/">SAMDATA</a>.</p>\n',
		);
	});
});
