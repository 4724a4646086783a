import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, sortIssues } from '../../src/lib/issues';
import { loadProject } from '../../src/lib/project/load-project';
import { nodeIo } from '../../src/loaders/node-io';

/** The folder holding one sub-folder per case. */
export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = join(CORPUS_DIR, '..', '..');
/** The folders a case may overlay, each copied from the repository's good version. */
const FOLDERS = ['data', 'reports'] as const;

/** Returns the names of the corpus cases: every sub-folder with an `expected.txt`. */
export function listCases(): string[] {
	return readdirSync(CORPUS_DIR)
		.filter((name) => statSync(join(CORPUS_DIR, name)).isDirectory() && existsSync(join(CORPUS_DIR, name, 'expected.txt')))
		.sort();
}

/** Returns the lines a case expects; an empty `expected.txt` means the data must pass. */
export function expectedLines(name: string): string[] {
	return readFileSync(join(CORPUS_DIR, name, 'expected.txt'), 'utf8').split('\n').filter((line) => line !== '');
}

/**
 * Returns the `FILE:LINE: COLUMN: message` lines that validation reports for a case, with FILE
 * relative as `data/…` or `reports/…`. The case's `data/` and `reports/` folders are laid over
 * copies of the good ones, after deleting each path in its optional `remove.txt` (relative to the
 * repository, e.g. `data/manifest.yaml`), so a case holds only what it breaks.
 */
export function runCase(name: string): string[] {
	const root = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
	try {
		for (const folder of FOLDERS) cpSync(join(REPO, folder), join(root, folder), { recursive: true });
		for (const path of removals(name)) rmSync(join(root, path), { recursive: true, force: true });
		for (const folder of FOLDERS) {
			const overlay = join(CORPUS_DIR, name, folder);
			if (existsSync(overlay)) cpSync(overlay, join(root, folder), { recursive: true });
		}
		return validationLines(join(root, 'data'), join(root, 'reports')).map((line) => line.split(`${root}/`).join(''));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

function removals(name: string): string[] {
	const path = join(CORPUS_DIR, name, 'remove.txt');
	return existsSync(path) ? readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
}

// The build's own loader, so the corpus tests what a user of `npm run build` would see.
function validationLines(dir: string, reports: string): string[] {
	return sortIssues(loadProject(dir, nodeIo, { reportsDir: reports }).problems).map(formatIssue);
}
