// @ts-check
// Renders PNG files from standalone chart SVG files in a process of its own (chart-png.ts starts
// one per core), so the pixels (a tall national bar chart at 2× is 100 MB) never weigh on the
// build's own memory. Reads `{ options, files: [svgPath, pngPath][] }` as JSON on stdin.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const { options, files } = JSON.parse(readFileSync(0, 'utf8'));
for (const [svg, png] of files) {
	writeFileSync(png, new Resvg(readFileSync(svg), options).render().asPng());
	// V8 does not see the native pixel buffers, so it would keep them until its own heap fills.
	globalThis.gc?.();
}
