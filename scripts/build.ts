// Builds the site (and, where Chromium is installed, the PDFs) from data/ — or DATA_DIR — in one go:
//   1. load and validate every data file, reporting every problem at once;
//   2. compute the KPIs;
//   3. build the site into a temporary folder (Astro, which also writes every chart as SVG and PNG:
//      src/integrations/chart-files.ts), index it for search, print the reports to PDF;
//   4. replace dist/ with it only when every step succeeded, so bad data leaves the last good site.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { editionFor } from '../src/lib/edition';
import { computeKpis } from '../src/lib/kpi/compute';
import { suppressionThreshold } from '../src/lib/site';
import { buildAudience, dataDir, readProject } from '../src/loaders/project';
import { printProblems, processIo } from './lib/cli';

// A partner build (AUDIENCE=partner) shows small counts, so it never goes to the public dist/.
const PARTNER = buildAudience() === 'partner';
const DIST = resolve(process.env.DIST_DIR ?? (PARTNER ? 'dist-partner' : 'dist'));
const TEMP = `${DIST}.building-${process.pid}`;
const timings: [string, number][] = [];

/** Runs a labelled stage, prints its duration, and returns its result. */
async function stage<T>(label: string, work: () => T | Promise<T>): Promise<T> {
	process.stdout.write(`▸ ${label} …\n`);
	const start = performance.now();
	const result = await work();
	const seconds = (performance.now() - start) / 1000;
	timings.push([label, seconds]);
	process.stdout.write(`  ✓ ${label} (${seconds.toFixed(1)} s)\n`);
	return result;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

async function main(): Promise<number> {
	const dir = dataDir();
	const { project, problems } = await stage(`Leser og validerer ${dir}/`, () => readProject(dir));
	if (!project) {
		printProblems(problems, processIo, `nothing was built; ${DIST} is unchanged`);
		return 1;
	}
	const edition = editionFor(buildAudience(), suppressionThreshold(project.manifest));
	console.log(`  ${edition.name}: ${edition.threshold === null ? 'små tall vises, ikke for publisering.' : `tall fra 1 til ${edition.threshold} skjules.`}`);
	const kpis = await stage('Beregner KPI-er', () => computeKpis(project));
	console.log(`  ${project.areas.municipalities.length} kommuner, ${project.dataset.ukp.length} UKP-rader, ${kpis.records.length} KPI-verdier, siste måned ${kpis.latestMonth}`);
	rmSync(TEMP, { recursive: true, force: true });
	try {
		await stage('Bygger nettsidene (Astro)', () => run('npx', ['astro', 'build', '--silent'], { OUT_DIR: TEMP, DATA_DIR: dir }));
		await stage('Lager søkeindeks (Pagefind)', () => run('npx', ['pagefind', '--site', TEMP, '--silent']));
		if (existsSync('scripts/export-pdf.ts')) await stage('Skriver PDF-er', () => run('npx', ['tsx', 'scripts/export-pdf.ts', '--site', TEMP]));
	} catch (error) {
		rmSync(TEMP, { recursive: true, force: true });
		console.error(`${(error as Error).message}\nNothing was published; ${DIST} is unchanged.`);
		return 1;
	}
	await stage('Publiserer dist/', () => {
		const old = `${DIST}.old-${process.pid}`;
		if (existsSync(DIST)) renameSync(DIST, old);
		renameSync(TEMP, DIST);
		rmSync(old, { recursive: true, force: true });
	});
	console.log('\nFerdig:');
	for (const [label, seconds] of timings) console.log(`  ${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s`);
	return 0;
}

process.exitCode = await main();
