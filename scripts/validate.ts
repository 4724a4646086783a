// Checks every file of a data folder and every report definition: `npm run validate -- --data DIR`.
import { dataDir, readProject } from '../src/loaders/project';
import { printProblems, readOptions, runIfMain, withUsage, type CliIo } from './lib/cli';

/** Validates the data folder and the reports and returns the exit code: 0 when all is well. */
export function main(argv: string[], io: CliIo): number {
	return withUsage(io, () => {
		const options = readOptions(
			argv,
			{ data: { type: 'string' }, reports: { type: 'string' } },
			'use --data DIR and --reports DIR',
		);
		const dir = options.data ?? dataDir();
		const { project, problems } = readProject(
			dir,
			options.reports ? { reportsDir: options.reports } : {},
		);
		if (!project) return printProblems(problems, io, 'fix them and run again');
		io.stdout(`${dir}: OK\n`);
		return 0;
	});
}

runIfMain(import.meta.url, main);
