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
import { closeChartRegistry, openChartRegistry, type ChartFile } from './chart-registry';
import { timed } from './build-timings';
import { hasPngFonts, PNG_FONT_HINT, writeChartPngs } from './chart-png';

/** Returns the integration that writes the chart files of a build. */
export default function chartFiles(): AstroIntegration {
	return {
		name: 'pasientflyt:chart-files',
		hooks: {
			'astro:build:start': () => openChartRegistry(),
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				await timed('charts', () =>
					writeChartFiles(closeChartRegistry(), root, {
						synthetic: pageSaysSynthetic(root),
						logger,
					}),
				);
			},
		},
	};
}

export interface ChartFilesOptions {
	/** Whether a page's numbers are synthetic: its charts then say so. */
	synthetic: (page: string) => boolean;
	logger?: AstroIntegrationLogger;
}

/**
 * Writes the SVG of every chart file under `root`, then their PNGs (in processes of their own, see
 * chart-png.ts), logs how long each took, and returns how many charts there were. Without the
 * DejaVu fonts it writes the SVGs only and says how to install the fonts.
 */
export async function writeChartFiles(
	files: ChartFile[],
	root: string,
	{ synthetic, logger }: ChartFilesOptions,
): Promise<number> {
	assertUnique(files);
	const started = performance.now();
	const svgFiles = files.map((file) => {
		const dir = join(root, ...file.page.split('/').filter(Boolean));
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, `${file.id}.svg`),
			renderStandalone(file.chart, {
				title: file.title,
				summary: file.summary,
				synthetic: synthetic(file.page),
			}),
		);
		return join(dir, `${file.id}.svg`);
	});
	const svgDone = performance.now();
	if (hasPngFonts()) await writeChartPngs(svgFiles);
	else
		logger?.warn(
			`DejaVu fonts not found: charts get SVG files but no PNG (their links are dead). Install them with:\n      ${PNG_FONT_HINT}`,
		);
	const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
	logger?.info(
		`${files.length} figurer: SVG ${seconds(started, svgDone)} s, PNG ${seconds(svgDone, performance.now())} s`,
	);
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

/**
 * Returns whether a built page says its numbers are synthetic: the banner every page of a synthetic
 * data set carries (the manifest's `synthetic`), so a chart file says what its page says.
 */
function pageSaysSynthetic(root: string): (page: string) => boolean {
	const seen = new Map<string, boolean>();
	return (page) => {
		if (!seen.has(page))
			seen.set(
				page,
				/class="synthetic-banner[\s"]/.test(readFileSync(join(root, page, 'index.html'), 'utf8')),
			);
		return seen.get(page)!;
	};
}
