// A tiny SVG element tree and its serializer. Charts build the tree; `renderSvg` writes it the way an
// Astro template does (attributes, escaping, spaces between elements), so a chart moved out of a
// template gives the same page bytes, and `renderStandalone` (standalone.ts) writes the same tree as a file.

/** An attribute value; `null`/`undefined` leave the attribute out, as in an Astro template. */
export type AttrValue = string | number | null | undefined;

export type Attrs = Record<string, AttrValue>;

export interface SvgElement {
	tag: string;
	attrs: Attrs;
	children: SvgChild[];
}

/** Text (escaped on output), an element, a list (written without spaces, like a template's `.map()`), or nothing. */
export type SvgChild = SvgElement | string | SvgChild[] | null | undefined | false;

/** Returns an element with its attributes (in the order given) and children. */
export function h(tag: string, attrs: Attrs = {}, ...children: SvgChild[]): SvgElement {
	return { tag, attrs, children };
}

/**
 * Returns the root of an inline chart: its size as viewBox, width and height, and hidden from
 * screen readers, since the figure around it names and describes it and a table holds its numbers.
 */
export function chartRoot(width: number, height: number, ...children: SvgChild[]): SvgElement {
	return h(
		'svg',
		{
			viewBox: `0 0 ${width} ${height}`,
			width,
			height,
			xmlns: 'http://www.w3.org/2000/svg',
			'aria-hidden': 'true',
			focusable: 'false',
		},
		...children,
	);
}

/**
 * Returns the children with a space before each and before the closing tag: what a template gives for
 * elements written one per line. A child that renders nothing still keeps its spaces, as in Astro.
 */
export function lines(...children: SvgChild[]): SvgChild[] {
	return children.flatMap((child) => [' ', child]).concat(' ');
}

export interface RenderOptions {
	/** Rewrites an element's attributes as it is written (the standalone file's look). */
	rewrite?: (element: SvgElement) => Attrs;
	/** XML: an empty attribute keeps its `=""`, which HTML (and Astro) leave out. */
	xml?: boolean;
}

/**
 * Returns the markup of a tree: attributes in order with `&` and `"` escaped, text with `&<>'"`
 * escaped, every element with an explicit end tag (valid in HTML and XML alike).
 */
export function renderSvg(node: SvgChild, options: RenderOptions = {}): string {
	if (node === null || node === undefined || node === false) return '';
	if (typeof node === 'string') return escapeText(node);
	if (Array.isArray(node)) return node.map((child) => renderSvg(child, options)).join('');
	const attrs = renderAttrs(options.rewrite ? options.rewrite(node) : node.attrs, options.xml);
	return `<${node.tag}${attrs}>${node.children.map((child) => renderSvg(child, options)).join('')}</${node.tag}>`;
}

/** Returns the elements of a tree in document order, the root first. */
export function elementsOf(node: SvgChild): SvgElement[] {
	if (node === null || node === undefined || node === false || typeof node === 'string') return [];
	if (Array.isArray(node)) return node.flatMap(elementsOf);
	return [node, ...node.children.flatMap(elementsOf)];
}

function renderAttrs(attrs: Attrs, xml = false): string {
	return Object.entries(attrs)
		.filter(([, value]) => value !== null && value !== undefined)
		.map(([key, value]) =>
			value === '' && !xml
				? ` ${key}`
				: ` ${key}="${String(value).replace(/&/g, '&#38;').replace(/"/g, '&#34;')}"`,
		)
		.join('');
}

const TEXT_ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&#39;',
	'"': '&quot;',
};

function escapeText(text: string): string {
	return text.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]);
}
