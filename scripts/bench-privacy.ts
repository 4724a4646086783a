/**
 * Measures the privacy engine (issue 16): protected table, choice of hidden cells, audit.
 *
 *   npx tsx scripts/bench-privacy.ts [--data DIR] [--small] [--national] [--cycles]
 *
 * For each data set: how many nodes (area × period) and leaf cells (municipality-month × column)
 * are hidden as primary (a count from 1 to 4) and extra (to protect them), how many mending rounds
 * the audit needed, how many protected counts it checked, cleared by a checked move or needed an
 * LP, and the time of each step (wall and CPU seconds). `--small` adds the bundled data with every
 * count ÷ 10, `--national` the seeded national benchmark set (357 municipalities × 240 months),
 * `--cycles` the synchronous choice with cycles instead of audit-and-mend.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { auditPublication } from '../src/lib/privacy/audit';
import { hiddenStats } from '../src/lib/privacy/hidden-set';
import { loadSolver } from '../src/lib/privacy/lp';
import { protectTable } from '../src/lib/privacy/protect';
import { publicationOf } from '../src/lib/privacy/publication';
import { chooseHiddenCells } from '../src/lib/privacy/suppress';
import { tableOfFolder } from '../test/helpers/privacy';
import { smallCountDataDir } from '../test/helpers/small-counts';
import { writeNationalData } from './bench-data';
import { readOptions } from './lib/cli';

const options = readOptions(
	process.argv.slice(2),
	{
		data: { type: 'string' },
		small: { type: 'boolean' },
		national: { type: 'boolean' },
		cycles: { type: 'boolean' },
	},
	'use [--data DIR] [--small] [--national] [--cycles]',
);
const sets: [string, () => string][] = [['bundled', () => options.data ?? 'data']];
if (options.small) sets.push(['small counts (÷ 10)', smallCountDataDir]);
if (options.national) sets.push(['national (357 × 240)', () => nationalDir()]);

function nationalDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'national-'));
	writeNationalData(dir);
	return dir;
}

// Wall and CPU seconds of a step.
async function timed<T>(
	run: () => T | Promise<T>,
): Promise<{ value: T; wall: number; cpu: number }> {
	const [wall, cpu] = [performance.now(), process.cpuUsage()];
	const value = await run();
	const used = process.cpuUsage(cpu);
	return { value, wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const seconds = (t: { wall: number; cpu: number }) =>
	`${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s)`;

async function measure(label: string, dir: string) {
	const solver = await loadSolver();
	const table = await timed(() => tableOfFolder(dir));
	const protect =
		options.cycles === true
			? await timed(async () => {
					const hidden = chooseHiddenCells(table.value, { cycles: true });
					return {
						hidden,
						audit: await auditPublication(publicationOf(hidden), { solver }),
						rounds: 1,
						mended: 0,
					};
				})
			: await timed(() => protectTable(table.value, { solver }));
	const choice = await timed(() =>
		chooseHiddenCells(table.value, { cycles: options.cycles === true }),
	);
	const { audit, rounds, mended, hidden } = protect.value;
	console.log(`\n## ${label}: ${dir}`);
	console.log(
		`table ${seconds(table)}; synchronous choice ${seconds(choice)}; choice + audit + mending ${seconds(protect)}`,
	);
	console.log(
		`audit rounds ${rounds}, nodes hidden by mending ${mended}; last audit: ${audit.cellsChecked} protected counts, ${audit.certified} cleared by a checked move, ${audit.blocks} blocks with ${audit.lpSolved} LPs, ${audit.leaks.length} leaks`,
	);
	console.table(hiddenStats(hidden));
}

for (const [label, dir] of sets) await measure(label, dir());
