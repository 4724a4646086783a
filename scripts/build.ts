// Builds the site and everything made from it, from data/ (or DATA_DIR), in one go:
//   1. load and validate every data file and report definition, reporting every problem at once;
//   2. `astro build` into a temporary folder: the pages, then (astro.config.mjs) every chart as SVG
//      and PNG, the search index and the report PDFs;
//   3. replace dist/ with it only when every step succeeded, so bad data leaves the last good site.
// Interrupted (Ctrl-C, kill, or the npm that started it killed), it stops Astro and everything
// Astro started, removes its temporary folder and publishes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { editionFor } from '../src/lib/edition';
import { suppressionThreshold } from '../src/lib/site';
import { childrenCpuSeconds, cpuSeconds } from '../src/integrations/build-timings';
import { buildAudience, dataDir, readProject } from '../src/loaders/project';
import { printProblems, runIfMain, type CliIo } from './lib/cli';

/** Astro's command line, run with this Node (npx would add a second of its own on a busy machine). */
const ASTRO = join(
	dirname(createRequire(import.meta.url).resolve('astro/package.json')),
	'astro.js',
);

/** A stage of the build: its label, wall seconds and CPU seconds (user + system, with its child processes). */
type Stage = [label: string, wall: number, cpu: number];

/** The labels of the stages `astro build` times itself (src/integrations/build-timings.ts). */
const HOOK_STAGES: Record<string, string> = {
	charts: 'Figurer som SVG og PNG',
	search: 'Søkeindeks (Pagefind)',
	pdf: 'PDF-er',
	archive: 'Frosne møtepakker (arkiv)',
};

/** Builds into DIST_DIR (default dist/, or dist-partner/ for AUDIENCE=partner) and returns the exit code. */
export async function main(_argv: string[], io: CliIo): Promise<number> {
	// A partner build shows small counts, so it never goes to the public dist/.
	const dist = resolve(
		process.env.DIST_DIR ?? (buildAudience() === 'partner' ? 'dist-partner' : 'dist'),
	);
	removeStale(dist);
	const timings: Stage[] = [];
	const dir = dataDir();

	// Step 1: every file, validated once.
	const [started, cpu] = [performance.now(), cpuSeconds()];
	const { project, problems } = readProject(dir);
	timings.push([
		`Leser og validerer ${dir}/`,
		(performance.now() - started) / 1000,
		cpuSeconds() - cpu,
	]);
	if (!project) return printProblems(problems, io, `nothing was built; ${dist} is unchanged`);
	const edition = editionFor(buildAudience(), suppressionThreshold(project.manifest));
	io.stdout(
		`${edition.name}: ${edition.threshold === null ? 'små tall vises, ikke for publisering.' : `tall fra 1 til ${edition.threshold} skjules.`}\n`,
	);
	io.stdout(
		`${project.areas.municipalities.length} kommuner, ${project.dataset.ukp.length} UKP-rader, ${project.rollup.months.length} måneder til ${project.rollup.latestMonth}, ${project.reports.length} rapporter\n`,
	);

	// Step 2: Astro, with its own stages timed into a file.
	const temp = `${dist}.building-${process.pid}`;
	const timingFile = join(mkdtempSync(join(tmpdir(), 'build-timings-')), 'timings.tsv');
	const [astroStarted, astroCpu] = [performance.now(), childrenCpuSeconds()];
	const outcome = await runInterruptibly(process.execPath, [ASTRO, 'build', '--silent'], {
		OUT_DIR: temp,
		DATA_DIR: dir,
		BUILD_TIMINGS: timingFile,
	});
	const astroSeconds = (performance.now() - astroStarted) / 1000;
	const astroCpuSeconds = childrenCpuSeconds() - astroCpu;
	if (outcome !== 'ok') {
		rmSync(temp, { recursive: true, force: true });
		io.stderr(
			`${outcome === 'interrupted' ? 'Interrupted' : 'astro build failed'}. Nothing was published; ${dist} is unchanged.\n`,
		);
		return outcome === 'interrupted' ? 130 : 1;
	}
	timings.push(...astroStages(timingFile, astroSeconds, astroCpuSeconds));

	// Step 3: publish.
	const old = `${dist}.old-${process.pid}`;
	if (existsSync(dist)) renameSync(dist, old);
	renameSync(temp, dist);
	rmSync(old, { recursive: true, force: true });
	io.stdout(`\nFerdig:${' '.repeat(31)}tid        CPU\n`);
	for (const [label, wall, cpu] of timings)
		io.stdout(
			`  ${label.padEnd(34)} ${wall.toFixed(1).padStart(6)} s ${cpu.toFixed(1).padStart(6)} s\n`,
		);
	return 0;
}

/** Returns the stages of the Astro run: its own hooks as timed, the rest (wall and CPU) as "the pages". */
function astroStages(file: string, wall: number, cpu: number): Stage[] {
	const hooks = existsSync(file)
		? readFileSync(file, 'utf8')
				.split('\n')
				.filter(Boolean)
				.map((line) => line.split('\t'))
		: [];
	const stages = hooks.map(([label, w, c]): Stage => [
		HOOK_STAGES[label] ?? label,
		Number(w),
		Number(c),
	]);
	const sum = (k: 1 | 2) => stages.reduce((s, stage) => s + stage[k], 0);
	return [['Nettsidene (Astro)', wall - sum(1), cpu - sum(2)], ...stages];
}

// A crash (power, SIGKILL) can leave temporary folders behind, some with a partner build's small
// counts: every build starts by removing them.
function removeStale(dist: string): void {
	const parent = dirname(dist);
	if (!existsSync(parent)) return;
	for (const name of readdirSync(parent)) {
		if (name.startsWith(`${basename(dist)}.building-`) || name.startsWith(`${basename(dist)}.old-`))
			rmSync(join(parent, name), { recursive: true, force: true });
	}
}

/**
 * Runs a command in a process group of its own and returns `ok`, `failed`, or `interrupted` when
 * this process got SIGINT/SIGTERM/SIGHUP or lost its parent (the npm that started it was killed);
 * then the whole group (Astro, Chromium, the PNG renderers) is stopped before it returns.
 */
function runInterruptibly(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv,
): Promise<'ok' | 'failed' | 'interrupted'> {
	const child = spawn(command, args, {
		stdio: 'inherit',
		detached: true,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	const lineage = ancestors();
	let interrupted = false;
	return new Promise((done) => {
		const stop = () => {
			interrupted = true;
			killGroup(child);
		};
		const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
		for (const signal of signals) process.on(signal, stop);
		// `npm run build` starts sh, which starts tsx, which starts this process: a kill of npm reaches none of them.
		const orphaned = setInterval(() => lineage.some((pid) => !isAlive(pid)) && stop(), 250);
		child.on('exit', (code) => {
			clearInterval(orphaned);
			for (const signal of signals) process.off(signal, stop);
			done(interrupted ? 'interrupted' : code === 0 ? 'ok' : 'failed');
		});
	});
}

/** Returns the pids of this process's parent, its parent's parent … up to (not including) init. */
function ancestors(): number[] {
	const out: number[] = [];
	let pid = process.ppid;
	while (pid > 1 && out.length < 32) {
		out.push(pid);
		try {
			// /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its ")".
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		} catch {
			break; // no /proc: the parent alone is watched
		}
	}
	return out;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function killGroup(child: ChildProcess): void {
	try {
		if (child.pid) process.kill(-child.pid, 'SIGTERM');
	} catch {
		// the group has exited already
	}
}

runIfMain(import.meta.url, main);
