import type { Project } from '../../src/lib/project/load-project';
import { dataDir, readProject } from '../../src/loaders/project';
import { printProblems, type CliIo } from './cli';

/**
 * Returns the numbers of a data folder (`--data`, else DATA_DIR or data/) for the exports, which other
 * tools may hand only the contract CSV files: targets and manifest then come from data/, with a
 * warning on stderr. A folder with problems gives the exit code after printing them.
 */
export function readNumbers(dir: string | undefined, io: CliIo): Project | number {
	const { project, problems, warnings } = readProject(dir ?? dataDir(), {
		scope: 'numbers',
		fallbackDir: 'data',
	});
	for (const warning of warnings) io.stderr(`${warning}\n`);
	return project ?? printProblems(problems, io);
}
