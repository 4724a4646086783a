// Prints the six KPIs per area and period: `npm run kpis -- --data DIR --format json|csv [--audience public]`.
import { formatExportCsv, toExportRecords } from '../src/lib/kpi/export';
import { computeKpisFor } from '../src/lib/site';
import { dataDir, readProject } from '../src/loaders/project';
import {
	printProblems,
	readOptions,
	runIfMain,
	UsageError,
	withUsage,
	type CliIo,
} from './lib/cli';

const USAGE = 'use --data DIR, --format json|csv and --audience partner|public';

/** Runs the KPI export and returns its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	return withUsage(io, async () => {
		const options = readOptions(
			argv,
			{ data: { type: 'string' }, format: { type: 'string' }, audience: { type: 'string' } },
			USAGE,
		);
		const format = options.format ?? 'json';
		if (format !== 'json' && format !== 'csv')
			throw new UsageError(`--format must be json or csv, not "${format}"`);
		// Analysts get every number by default; `--audience public` gives what the public site shows.
		const audience = options.audience ?? 'partner';
		if (audience !== 'partner' && audience !== 'public')
			throw new UsageError(`--audience must be partner or public, not "${audience}"`);
		// Other tools may hand over only the monthly CSV files: targets and manifest then come from data/.
		const { project, problems, warnings } = readProject(options.data ?? dataDir(), {
			scope: 'numbers',
			fallbackDir: 'data',
		});
		for (const warning of warnings) io.stderr(`${warning}\n`);
		if (!project) return printProblems(problems, io);
		const rows = toExportRecords(await computeKpisFor(project, audience));
		io.stdout(format === 'json' ? `${JSON.stringify(rows, null, 1)}\n` : formatExportCsv(rows));
		return 0;
	});
}

runIfMain(import.meta.url, main);
