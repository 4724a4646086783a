/**
 * Benchmark on a seeded synthetic NATIONAL data set (issue 7, deliverable 4):
 *
 *   npm run bench [-- --runs 5] [-- --keep]
 *
 * Writes the set (scripts/bench-data.ts) into a temporary folder and measures load + validate +
 * KPIs in this process (median of --runs), then a full `npm run build` with DATA_DIR/DIST_DIR
 * pointing there (wall time, peak memory of the largest process), the built site (pages, size,
 * heaviest page with its CSS and JS) and a bare Astro build of as many trivial pages. On a
 * machine with more than 2 cores both builds are pinned to 2 with taskset, as the target says.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { computeKpis } from '../src/lib/kpi/compute';
import { loadProject } from '../src/lib/project/load-project';
import { nodeIo } from '../src/loaders/node-io';
import { writeNationalData } from './bench-data';
import { readOptions, runIfMain, withUsage, type CliIo } from './lib/cli';

const REPO = resolve('.');
/** The targets of issues 10 and 11 (on these 2-core machines, ratios measured in the same run). */
const TARGET = { kpiSeconds: 0.3, validateFactor: 10, astroFactor: 1.5, bareFactor: 3, chartSeconds: 3, peakMb: 1024, pageRaw: 200 * 1024, pageGzip: 40 * 1024 };

interface Row {
	label: string;
	value: string;
	target?: string;
	met?: boolean;
}

/** Returns the median of a list of numbers. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Returns the seconds of each of `runs` runs of loading, validating and computing every KPI. */
function timeKpis(dir: string, runs: number): { seconds: number[]; load: number[]; records: number } {
	const seconds: number[] = [];
	const load: number[] = [];
	let records = 0;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const { project, problems } = loadProject(dir, nodeIo, { scope: 'numbers' });
		if (!project) throw new Error(`the benchmark data has ${problems.length} problems`);
		const loaded = performance.now();
		records = computeKpis(project).records.length;
		seconds.push((performance.now() - start) / 1000);
		load.push((loaded - start) / 1000);
		process.stdout.write(`  run ${i + 1}: ${seconds[i].toFixed(2)} s (load + validate ${load[i].toFixed(2)} s)\n`);
	}
	return { seconds, load, records };
}

/** Returns the command prefix that pins a child to 2 cores where the machine has more. */
function twoCores(): string[] {
	return availableParallelism() > 2 && existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', '0,1'] : [];
}

interface Measured {
	seconds: number;
	peakMb: number | null;
	/** What the command printed on stdout (also passed through). */
	output: string;
}

