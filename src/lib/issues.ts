/**
 * One problem found in an input file. `line` counts the header (or a YAML file's first line) as 1;
 * `column` is the column name, a dotted YAML path, or `-` for a whole-row problem.
 */
export interface DataIssue {
	file: string;
	line: number;
	column: string;
	message: string;
}

/** Adds every issue of `more` to `into` (a spread of a hundred thousand issues would overflow the stack). */
export function addIssues(into: DataIssue[], ...more: readonly (readonly DataIssue[])[]): void {
	for (const list of more) for (const issue of list) into.push(issue);
}

/** Returns the issue as `FILE:LINE: COLUMN: message`, the format other tools parse. */
export function formatIssue({ file, line, column, message }: DataIssue): string {
	return `${file}:${line}: ${column}: ${message}`;
}

/** Returns the issues sorted by file, then line, then column, so reports read top to bottom. */
export function sortIssues(issues: DataIssue[]): DataIssue[] {
	return [...issues].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column.localeCompare(b.column),
	);
}

/** Thrown when input data breaks the contract; carries every problem found, not just the first. */
export class DataError extends Error {
	readonly issues: DataIssue[];
	constructor(issues: DataIssue[]) {
		const sorted = sortIssues(issues);
		const more = sorted.length > 200 ? [`… and ${sorted.length - 200} more problems`] : [];
		super([...sorted.slice(0, 200).map(formatIssue), ...more].join('\n'));
		this.name = 'DataError';
		this.issues = sorted;
	}
}
