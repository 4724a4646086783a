// A chart as a file of its own, for slides and documents: SVG 1.1 that slide programs read, so every
// colour, dash and font is a presentation attribute (no CSS variables, no currentColor, no classes).
import { partSize, type Chart, type StyleRule } from './chart';
import { CHART_TEXT_STYLE, FONT_FAMILY, LIGHT_PALETTE, resolvePaint } from './palette';
import { elementsOf, h, renderSvg, type Attrs, type SvgChild, type SvgElement } from './svg';

/** What the file says about the chart besides drawing it. */
export interface StandaloneMeta {
	/** The figure's title: the file's `<title>`. */
	title: string;
	/** The figure's one-sentence summary: the file's `<desc>`. */
	summary: string;
	/** Made-up numbers: the file says so under the chart, so a slide cannot pass them off as real. */
	synthetic: boolean;
}

/** The label under a chart drawn from synthetic data. */
export const SYNTHETIC_NOTE = 'Syntetiske demodata – ikke ekte tall';

/** Space between the parts of a chart of several (small multiples), as the page's grid gap (0.5rem). */
const GAP = 8;
/** Height of the line under the chart that carries the synthetic-data note. */
const FOOTER = 22;

/**
 * Returns the chart as a self-contained SVG file: XML prolog, `xmlns`, `role="img"`, `<title>` and
 * `<desc>`, a white background, the page's light-mode look written out as attributes, its parts laid
 * out in `chart.columns` columns, and a synthetic-data line when `meta.synthetic`.
 */
export function renderStandalone(chart: Chart, meta: StandaloneMeta): string {
	const { body, width, height: chartHeight } = layoutParts(chart);
	const height = chartHeight + (meta.synthetic ? FOOTER : 0);
	const note =
		meta.synthetic &&
		h(
			'text',
			{ x: 4, y: chartHeight + 16, fill: LIGHT_PALETTE.fg, 'font-size': 13, 'font-weight': 700 },
			SYNTHETIC_NOTE,
		);
	const root = h(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			role: 'img',
			'font-family': FONT_FAMILY,
			'font-size': 12,
		},
		h('title', {}, meta.title),
		h('desc', {}, meta.summary),
		h('rect', { width: '100%', height: '100%', fill: LIGHT_PALETTE.bg }),
		body,
		note,
	);
	const drawn = new Set(elementsOf(body));
	const rules = [CHART_TEXT_STYLE, ...(chart.styles ?? [])];
	const svg = renderSvg(root, {
		xml: true,
		rewrite: (el) => (drawn.has(el) ? standaloneAttrs(el, rules) : el.attrs),
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** Returns the parts' contents placed in a grid, and the grid's size. */
function layoutParts(chart: Chart): { body: SvgChild; width: number; height: number } {
	const sizes = chart.parts.map(partSize);
	if (chart.parts.length === 1) return { body: chart.parts[0].children, ...sizes[0] };
	const columns = Math.min(chart.columns ?? chart.parts.length, chart.parts.length);
	const cell = {
		width: Math.max(...sizes.map((s) => s.width)),
		height: Math.max(...sizes.map((s) => s.height)),
	};
	const rows = Math.ceil(chart.parts.length / columns);
	const body = chart.parts.map((part, i) => {
		const [x, y] = [
			(i % columns) * (cell.width + GAP),
			Math.floor(i / columns) * (cell.height + GAP),
		];
		return h('g', { transform: `translate(${x},${y})` }, part.children);
	});
	return {
		body,
		width: columns * cell.width + (columns - 1) * GAP,
		height: rows * cell.height + (rows - 1) * GAP,
	};
}

/** Attributes the page needs and a file must not carry: CSS hooks, ARIA of the inline chart, data-*. */
const PAGE_ONLY = /^(class|aria-.*|focusable|tabindex|role|data-.*)$/;

/** Returns an element's attributes with its style rules applied, colours resolved and page-only ones gone. */
function standaloneAttrs(el: SvgElement, rules: StyleRule[]): Attrs {
	const classes = String(el.attrs.class ?? '')
		.split(/\s+/)
		.filter(Boolean);
	const styled = rules
		.filter(([selector]) => matches(selector, el.tag, classes))
		.map(([, attrs]) => attrs);
	const merged: Attrs = Object.assign({}, el.attrs, ...styled);
	return Object.fromEntries(
		Object.entries(merged)
			.filter(([key, value]) => !PAGE_ONLY.test(key) && value !== null && value !== undefined)
			.map(([key, value]) => [key, typeof value === 'string' ? resolvePaint(value) : value]),
	);
}

function matches(selector: string, tag: string, classes: string[]): boolean {
	const [name, ...wanted] = selector.split('.');
	return (name === '' || name === tag) && wanted.every((c) => classes.includes(c));
}
