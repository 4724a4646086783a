// Writes every chart a build's pages draw as a standalone SVG and a PNG next to its page
// (<page>/<id>.svg, <page>/<id>.png), which ChartFigure links to. The pages are the one definition
// of each chart (page, id, title, summary, data): ChartFigure offers what it draws (chart-registry.ts)
// and this hook writes the files after the pages are built, with the same chart function's model.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { renderStandalone } from '../lib/charts/standalone';
import { ManifestSchema } from '../lib/manifest';
import { parseYaml } from '../lib/parse-yaml';
import { dataDir } from '../loaders/dataset';
import { closeChartRegistry, openChartRegistry, type ChartFile } from './chart-registry';
import { hasPngFonts, PNG_FONT_HINT, writeChartPngs } from './chart-png';

/** Returns the integration that writes the chart files of a build. */
export default function chartFiles(): AstroIntegration {
	return {
		name: 'pasientflyt:chart-files',
		hooks: {
			'astro:build:start': () => openChartRegistry(),
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const count = await writeChartFiles(closeChartRegistry(), fileURLToPath(dir), isSynthetic(), logger);
				logger.info(`${count} figurer som SVG og PNG (${((performance.now() - started) / 1000).toFixed(1)} s)`);
			},
		},
	};
}

/**
 * Writes the SVG of every chart file under `root`, then their PNGs (in processes of their own, see
 * chart-png.ts), and returns how many charts there were. Without the DejaVu fonts it writes the
 * SVGs only and says how to install the fonts.
 */
export async function writeChartFiles(files: ChartFile[], root: string, synthetic: boolean, logger?: AstroIntegrationLogger): Promise<number> {
	assertUnique(files);
	const svgFiles = files.map((file) => {
		const dir = join(root, ...file.page.split('/').filter(Boolean));
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, `${file.id}.svg`), renderStandalone(file.chart, { title: file.title, summary: file.summary, synthetic }));
		return join(dir, `${file.id}.svg`);
	});
	if (hasPngFonts()) await writeChartPngs(svgFiles);
	else logger?.warn(`DejaVu fonts not found: charts get SVG files but no PNG (their links are dead). Install them with:\n      ${PNG_FONT_HINT}`);
	return files.length;
}

/** Two figures with one id on one page would overwrite each other's files. */
function assertUnique(files: ChartFile[]): void {
	const seen = new Set<string>();
	for (const { page, id } of files) {
		if (seen.has(page + id)) throw new Error(`two charts with id "${id}" on ${page}`);
		seen.add(page + id);
	}
}

/** Returns whether the build's data set is synthetic (manifest `synthetic`), as its pages say. */
function isSynthetic(): boolean {
	const path = join(dataDir(), 'manifest.yaml');
	const manifest = parseYaml(readFileSync(path, 'utf8'), path, ManifestSchema).value;
	if (!manifest) throw new Error(`${path}: not a valid manifest`);
	return manifest.synthetic;
}
