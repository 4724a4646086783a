import { renderSvg, type Attrs, type SvgElement } from './svg';

/**
 * What every chart function returns: the chart's top-level `<svg>` elements as the page places them
 * (most charts have one; small multiples have one per panel), plus what the standalone file needs
 * to look like the page without its CSS.
 */
export interface Chart {
	parts: SvgElement[];
	/** In the standalone file, parts sit side by side in rows of this many (default: all in one row). */
	columns?: number;
	/** The look the page's CSS gives this chart's elements, written out as attributes in the standalone file. */
	styles?: StyleRule[];
}

/**
 * A CSS rule as the standalone file applies it: a selector of a tag and/or classes (`text`, `.bar`,
 * `text.activity`, `.grid.year`) and the attributes it sets. Later rules win, as later CSS rules of
 * equal or higher specificity do; a rule beats the element's own attribute, as CSS beats a
 * presentation attribute.
 */
export type StyleRule = [selector: string, attrs: Attrs];

/** Returns the numeric width and height of a chart part (its `width`/`height` attributes). */
export function partSize(part: SvgElement): { width: number; height: number } {
	return { width: Number(part.attrs.width), height: Number(part.attrs.height) };
}

/** Returns the chart's markup as the page places it: its parts one after another. */
export function renderChart(chart: Chart): string {
	return chart.parts.map((part) => renderSvg(part)).join('');
}
