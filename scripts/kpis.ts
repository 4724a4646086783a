// Prints the six KPIs per area and period: `npm run kpis -- --data DIR --format json|csv [--audience public]`.
import { formatExportCsv, toExportRecords } from '../src/lib/kpi/export';
import { computeKpisFor } from '../src/lib/site';
import { oneOf, readOptions, runIfMain, withUsage, type CliIo } from './lib/cli';
import { readNumbers } from './lib/read-numbers';

const USAGE = 'use --data DIR, --format json|csv and --audience partner|public';

/** Runs the KPI export and returns its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	return withUsage(io, async () => {
		const options = readOptions(
			argv,
			{ data: { type: 'string' }, format: { type: 'string' }, audience: { type: 'string' } },
			USAGE,
		);
		const format = oneOf('format', options.format, ['json', 'csv'], 'json');
		// Analysts get every number by default; `--audience public` gives what the public site shows.
		const audience = oneOf('audience', options.audience, ['partner', 'public'], 'partner');
		// Other tools may hand over only the monthly CSV files: targets and manifest then come from data/.
		const project = readNumbers(options.data, io);
		if (typeof project === 'number') return project;
		const rows = toExportRecords(await computeKpisFor(project, audience));
		io.stdout(format === 'json' ? `${JSON.stringify(rows, null, 1)}\n` : formatExportCsv(rows));
		return 0;
	});
}

runIfMain(import.meta.url, main);
