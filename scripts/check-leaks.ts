// Audits a built public site as an attacker would: `npm run check:leaks -- --site DIR [--data DIR]`.
// Reads every number the site publishes (CSV downloads, count cells of the pages, the calculator's
// data), writes them as equations over the protected table of the data folder, and runs the privacy
// audit (linear programming, HiGHS). Prints each leak with the numbers that give it away; exit 1 on
// a leak or on a number it cannot place.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSite, type SiteCheck } from '../src/lib/privacy/check-site';
import type { Leak } from '../src/lib/privacy/audit';
import type { ProtectedTable } from '../src/lib/privacy/protected-table';
import { treatmentOf, type SiteContext, type SiteFile } from '../src/lib/privacy/read-site';
import type { Project } from '../src/lib/project/load-project';
import { buildCheckerTable } from '../src/lib/privacy/withheld';
import { publicTableOf, suppressionThreshold } from '../src/lib/site';
import { dataDir, readProject } from '../src/loaders/project';
import {
	printProblems,
	readOptions,
	runIfMain,
	UsageError,
	withUsage,
	type CliIo,
} from './lib/cli';

const USAGE =
	'use --site DIR (a built public site) and --data DIR (the data folder it was built from)';

/** Leaks and problems printed in full; the rest are counted (one is enough to fail). */
const MAX_PRINTED = 50;

/** Runs the leak checker and returns its exit code: 0 clean, 1 leaks or unplaced numbers, 2 usage. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	return withUsage(io, async () => {
		const options = readOptions(
			argv,
			{ site: { type: 'string' }, data: { type: 'string' } },
			USAGE,
		);
		const site = options.site ?? 'dist';
		if (!existsSync(join(site, 'index.html')) && !existsSync(join(site, 'kpi')))
			throw new UsageError(`--site ${site}: not a built site (no index.html)`);
		const { project, problems } = readProject(options.data ?? dataDir());
		if (!project) return printProblems(problems, io, 'the site was not checked');
		const { sources } = publicTableOf(project, project.comparisonFiles);
		const table = buildCheckerTable(sources, suppressionThreshold(project.manifest));
		const { files, notRead } = readSiteFolder(site);
		const check = await checkSite(files, contextOf(project, table), {
			clock: () => performance.now(),
		});
		printFindings(check, table, io);
		printSummary(
			check,
			files.filter((f) => treatmentOf(f.path).read).length,
			notRead,
			table.threshold,
			io,
		);
		return check.audit.leaks.length > 0 || check.problems.length > 0 ? 1 : 0;
	});
}

// Every file, with its text where the checker reads it; the others counted by the reason they are not read.
function readSiteFolder(site: string): { files: SiteFile[]; notRead: Map<string, number> } {
	const files: SiteFile[] = [];
	const notRead = new Map<string, number>();
	for (const full of walk(site)) {
		const path = relative(site, full).split(sep).join('/');
		const treatment = treatmentOf(path);
		files.push({ path, text: treatment.read ? readFileSync(full, 'utf8') : '' });
		if (!treatment.read) notRead.set(treatment.why, (notRead.get(treatment.why) ?? 0) + 1);
	}
	return { files, notRead };
}

function walk(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) =>
			statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
		);
}

// What anyone reading the pages knows: populations (the area pages state them) and the payment rules.
function contextOf(project: Project, table: ProtectedTable): SiteContext {
	const { areas, comparison } = project;
	const populations = new Map(
		[areas.all, ...areas.clusters, ...areas.municipalities].map((a) => [
			a.id,
			{ p67: a.population67, p80: a.population80 },
		]),
	);
	const settings = comparison?.data.settings;
	const rules = settings
		? { freeDays: settings.sweden.free_days, liablePays: settings.halland.liable_pays }
		: null;
	return { table, populations, rules };
}

function printFindings(check: SiteCheck, table: ProtectedTable, io: CliIo): void {
	const { leaks } = check.audit;
	for (const leak of leaks.slice(0, MAX_PRINTED)) io.stderr(formatLeak(leak, table));
	if (leaks.length > MAX_PRINTED) io.stderr(`… and ${leaks.length - MAX_PRINTED} more leaks\n`);
	for (const problem of check.problems.slice(0, MAX_PRINTED)) io.stderr(`problem: ${problem}\n`);
	if (check.problems.length > MAX_PRINTED)
		io.stderr(`… and ${check.problems.length - MAX_PRINTED} more problems\n`);
}

/** Returns a leak as the checker prints it: the count, what an attacker can tell, and the published numbers that tell it. */
export function formatLeak(leak: Leak, table: ProtectedTable): string {
	const group = table.groups.find((g) => g.spec.id === leak.group);
	const name = group?.areas[group.areaIndex.get(leak.area) ?? -1]?.name ?? leak.area;
	const area = name === leak.area ? leak.area : `${name} (${leak.area})`;
	const [lo, hi] = leak.interval;
	const range = lo === hi ? `exactly ${lo}` : `${lo}–${hi === Infinity ? '∞' : hi}`;
	return `leak: ${leak.measure} ${area} ${leak.period} = ${leak.value}: an attacker can tell it is ${range}, because\n${leak.because.map((b) => `  ${b}\n`).join('')}`;
}

function printSummary(
	check: SiteCheck,
	read: number,
	notRead: Map<string, number>,
	threshold: number,
	io: CliIo,
): void {
	const { audit } = check;
	for (const [why, n] of notRead)
		io.stdout(`not read: ${n} ${n === 1 ? 'file' : 'files'}: ${why}\n`);
	io.stdout(
		`${read} files read: ${check.numbers} counts and ${check.equations} other equations. ` +
			`${audit.cellsChecked} protected counts from 1 to ${threshold} checked (${audit.certified} cleared by a move, ${audit.lpSolved} LPs in ${audit.blocks} blocks) ` +
			`in ${(audit.seconds ?? 0).toFixed(1)} s: ${audit.leaks.length} ${audit.leaks.length === 1 ? 'leak' : 'leaks'}, ${check.problems.length} ${check.problems.length === 1 ? 'problem' : 'problems'}.\n`,
	);
}

runIfMain(import.meta.url, main);
