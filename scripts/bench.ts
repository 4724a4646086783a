/**
 * Benchmark on a seeded synthetic NATIONAL data set (issue 7, deliverable 4):
 *
 *   npm run bench [-- --runs 5] [-- --keep]
 *
 * Writes the set (scripts/bench-data.ts) into a temporary folder and measures load + validate +
 * KPIs in this process (median of --runs), then a full `npm run build` with DATA_DIR/DIST_DIR
 * pointing there (peak memory of the largest process; each stage as scripts/build.ts times it),
 * the built site (pages, size, heaviest page with its CSS and JS) and a bare Astro build of as
 * many trivial pages (median of 3). Every time is given twice: wall clock, and CPU (user + system,
 * child processes included), because on a shared machine the wall clock mostly measures the other
 * users; each ratio compares like with like. On a machine with more than 2 cores both builds are
 * pinned to 2 with taskset, as the target says.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { childrenCpuSeconds } from '../src/integrations/build-timings';
import { computeKpis } from '../src/lib/kpi/compute';
import { loadProject } from '../src/lib/project/load-project';
import { nodeIo } from '../src/loaders/node-io';
import { writeNationalData } from './bench-data';
import { readOptions, runIfMain, withUsage, type CliIo } from './lib/cli';

const REPO = resolve('.');
/** The targets of issues 10 and 11 (on these 2-core machines, ratios measured in the same run). */
const TARGET = {
	kpiSeconds: 0.3,
	validateFactor: 10,
	astroFactor: 1.5,
	bareFactor: 3,
	chartSeconds: 3,
	peakMb: 1024,
	pageRaw: 200 * 1024,
	pageGzip: 40 * 1024,
};

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

/** Wall and CPU seconds of something measured. */
interface Seconds {
	wall: number;
	cpu: number;
}

/** Returns the CPU seconds (user + system) this process has used. */
function ownCpu(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1e6;
}

/** Returns the wall and CPU seconds of each of `runs` runs of loading, validating and computing every KPI, and of the loading alone. */
function timeKpis(
	dir: string,
	runs: number,
): { total: Seconds[]; load: Seconds[]; records: number } {
	const total: Seconds[] = [];
	const load: Seconds[] = [];
	let records = 0;
	for (let i = 0; i < runs; i++) {
		const [start, cpu] = [performance.now(), ownCpu()];
		const { project, problems } = loadProject(dir, nodeIo, { scope: 'numbers' });
		if (!project) throw new Error(`the benchmark data has ${problems.length} problems`);
		const [loaded, loadedCpu] = [performance.now(), ownCpu()];
		records = computeKpis(project).records.length;
		total.push({ wall: (performance.now() - start) / 1000, cpu: ownCpu() - cpu });
		load.push({ wall: (loaded - start) / 1000, cpu: loadedCpu - cpu });
		process.stdout.write(
			`  run ${i + 1}: ${total[i].wall.toFixed(2)} s, CPU ${total[i].cpu.toFixed(2)} s (load + validate ${load[i].wall.toFixed(2)} s, CPU ${load[i].cpu.toFixed(2)} s)\n`,
		);
	}
	return { total, load, records };
}

/** Returns the median wall and the median CPU seconds of several measurements. */
function medianSeconds(list: Seconds[]): Seconds {
	return { wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)) };
}

/** Returns the command prefix that pins a child to 2 cores where the machine has more. */
function twoCores(): string[] {
	return availableParallelism() > 2 && existsSync('/usr/bin/taskset')
		? ['/usr/bin/taskset', '-c', '0,1']
		: [];
}

interface Measured extends Seconds {
	peakMb: number | null;
	/** What the command printed on stdout (also passed through). */
	output: string;
}

/**
 * Runs a command under GNU time when present and returns wall seconds, CPU seconds (user + system
 * of the command and every process under it, from this process's ended children), peak RSS (MB,
 * largest process) and its output.
 */
