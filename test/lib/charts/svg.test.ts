import { describe, expect, it } from 'vitest';
import { elementsOf, h, lines, renderSvg } from '../../../src/lib/charts/svg';

describe('renderSvg(node, options)', () => {
	it('writes attributes in order, leaves out null and undefined, and escapes & and " as Astro does', () => {
		expect(renderSvg(h('text', { x: 1.5, y: null, dy: undefined, 'data-x': 'a&"b' }, 'T'))).toBe(
			'<text x="1.5" data-x="a&#38;&#34;b">T</text>',
		);
	});

	it('escapes text, and gives every element an end tag', () => {
		expect(renderSvg(h('g', {}, h('text', {}, `<Ås & 'Bø'>`), h('path', { d: 'M0,0' })))).toBe(
			'<g><text>&lt;Ås &amp; &#39;Bø&#39;&gt;</text><path d="M0,0"></path></g>',
		);
	});

	it('writes an empty attribute bare in HTML and with ="" in XML', () => {
		expect(renderSvg(h('path', { d: '' }))).toBe('<path d></path>');
		expect(renderSvg(h('path', { d: '' }), { xml: true })).toBe('<path d=""></path>');
	});

	it('spaces children laid out one per line, keeps the spaces of a child that renders nothing, and joins lists without', () => {
		const dot = (x: number) => h('circle', { cx: x });
		expect(renderSvg(h('g', {}, lines(dot(1), false, [dot(2), dot(3)])))).toBe(
			'<g> <circle cx="1"></circle>  <circle cx="2"></circle><circle cx="3"></circle> </g>',
		);
	});

	it('rewrites attributes element by element', () => {
		expect(
			renderSvg(h('g', { class: 'a' }, h('line', { class: 'b' })), {
				rewrite: (el) => ({ id: el.tag }),
			}),
		).toBe('<g id="g"><line id="line"></line></g>');
	});
});

describe('elementsOf(node)', () => {
	it('lists the elements of a tree in document order', () => {
		const tree = h('svg', {}, lines(h('g', {}, h('line')), 'text', [h('circle')]));
		expect(elementsOf(tree).map((e) => e.tag)).toEqual(['svg', 'g', 'line', 'circle']);
	});
});
