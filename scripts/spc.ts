// Prints the SPC (XmR) chart of every KPI series: `npm run spc -- --data DIR --format json|csv`.
import { computeKpis } from '../src/lib/kpi/compute';
import {
	computeSpc,
	formatSpcCsv,
	formatSpcJson,
	monthlyValuesOf,
	spcInputsFromValues,
} from '../src/lib/spc';
import { oneOf, readOptions, runIfMain, withUsage, type CliIo } from './lib/cli';
import { readNumbers } from './lib/read-numbers';

const USAGE = 'use --data DIR and --format json|csv';

/**
 * Returns the exit code of the SPC export for `argv`: 0 with the JSON or CSV on stdout; 2 with one
 * line naming the option for a usage error; 1 with one `FILE:LINE: COLUMN: message` line per data
 * problem (`spc.yaml` included). Computed on every number, like the KPI export.
 */
export function main(argv: string[], io: CliIo): number {
	return withUsage(io, () => {
		const options = readOptions(
			argv,
			{ data: { type: 'string' }, format: { type: 'string' } },
			USAGE,
		);
		const format = oneOf('format', options.format, ['json', 'csv'], 'json');
		// Like the KPI export it needs only the contract CSV files (and spc.yaml where given).
		const project = readNumbers(options.data, io);
		if (typeof project === 'number') return project;
		const result = computeSpc(
			spcInputsFromValues(monthlyValuesOf(computeKpis(project)), project.targets),
			project.spc,
		);
		io.stdout(format === 'json' ? formatSpcJson(result) : formatSpcCsv(result));
		return 0;
	});
}

runIfMain(import.meta.url, main);
