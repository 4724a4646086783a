// @ts-check
// Renders PNG files from standalone chart SVG files in a process of its own (chart-png.ts starts
// one per core), so the pixels (a tall national bar chart at 2× is 100 MB) never weigh on the
// build's own memory. Reads JSON lines on stdin: the resvg options first, then one
// `[svgPath, pngPath]` per file; answers each file written with an empty line on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Resvg } from '@resvg/resvg-js';

let options;
for await (const line of createInterface({ input: process.stdin })) {
	if (options === undefined) {
		options = JSON.parse(line);
		continue;
	}
	const [svg, png] = JSON.parse(line);
	try {
		writeFileSync(png, new Resvg(readFileSync(svg), options).render().asPng());
	} catch (error) {
		console.error(`${svg}: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	}
	// V8 does not see the native pixel buffers, so it would keep them until its own heap fills.
	globalThis.gc?.();
	process.stdout.write('\n');
}
