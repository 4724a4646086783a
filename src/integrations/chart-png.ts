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
	font: { loadSystemFonts: false, fontFiles: PNG_FONT_FILES, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
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
 * `processes` processes of their own (default: one per core, at most two) given equal shares of the
 * work; rejects with the renderer's message when one fails.
 */
export async function writeChartPngs(svgFiles: string[], processes = Math.min(2, availableParallelism())): Promise<void> {
	// Largest first, dealt in turn, so the shares come out about even.
	const bySize = [...svgFiles].sort((a, b) => statSync(b).size - statSync(a).size);
	const shares = Array.from({ length: Math.min(processes, bySize.length) }, (_, i) => bySize.filter((_, k) => k % processes === i));
	await Promise.all(shares.map((share) => renderInProcess(share.map((svg) => [svg, svg.replace(/\.svg$/, '.png')]))));
}

function renderInProcess(files: [string, string][]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--expose-gc', WORKER], { stdio: ['pipe', 'inherit', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`chart PNGs failed (exit ${code}): ${stderr.trim()}`))));
		child.stdin.end(JSON.stringify({ options: PNG_OPTIONS, files }));
	});
}