/** Runs a command under GNU time when present and returns wall seconds, peak RSS (MB, largest process) and its output. */
function measured(command: string[], cwd: string, env: NodeJS.ProcessEnv, timeFile: string): Measured {
	const gnuTime = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', '-o', timeFile] : [];
	const [bin, ...args] = [...gnuTime, ...twoCores(), ...command];
	const start = performance.now();
	const result = spawnSync(bin, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	const seconds = (performance.now() - start) / 1000;
	const output = result.stdout?.toString('utf8') ?? '';
	process.stdout.write(output);
	if (result.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${result.status})`);
	const kb = gnuTime.length && existsSync(timeFile) ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8')) : null;
	return { seconds, peakMb: kb ? Number(kb[1]) / 1024 : null, output };
}

/** Returns the stage timings that scripts/build.ts prints under "Ferdig:" (label, seconds). */
export function buildStages(output: string): [string, number][] {
	const summary = output.split(/^Ferdig:$/m)[1] ?? '';
	return [...summary.matchAll(/^ {2}(\S.*?)\s+([\d.]+) s$/gm)].map((m) => [m[1], Number(m[2])]);
}

/** Returns every file under `dir`, recursively. */
function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What one built page weighs with the CSS and JS it references (search assets excluded). */
export interface PageWeight {
	page: string;
	bytes: number;
	gzipBytes: number;
	jsBytes: number;
}

const SEARCH = /^\/?pagefind\//;

/**
 * Returns the weight of an HTML page: its own bytes plus the stylesheets and scripts it links
 * (resolved in `dist`, search assets left out). JS counts inline and linked scripts that run,
 * not JSON data blocks. Gzip is what a server with default compression transfers.
 */
export function pageWeight(dist: string, file: string): PageWeight {
	const html = readFileSync(file);
	const text = html.toString('utf8');
	const linked = [...text.matchAll(/<(?:link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*href|script[^>]*src)="([^"]+)"/g)]
		.map((m) => m[1].split(/[?#]/)[0])
		.filter((href) => href.startsWith('/') && !SEARCH.test(href.slice(1)))
		.map((href) => join(dist, href))
		.filter((path) => existsSync(path));
	const assets = [...new Set(linked)].map((path) => ({ path, body: readFileSync(path) }));
	const inlineJs = [...text.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
	const linkedJs = assets.filter((a) => /\.m?js$/.test(a.path)).reduce((n, a) => n + a.body.length, 0);
	return {
		page: '/' + relative(dist, file),
		bytes: html.length + assets.reduce((n, a) => n + a.body.length, 0),
		gzipBytes: gzipSync(html).length + assets.reduce((n, a) => n + gzipSync(a.body).length, 0),
		jsBytes: inlineJs + linkedJs,
	};
}

/** Returns the HTML pages of a built site, search pages of Pagefind left out. */
function htmlPages(dist: string): string[] {
	return walk(dist).filter((f) => f.endsWith('.html') && !SEARCH.test(relative(dist, f)));
}

/** Returns how many pages draw a chart as inline SVG (there without JS), and how many use a canvas (which would need JS). */
function chartCheck(pages: string[]): { svgPages: number; canvasPages: number } {
	let svgPages = 0;
	let canvasPages = 0;
	for (const page of pages) {
		const text = readFileSync(page, 'utf8');
		// Level icons are not charts; every other inline SVG (line charts, sparklines, bars, Gantt) is.
		if (/<svg(?![^>]*class="[^"]*icon)[^>]*>/.test(text)) svgPages++;
		if (/<canvas/i.test(text)) canvasPages++;
	}
	return { svgPages, canvasPages };
}

/**
 * Copies the working tree (without node_modules, build output and caches) to `root`, linking this
 * repository's node_modules. Building the copy keeps the benchmark out of `.astro/`, which other
 * builds in the same folder would otherwise overwrite half-way.
 */
function siteCopy(root: string): void {
	const skip = /^(node_modules|dist.*|\.astro|\.git|\.build-tmp)$/;
	cpSync(REPO, root, { recursive: true, filter: (src) => src === REPO || !skip.test(relative(REPO, src).split('/')[0]) });
	symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
}

/** Writes a throwaway Astro project with `pages` trivial pages, using this repository's node_modules. */
function bareProject(root: string, pages: number): void {
	mkdirSync(join(root, 'src/pages'), { recursive: true });
	symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
	writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
	writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', devToolbar: { enabled: false } });\n");
	writeFileSync(
		join(root, 'src/pages/[n].astro'),
		`---\nexport function getStaticPaths() {\n\treturn Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="nb"><head><title>Side {n}</title></head><body><h1>Side {n}</h1><p>En triviell side.</p></body></html>\n`,
	);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTable(rows: Row[]): void {
	const width = Math.max(...rows.map((r) => r.label.length));
	const valueWidth = Math.max(...rows.map((r) => r.value.length));
	console.log('\n| figure | value | target | met |\n|---|---|---|---|');
	for (const r of rows) console.log(`| ${r.label.padEnd(width)} | ${r.value.padStart(valueWidth)} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'yes' : 'NO'} |`);
}

/** Runs the benchmark on the national data set and prints every figure beside its target. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	return withUsage(io, () => {
		const options = readOptions(argv, { runs: { type: 'string' }, keep: { type: 'boolean' } }, 'use --runs N and --keep');
		benchmark(Number(options.runs ?? 5), options.keep ?? false);
		return 0;
	});
}

function benchmark(runs: number, keep: boolean): void {
	const root = mkdtempSync(join(tmpdir(), 'pasientflyt-bench-'));
	const data = join(root, 'data');
	const dist = join(root, 'dist');
	try {
		console.log(`▸ Writing the national data set into ${data}`);
		const size = writeNationalData(data, join(REPO, 'data'));
		const stays = spawnSync('npx', ['tsx', join(REPO, 'scripts/generate-stays-by-days.ts'), '--data', data], { stdio: 'inherit' });
		if (stays.status !== 0) throw new Error('generate-stays-by-days failed');
		console.log(`  ${size.municipalities} municipalities, ${size.months} months, ${size.ukpRows} UKP rows, ${size.units} short-term units`);

		console.log(`▸ Load + validate + KPIs, ${runs} runs`);
		const kpi = timeKpis(data, runs);

		console.log('▸ Full build (npm run build) of a copy of the working tree');
		const site = join(root, 'site');
		siteCopy(site);
		const build = measured(['npm', 'run', 'build'], site, { DATA_DIR: data, DIST_DIR: dist }, join(root, 'time-build.txt'));
		const stages = new Map(buildStages(build.output).map(([label, seconds]) => [label.startsWith('Leser og validerer') ? 'validate' : label, seconds]));
		const pages = htmlPages(dist);
		const weights = pages.map((p) => pageWeight(dist, p)).sort((a, b) => b.gzipBytes - a.gzipBytes);
		const heaviest = weights[0];
		const rawHeaviest = [...weights].sort((a, b) => b.bytes - a.bytes)[0];
		const distBytes = walk(dist).reduce((n, f) => n + statSync(f).size, 0);
		const charts = chartCheck(pages);

		console.log(`▸ Bare Astro build of ${pages.length} trivial pages`);
		const bare = join(root, 'bare');
		bareProject(bare, pages.length);
		const bareBuild = measured(['node', join(REPO, 'node_modules/astro/astro.js'), 'build', '--silent'], bare, {}, join(root, 'time-bare.txt'));

		const kpiMedian = median(kpi.seconds);
		const loadMedian = median(kpi.load);
		const validate = stages.get('validate') ?? NaN;
		const astro = stages.get('Nettsidene (Astro)') ?? NaN;
		const chartSeconds = stages.get('Figurer som SVG og PNG') ?? NaN;
		const over = weights.filter((w) => w.bytes > TARGET.pageRaw || w.gzipBytes > TARGET.pageGzip);
		printTable([
			{ label: 'data set', value: `${size.municipalities} kommuner × ${size.months} mnd = ${size.ukpRows} rader, ${size.units} enheter` },
			{ label: `load + validate + every KPI (median of ${runs}, one process)`, value: `${kpiMedian.toFixed(2)} s`, target: `≤ ${TARGET.kpiSeconds} s`, met: kpiMedian <= TARGET.kpiSeconds },
			{ label: '  of which load + validate', value: `${loadMedian.toFixed(2)} s` },
			{ label: '  KPI records', value: String(kpi.records) },
			{ label: "build's validate stage (every file, one process)", value: `${validate.toFixed(2)} s`, target: `< ${TARGET.validateFactor}× the in-process load`, met: validate < TARGET.validateFactor * loadMedian },
			{ label: 'full build (npm run build)', value: `${build.seconds.toFixed(1)} s` },
			...[...stages].map(([label, seconds]) => ({ label: `  ${label === 'validate' ? 'Leser og validerer' : label}`, value: `${seconds.toFixed(1)} s` })),
			{ label: 'bare Astro build, same page count', value: `${bareBuild.seconds.toFixed(1)} s` },
			{ label: 'Astro stage (pages) / bare', value: `${(astro / bareBuild.seconds).toFixed(2)}×`, target: `≤ ${TARGET.astroFactor}×`, met: astro <= TARGET.astroFactor * bareBuild.seconds },
			{ label: 'full build / bare', value: `${(build.seconds / bareBuild.seconds).toFixed(2)}×`, target: `≤ ${TARGET.bareFactor}×`, met: build.seconds <= TARGET.bareFactor * bareBuild.seconds },
			{ label: 'chart images (SVG + PNG)', value: `${chartSeconds.toFixed(1)} s`, target: `≤ ${TARGET.chartSeconds} s`, met: chartSeconds <= TARGET.chartSeconds },
			{ label: 'peak memory (largest process)', value: build.peakMb === null ? 'n/a' : `${build.peakMb.toFixed(0)} MB`, target: `≤ ${TARGET.peakMb} MB`, met: build.peakMb !== null && build.peakMb <= TARGET.peakMb },
			{ label: 'HTML pages', value: String(pages.length) },
			{ label: 'dist/ size', value: mb(distBytes) },
			{ label: `heaviest page, raw (${rawHeaviest.page})`, value: kb(rawHeaviest.bytes), target: `≤ ${kb(TARGET.pageRaw)}`, met: rawHeaviest.bytes <= TARGET.pageRaw },
			{ label: `heaviest page, gzip (${heaviest.page})`, value: kb(heaviest.gzipBytes), target: `≤ ${kb(TARGET.pageGzip)}`, met: heaviest.gzipBytes <= TARGET.pageGzip },
			{ label: 'pages over the raw / gzip limit', value: `${weights.filter((w) => w.bytes > TARGET.pageRaw).length} / ${weights.filter((w) => w.gzipBytes > TARGET.pageGzip).length}`, target: '0 / 0', met: over.length === 0 },
			{ label: 'most JS on any page', value: kb(Math.max(...weights.map((w) => w.jsBytes))) },
			{ label: 'chart pages (inline SVG) / with canvas', value: `${charts.svgPages} / ${charts.canvasPages}`, target: 'no JS for a chart', met: charts.canvasPages === 0 && charts.svgPages > 0 },
		]);
		if (over.length > 0) console.log(`\nPages over ${kb(TARGET.pageRaw)} raw or ${kb(TARGET.pageGzip)} gzip:\n${over.map((w) => `  ${w.page}: ${kb(w.bytes)} raw, ${kb(w.gzipBytes)} gzip, ${kb(w.jsBytes)} JS`).join('\n')}`);
		if (keep) console.log(`\nKept ${root}`);
	} finally {
		if (!keep) rmSync(root, { recursive: true, force: true });
	}
}

runIfMain(import.meta.url, main);
