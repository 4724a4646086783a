// Shared asserts for chart SVGs, as in Plot's snapshot harness and d3-shape's asserts.

/**
 * Returns the markup with every number of 4 or more decimals in an attribute cut to 3, so snapshots
 * survive float noise; text is left alone (a date such as 1.9.2024 is not a number).
 */
export function roundSvg(svg: string): string {
	return svg.replace(/="[^"]*"/g, (attr) =>
		attr.replace(/\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3))),
	);
}

/** Returns the subpaths of a path: one per `M`, so a gap in a line shows as two. */
export function subpaths(d: string): string[] {
	return d.match(/M[^M]*/g) ?? [];
}

/** Returns the value of every `name="…"` attribute on elements with that tag, in document order. */
export function attrsOf(svg: string, tag: string, name: string): string[] {
	return [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${name}="([^"]*)"`, 'g'))].map(
		(m) => m[1],
	);
}

/** Returns the text content of every element with that tag, in document order. */
export function textsOf(svg: string, tag = 'text'): string[] {
	return [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);
}
