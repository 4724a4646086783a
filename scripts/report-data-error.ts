import { DataError, formatIssue } from '../src/lib/issues';

/** Prints a data error as one `FILE:LINE: COLUMN: message` line per problem and returns exit code 1; rethrows anything else. */
export function reportDataError(error: unknown): number {
	if (!(error instanceof DataError)) throw error;
	for (const issue of error.issues) console.error(formatIssue(issue));
	console.error(`${error.issues.length} ${error.issues.length === 1 ? 'problem' : 'problems'} found; nothing was computed.`);
	return 1;
}