function measured(
	command: string[],
	cwd: string,
	env: NodeJS.ProcessEnv,
	timeFile: string,
): Measured {
	const gnuTime = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v', '-o', timeFile] : [];
	const [bin, ...args] = [...gnuTime, ...twoCores(), ...command];
	const [start, cpu] = [performance.now(), childrenCpuSeconds()];
	const result = spawnSync(bin, args, {
		cwd,
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	const wall = (performance.now() - start) / 1000;
	const output = result.stdout?.toString('utf8') ?? '';
	process.stdout.write(output);
	if (result.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${result.status})`);
	const kb =
		gnuTime.length && existsSync(timeFile)
			? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))
			: null;
	return {
		wall,
		cpu: childrenCpuSeconds() - cpu,
		peakMb: kb ? Number(kb[1]) / 1024 : null,
		output,
	};
}

/** Returns the stages that scripts/build.ts prints under "Ferdig:" (label, wall and CPU seconds). */
export function buildStages(output: string): [string, Seconds][] {
	const summary = output.split(/^Ferdig:.*$/m)[1] ?? '';
	return [...summary.matchAll(/^ {2}(\S.*?)\s+(-?[\d.]+) s\s+(-?[\d.]+) s$/gm)].map((m) => [
		m[1],
		{ wall: Number(m[2]), cpu: Number(m[3]) },
	]);
}

/** Returns every file under `dir`, recursively. */
function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
	);
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
	const linked = [
		...text.matchAll(
			/<(?:link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*href|script[^>]*src)="([^"]+)"/g,
		),
	]
		.map((m) => m[1].split(/[?#]/)[0])
		.filter((href) => href.startsWith('/') && !SEARCH.test(href.slice(1)))
		.map((href) => join(dist, href))
		.filter((path) => existsSync(path));
	const assets = [...new Set(linked)].map((path) => ({ path, body: readFileSync(path) }));
	const inlineJs = [
		...text.matchAll(
			/<script(?![^>]*type="application\/(?:ld\+)?json")(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g,
		),
	].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
	const linkedJs = assets
		.filter((a) => /\.m?js$/.test(a.path))
		.reduce((n, a) => n + a.body.length, 0);
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
	cpSync(REPO, root, {
		recursive: true,
		filter: (src) => src === REPO || !skip.test(relative(REPO, src).split('/')[0]),
	});
	symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
}

/** Writes a throwaway Astro project with `pages` trivial pages, using this repository's node_modules. */
function bareProject(root: string, pages: number): void {
	mkdirSync(join(root, 'src/pages'), { recursive: true });
	symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
	writeFileSync(
		join(root, 'package.json'),
		JSON.stringify({ name: 'bare', private: true, type: 'module' }),
	);
	writeFileSync(
		join(root, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', devToolbar: { enabled: false } });\n",
	);
	writeFileSync(
		join(root, 'src/pages/[n].astro'),
		`---\nexport function getStaticPaths() {\n\treturn Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="nb"><head><title>Side {n}</title></head><body><h1>Side {n}</h1><p>En triviell side.</p></body></html>\n`,
	);
}

/** Bare Astro builds measured; their median is the yardstick. */
const BARE_RUNS = 3;

/** Returns the wall and the CPU ratio of two measurements. */
function ratio(a: Seconds, b: Seconds): Seconds {
	return { wall: a.wall / b.wall, cpu: a.cpu / b.cpu };
}

/** Returns a figure's two rows, wall clock and CPU, each against the target when there is one. */
function both(
	label: string,
	value: Seconds,
	show: (x: number) => string,
	target?: string,
	meets?: (x: number, kind: keyof Seconds) => boolean,
): Row[] {
	return (['wall', 'cpu'] as const).map((kind) => ({
		label: `${label}, ${kind === 'wall' ? 'wall clock' : 'CPU'}`,
		value: show(value[kind]),
		target,
		met: meets ? meets(value[kind], kind) : undefined,
	}));
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTable(rows: Row[]): void {
	const width = Math.max(...rows.map((r) => r.label.length));
	const valueWidth = Math.max(...rows.map((r) => r.value.length));
	console.log('\n| figure | value | target | met |\n|---|---|---|---|');
	for (const r of rows)
		console.log(
			`| ${r.label.padEnd(width)} | ${r.value.padStart(valueWidth)} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'yes' : 'NO'} |`,
		);
}

/** Runs the benchmark on the national data set and prints every figure beside its target. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	return withUsage(io, () => {
		const options = readOptions(
			argv,
			{ runs: { type: 'string' }, keep: { type: 'boolean' } },
			'use --runs N and --keep',
		);
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
		const stays = spawnSync(
			'npx',
			['tsx', join(REPO, 'scripts/generate-stays-by-days.ts'), '--data', data],
			{ stdio: 'inherit' },
		);
		if (stays.status !== 0) throw new Error('generate-stays-by-days failed');
		console.log(
			`  ${size.municipalities} municipalities, ${size.months} months, ${size.ukpRows} UKP rows, ${size.units} short-term units`,
		);

		console.log(`▸ Load + validate + KPIs, ${runs} runs`);
		const kpi = timeKpis(data, runs);

		console.log('▸ Full build (npm run build) of a copy of the working tree');
		const site = join(root, 'site');
		siteCopy(site);
		const build = measured(
			['npm', 'run', 'build'],
			site,
			{ DATA_DIR: data, DIST_DIR: dist },
			join(root, 'time-build.txt'),
		);
		const stages = new Map(
			buildStages(build.output).map(([label, seconds]) => [
				label.startsWith('Leser og validerer') ? 'validate' : label,
				seconds,
			]),
		);
		const pages = htmlPages(dist);
		const weights = pages.map((p) => pageWeight(dist, p)).sort((a, b) => b.gzipBytes - a.gzipBytes);
		const heaviest = weights[0];
		const rawHeaviest = [...weights].sort((a, b) => b.bytes - a.bytes)[0];
		const distBytes = walk(dist).reduce((n, f) => n + statSync(f).size, 0);
		const charts = chartCheck(pages);

		console.log(`▸ Bare Astro build of ${pages.length} trivial pages, ${BARE_RUNS} runs`);
		const bare = join(root, 'bare');
		bareProject(bare, pages.length);
		const bareRuns = Array.from({ length: BARE_RUNS }, () =>
			measured(
				['node', join(REPO, 'node_modules/astro/astro.js'), 'build', '--silent'],
				bare,
				{},
				join(root, 'time-bare.txt'),
			),
		);
		const bareBuild = medianSeconds(bareRuns);

		const kpiMedian = medianSeconds(kpi.total);
		const loadMedian = medianSeconds(kpi.load);
		const none = { wall: NaN, cpu: NaN };
		const validate = stages.get('validate') ?? none;
		const astro = stages.get('Nettsidene (Astro)') ?? none;
		const chartSeconds = stages.get('Figurer som SVG og PNG') ?? none;
		const over = weights.filter((w) => w.bytes > TARGET.pageRaw || w.gzipBytes > TARGET.pageGzip);
		printTable([
			{
				label: 'data set',
				value: `${size.municipalities} kommuner × ${size.months} mnd = ${size.ukpRows} rader, ${size.units} enheter`,
			},
			...both(
				`load + validate + every KPI (median of ${runs}, one process)`,
				kpiMedian,
				(s) => `${s.toFixed(2)} s`,
				`≤ ${TARGET.kpiSeconds} s`,
				(s) => s <= TARGET.kpiSeconds,
			),
			...both('  of which load + validate', loadMedian, (s) => `${s.toFixed(2)} s`),
			{ label: '  KPI records', value: String(kpi.records) },
			...both(
				"build's validate stage (every file, one process)",
				validate,
				(s) => `${s.toFixed(2)} s`,
				`< ${TARGET.validateFactor}× the in-process load`,
				(s, k) => s < TARGET.validateFactor * loadMedian[k],
			),
			...both('full build (npm run build)', build, (s) => `${s.toFixed(1)} s`),
			...[...stages].flatMap(([label, seconds]) =>
				both(
					`  ${label === 'validate' ? 'Leser og validerer' : label}`,
					seconds,
					(s) => `${s.toFixed(1)} s`,
				),
			),
			...both(
				`bare Astro build, same page count (median of ${BARE_RUNS})`,
				bareBuild,
				(s) => `${s.toFixed(1)} s`,
			),
			...both(
				'Astro stage (pages) / bare',
				ratio(astro, bareBuild),
				(r) => `${r.toFixed(2)}×`,
				`≤ ${TARGET.astroFactor}×`,
				(r) => r <= TARGET.astroFactor,
			),
			...both(
				'full build / bare',
				ratio(build, bareBuild),
				(r) => `${r.toFixed(2)}×`,
				`≤ ${TARGET.bareFactor}×`,
				(r) => r <= TARGET.bareFactor,
			),
			...both(
				'chart images (SVG + PNG)',
				chartSeconds,
				(s) => `${s.toFixed(1)} s`,
				`≤ ${TARGET.chartSeconds} s`,
				(s) => s <= TARGET.chartSeconds,
			),
			{
				label: 'peak memory (largest process)',
				value: build.peakMb === null ? 'n/a' : `${build.peakMb.toFixed(0)} MB`,
				target: `≤ ${TARGET.peakMb} MB`,
				met: build.peakMb !== null && build.peakMb <= TARGET.peakMb,
			},
			{ label: 'HTML pages', value: String(pages.length) },
			{ label: 'dist/ size', value: mb(distBytes) },
			{
				label: `heaviest page, raw (${rawHeaviest.page})`,
				value: kb(rawHeaviest.bytes),
				target: `≤ ${kb(TARGET.pageRaw)}`,
				met: rawHeaviest.bytes <= TARGET.pageRaw,
			},
			{
				label: `heaviest page, gzip (${heaviest.page})`,
				value: kb(heaviest.gzipBytes),
				target: `≤ ${kb(TARGET.pageGzip)}`,
				met: heaviest.gzipBytes <= TARGET.pageGzip,
			},
			{
				label: 'pages over the raw / gzip limit',
				value: `${weights.filter((w) => w.bytes > TARGET.pageRaw).length} / ${weights.filter((w) => w.gzipBytes > TARGET.pageGzip).length}`,
				target: '0 / 0',
				met: over.length === 0,
			},
			{ label: 'most JS on any page', value: kb(Math.max(...weights.map((w) => w.jsBytes))) },
			{
				label: 'chart pages (inline SVG) / with canvas',
				value: `${charts.svgPages} / ${charts.canvasPages}`,
				target: 'no JS for a chart',
				met: charts.canvasPages === 0 && charts.svgPages > 0,
			},
		]);
		console.log(
			`\nLoad average at the end: ${loadavg()
				.map((l) => l.toFixed(1))
				.join(
					' ',
				)} on ${availableParallelism()} cores (wall times grow with it; CPU times much less).`,
		);
		if (over.length > 0)
			console.log(
				`\nPages over ${kb(TARGET.pageRaw)} raw or ${kb(TARGET.pageGzip)} gzip:\n${over.map((w) => `  ${w.page}: ${kb(w.bytes)} raw, ${kb(w.gzipBytes)} gzip, ${kb(w.jsBytes)} JS`).join('\n')}`,
			);
		if (keep) console.log(`\nKept ${root}`);
	} finally {
		if (!keep) rmSync(root, { recursive: true, force: true });
	}
}

runIfMain(import.meta.url, main);
