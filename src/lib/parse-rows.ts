import { CellProblem, EMPTY_RULE, INVALID, type CellRule } from './cells';
import { readCsvFields } from './csv';
import type { DataIssue } from './issues';

/** A parsed row with the line it came from, so later rules can point back at it. */
export type Lined<T> = T & { line: number };

export interface ParsedRows<T> {
	rows: Lined<T>[];
	issues: DataIssue[];
}

/** The cells of a CSV file by column, in contract order, and how a row of their values becomes a record. */
export interface RowSpec<Cells extends Record<string, unknown>, Row> {
	cells: { [K in keyof Cells]: CellRule<Cells[K]> };
	toRow(cells: Cells): Row;
}

/** Returns the column names of a row spec, in contract order. */
export function specColumns(spec: RowSpec<Record<string, unknown>, unknown>): string[] {
	return Object.keys(spec.cells);
}

/**
 * Returns the rows of a CSV text whose every cell passes its rule, and one issue per bad cell of
 * the others: `"<value>" <rule>` on the cell's column, or `is empty; <rule>` (just the rule when
 * it is `must not be empty`). A row with any bad cell is left out of `rows`, so callers must stop
 * on issues rather than compute from a partial table.
 */
export function parseRows<Cells extends Record<string, unknown>, Row>(
	text: string,
	file: string,
	spec: RowSpec<Cells, Row>,
): ParsedRows<Row> {
	const columns = Object.keys(spec.cells) as (keyof Cells & string)[];
	const table = readCsvFields(text, file, columns);
	const issues = [...table.issues];
	const rows: Lined<Row>[] = [];
	if (issues.some((i) => i.line === 1)) return { rows, issues }; // the header is wrong: every row would be too
	const rules = columns.map((c) => spec.cells[c]);
	const at = columns.map((c) => table.header.indexOf(c));
	for (const { line, fields } of table.rows) {
		const values = {} as Cells;
		let ok = true;
		for (let i = 0; i < columns.length; i++) {
			const text = fields[at[i]].trim();
			const value = rules[i].parse(text);
			if (value === INVALID || value instanceof CellProblem) {
				ok = false;
				const rule = value instanceof CellProblem ? value.rule : rules[i].rule;
				issues.push({
					file,
					line,
					column: columns[i],
					message: withCellValue(printable(text), rule),
				});
			} else values[columns[i]] = value as Cells[keyof Cells & string];
		}
		if (ok) rows.push(Object.assign(spec.toRow(values) as object, { line }) as Lined<Row>);
	}
	return { rows, issues };
}

// An empty cell has no value to quote; "is empty; must not be empty" would say the same twice.
function withCellValue(value: string, rule: string): string {
	if (value !== '') return `"${value}" ${rule}`;
	return rule.startsWith(EMPTY_RULE) ? rule : `is empty; ${rule}`;
}

// A control character in a message would garble the terminal or the log: show it as \u0000.
function printable(text: string): string {
	return text.replace(
		/[\u0000-\u001f\u007f-\u009f]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
