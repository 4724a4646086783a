// PNG from a standalone chart SVG with resvg (no browser). Text is set in DejaVu Sans from Debian's
// fonts-dejavu-core, loaded by file and nothing else: with the machine's other fonts left out, every
// Debian machine with that package draws the same pixels, so the same SVG gives the same bytes.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';

/** The font files the PNGs are set in (fonts-dejavu-core has regular and bold; italic falls back to regular). */
export const PNG_FONT_FILES = [`${FONT_DIR}/DejaVuSans.ttf`, `${FONT_DIR}/DejaVuSans-Bold.ttf`];

/** How to install the fonts when they are missing. */
export const PNG_FONT_HINT = 'apt-get update && apt-get install -y fonts-dejavu-core';

/** PNG pixels per SVG unit: sharp on a slide or a high-density screen. */
export const PNG_SCALE = 2;

/** The one set of resvg options every chart PNG is rendered with. */
export const PNG_OPTIONS: ResvgRenderOptions = {
	font: {
		loadSystemFonts: false,
		fontFiles: PNG_FONT_FILES,
		defaultFontFamily: 'DejaVu Sans',
		sansSerifFamily: 'DejaVu Sans',
	},
	fitTo: { mode: 'zoom', value: PNG_SCALE },
	logLevel: 'off',
};

const WORKER = fileURLToPath(new URL('./chart-png-worker.mjs', import.meta.url));

/** Returns whether the fonts the PNGs need are installed. */
export function hasPngFonts(): boolean {
	return PNG_FONT_FILES.every((file) => existsSync(file));
}

/** Returns the PNG of a standalone SVG at {@link PNG_SCALE} × its size. */
export function renderChartPng(svg: string): Buffer {
	return new Resvg(svg, PNG_OPTIONS).render().asPng();
}

/**
 * Writes the PNG of each SVG file next to it (`x.svg` → `x.png`) with {@link PNG_OPTIONS}, in up to
 * `processes` processes of their own (default: one per core, at most two), each taking the next file
 * when it is done; rejects with the renderer's message when one fails.
 */
export async function writeChartPngs(
	svgFiles: string[],
	processes = Math.min(2, availableParallelism()),
): Promise<void> {
	// Largest first, so a big chart does not start last and keep one process busy alone.
	const queue = [...svgFiles]
		.sort((a, b) => statSync(b).size - statSync(a).size)
		.map((svg): [string, string] => [svg, svg.replace(/\.svg$/, '.png')]);
	const next = () => queue.shift();
	await Promise.all(
		Array.from({ length: Math.min(processes, queue.length) }, () => renderInProcess(next)),
	);
}

/** Runs one renderer process (chart-png-worker.mjs), feeding it files from `next` until there are none. */
function renderInProcess(next: () => [string, string] | undefined): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--expose-gc', WORKER], {
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const send = () => {
			const file = next();
			if (file) child.stdin.write(`${JSON.stringify(file)}\n`);
			else child.stdin.end();
		};
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.stdin.on('error', () => {}); // a renderer that died stops reading; its exit code and stderr tell why
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().split('\n').slice(1).forEach(send));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`chart PNGs failed (exit ${code}): ${stderr.trim()}`)),
		);
		child.stdin.write(`${JSON.stringify(PNG_OPTIONS)}\n`);
		send();
	});
}
