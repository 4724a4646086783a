import { DataError, type DataIssue } from '../src/lib/issues';
import { loadDataset } from '../src/loaders/dataset';

/** The loaders of every data file; each throws a DataError listing its problems. */
const LOADERS: ((dir: string) => unknown)[] = [loadDataset];

/** Loads every data file of `dir` and throws one DataError with every problem of every file. */
export function validateAllData(dir: string): void {
	const issues: DataIssue[] = [];
	for (const load of LOADERS) {
		try {
			load(dir);
		} catch (error) {
			if (!(error instanceof DataError)) throw error;
			issues.push(...error.issues);
		}
	}
	if (issues.length > 0) throw new DataError(dedupe(issues));
}

// Several loaders read the manifest; its problems are reported once.
function dedupe(issues: DataIssue[]): DataIssue[] {
	const seen = new Set<string>();
	return issues.filter((i) => {
		const key = `${i.file}:${i.line}:${i.column}:${i.message}`;
		return !seen.has(key) && !!seen.add(key);
	});
}
