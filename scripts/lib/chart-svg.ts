// Turns a chart on a rendered page into a standalone SVG file. Runs inside the page (Playwright
// serialises the function), so it must not use anything from this module's scope.

/** What the page-side function returns for one figure. */
export interface StandaloneSvg {
	id: string;
	svg: string;
}

/**
 * Returns every `figure.chart[id]` on the page as a standalone SVG: the chart's SVG elements placed
 * where the page draws them, with every computed colour, dash and font written as a presentation
 * attribute (CSS variables and classes mean nothing outside the page), a white background, the
 * figure's title and summary as <title>/<desc>, and a "synthetic data" line when the page has one.
 */
export function standaloneChartSvgs(): StandaloneSvg[] {
	const NS = 'http://www.w3.org/2000/svg';
	const DEFAULTS: Record<string, string> = {
		fill: 'rgb(0, 0, 0)',
		'fill-opacity': '1',
		stroke: 'none',
		'stroke-width': '1px',
		'stroke-dasharray': 'none',
		'stroke-opacity': '1',
		'stroke-linecap': 'butt',
		'stroke-linejoin': 'miter',
		opacity: '1',
		'text-anchor': 'start',
		'dominant-baseline': 'auto',
		'font-style': 'normal',
		visibility: 'visible',
	};
	const INHERITED_FONT = ['font-family', 'font-size', 'font-weight'];
	const round = (n: number) => Math.round(n * 10) / 10;
	// Plain hex colours and unitless numbers: slide programs read SVG 1.1, not CSS Color 4.
	const hex = (rgb: string) =>
		rgb.replace(/rgb\((\d+),\s*(\d+),\s*(\d+)\)/g, (_m, r, g, b) => '#' + [r, g, b].map((c: string) => Number(c).toString(16).padStart(2, '0')).join(''));
	const clean = (value: string) => hex(value).replace(/(\d)px/g, '$1').replace(/,\s*(?![^(]*\))/g, ' ');

	/** Copies the computed look of `from` and its descendants onto `to` (a clone of it). */
	function inline(from: Element, to: Element, parentFont: Record<string, string>): void {
		const style = getComputedStyle(from);
		const font: Record<string, string> = {};
		for (const name of Object.keys(DEFAULTS)) {
			const value = style.getPropertyValue(name);
			if (value && value !== DEFAULTS[name]) to.setAttribute(name, name === 'font-family' ? value : clean(value));
			else to.removeAttribute(name);
		}
		for (const name of INHERITED_FONT) {
			font[name] = style.getPropertyValue(name);
			if (font[name] !== parentFont[name]) to.setAttribute(name, name === 'font-family' ? font[name] : clean(font[name]));
		}
		if (style.display === 'none') to.setAttribute('display', 'none');
		for (const attr of ['class', 'style', 'aria-hidden', 'focusable', 'tabindex']) to.removeAttribute(attr);
		const a = from.children;
		const b = to.children;
		for (let i = 0; i < a.length; i++) inline(a[i], b[i], font);
	}

	const synthetic = document.querySelector('.synthetic-banner') !== null;
	return [...document.querySelectorAll<HTMLElement>('figure.chart[id]')].map((figure) => {
		const area = figure.querySelector('.chart-svg') ?? figure;
		// The chart's own top-level SVGs; icons in the number table (inside <details>) are not the chart.
		const parts = [...area.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg') && !s.closest('details'));
		const rects = parts.map((s) => s.getBoundingClientRect());
		const left = Math.min(...rects.map((r) => r.left));
		const top = Math.min(...rects.map((r) => r.top));
		const width = Math.ceil(Math.max(...rects.map((r) => r.right)) - left);
		const chartHeight = Math.ceil(Math.max(...rects.map((r) => r.bottom)) - top);
		const footer = synthetic ? 22 : 0;
		const height = chartHeight + footer;
		const root = document.createElementNS(NS, 'svg');
		root.setAttribute('xmlns', NS);
		root.setAttribute('width', String(width));
		root.setAttribute('height', String(height));
		root.setAttribute('viewBox', `0 0 ${width} ${height}`);
		root.setAttribute('role', 'img');
		const rootStyle = getComputedStyle(area);
		const rootFont: Record<string, string> = {};
		for (const name of INHERITED_FONT) {
			rootFont[name] = rootStyle.getPropertyValue(name);
			root.setAttribute(name, name === 'font-family' ? rootFont[name] : clean(rootFont[name]));
		}
		const title = document.createElementNS(NS, 'title');
		title.textContent = figure.querySelector('.chart-title')?.textContent?.trim() ?? figure.id;
		const desc = document.createElementNS(NS, 'desc');
		desc.textContent = figure.querySelector('.chart-summary')?.textContent?.trim() ?? '';
		const background = document.createElementNS(NS, 'rect');
		for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) background.setAttribute(k, v);
		root.append(title, desc, background);
		parts.forEach((part, i) => {
			const copy = part.cloneNode(true) as SVGSVGElement;
			inline(part, copy, rootFont);
			copy.removeAttribute('xmlns');
			copy.setAttribute('x', String(round(rects[i].left - left)));
			copy.setAttribute('y', String(round(rects[i].top - top)));
			copy.setAttribute('width', String(round(rects[i].width)));
			copy.setAttribute('height', String(round(rects[i].height)));
			if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${round(rects[i].width)} ${round(rects[i].height)}`);
			root.append(copy);
		});
		if (synthetic) {
			const note = document.createElementNS(NS, 'text');
			for (const [k, v] of Object.entries({ x: '4', y: String(chartHeight + 16), fill: '#1a1a1a', 'font-weight': '700' })) note.setAttribute(k, v);
			note.textContent = 'Syntetiske demodata – ikke ekte tall';
			root.append(note);
		}
		return { id: figure.id, svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n` };
	});
}

/**
 * Sets each figure's width to the width its charts take on the page (plus the PNG padding), so a
 * PNG is as wide as the chart, not the page column, and a grid of small charts keeps its columns.
 */
export function fitFiguresToCharts(): void {
	for (const figure of document.querySelectorAll<HTMLElement>('figure.chart[id]')) {
		const left = figure.getBoundingClientRect().left;
		const parts = [...figure.querySelectorAll('.chart-svg svg')].filter((s) => !s.parentElement?.closest('svg'));
		const right = Math.max(...parts.map((s) => s.getBoundingClientRect().right));
		if (Number.isFinite(right)) figure.style.width = `${Math.ceil(right - left) + 24}px`;
	}
}

/**
 * CSS for the PNG screenshots: each figure (sized by {@link fitFiguresToCharts}) with its scroll
 * boxes opened up, on white, without the number-table toggle and the download links.
 */
export const PNG_EXPORT_CSS = `
figure.chart { max-width: none !important; background: #fff; padding: 12px; margin: 0; }
figure.chart .chart-svg, figure.chart .chart-svg * { overflow: visible !important; }
figure.chart .chart-table, figure.chart .downloads { display: none !important; }
figure.chart .export-synthetic { display: block; font-weight: 700; color: #1a1a1a; margin-top: 4px; font-size: 13px; }
`;
