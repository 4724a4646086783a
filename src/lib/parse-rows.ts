import type { z } from 'zod';
import { EMPTY_RULE } from './cells';
import { parseCsv } from './csv';
import type { DataIssue } from './issues';

/** A parsed row with the line it came from, so later rules can point back at it. */
export type Lined<T> = T & { line: number };

export interface ParsedRows<T> {
	rows: Lined<T>[];
	issues: DataIssue[];
}

/**
 * Returns the rows of a CSV text that pass `schema`, and one issue per bad cell of the others:
 * `"<value>" <rule>` on the cell's column, or `is empty; <rule>` (just the rule when it is
 * `must not be empty`). A row with any bad cell is left out of `rows`, so callers must stop on
 * issues rather than compute from a partial table.
 */
export function parseRows<S extends z.ZodType<unknown, Record<string, string>>>(
	text: string,
	file: string,
	columns: readonly string[],
	schema: S,
): ParsedRows<z.output<S>> {
	const table = parseCsv(text, file, columns);
	const issues = [...table.issues];
	const rows: Lined<z.output<S>>[] = [];
	if (issues.some((i) => i.line === 1)) return { rows, issues }; // the header is wrong: every row would be too
	for (const { line, cells } of table.records) {
		const result = schema.safeParse(cells);
		if (result.success) {
			rows.push({ ...(result.data as object), line } as Lined<z.output<S>>);
			continue;
		}
		for (const issue of result.error.issues) {
			const column = String(issue.path[0] ?? '-');
			const value = cells[column] ?? '';
			const message = withCellValue(value, issue.message);
			issues.push({ file, line, column, message });
		}
	}
	return { rows, issues };
}

// An empty cell has no value to quote; "is empty; must not be empty" would say the same twice.
function withCellValue(value: string, rule: string): string {
	if (value !== '') return `"${value}" ${rule}`;
	return rule.startsWith(EMPTY_RULE) ? rule : `is empty; ${rule}`;
}
