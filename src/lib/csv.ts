import type { DataIssue } from './issues';

/** A data record of a CSV file: its cells by column name and the line it starts on (header = 1). */
export interface CsvRecord {
	line: number;
	cells: Record<string, string>;
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	issues: DataIssue[];
}

/** The fields of each record (not yet trimmed), with the line it starts on. */
export interface CsvRow {
	line: number;
	fields: string[];
}

/** A CSV text read against its columns: the header, the records with the header's field count, and every problem. */
export interface CsvFields {
	header: string[];
	rows: CsvRow[];
	issues: DataIssue[];
}

/**
 * Returns the records of a comma-separated UTF-8 text with a header row. Accepts a byte-order
 * mark, CRLF or LF line ends and RFC 4180 quoting; skips blank lines. Reports a missing or
 * unexpected column (on line 1) and a record whose field count differs from the header's; a
 * semicolon-separated file gets one issue on line 1 and no records.
 * Cells are trimmed of surrounding spaces; nothing else is changed.
 */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvTable {
	const { header, rows, issues } = readCsvFields(text, file, columns);
	const records = rows.map(({ line, fields }) => {
		const cells: Record<string, string> = {};
		header.forEach((name, i) => (cells[name] = fields[i].trim()));
		return { line, cells };
	});
	return { header, records, issues };
}

/** Returns what {@link parseCsv} returns, with each record's fields in header order instead of a map (for the large files). */
export function readCsvFields(text: string, file: string, columns: readonly string[]): CsvFields {
	const rows = tokenize(text.replace(/^\uFEFF/, ''));
	const issues: DataIssue[] = [];
	if (rows.length === 0) {
		issues.push({
			file,
			line: 1,
			column: '-',
			message: 'the file is empty; expected a header row',
		});
		return { header: [], rows: [], issues };
	}
	const header = rows[0].fields.map((name) => name.trim());
	// Norwegian Excel saves "CSV" with semicolons: the whole header is then one unknown column, and
	// every column would be reported missing. One line says what to do instead.
	if (header.length === 1 && header[0].includes(';')) {
		issues.push({
			file,
			line: 1,
			column: '-',
			message: 'the file is separated by semicolons; save it as comma-separated CSV (UTF-8)',
		});
		return { header, rows: [], issues };
	}
	issues.push(...headerIssues(header, columns, file));
	const kept: CsvRow[] = [];
	for (let r = 1; r < rows.length; r++) {
		const { line, fields } = rows[r];
		if (fields.length === header.length) kept.push(rows[r]);
		else
			issues.push({
				file,
				line,
				column: '-',
				message: `has ${fields.length} fields, the header has ${header.length}`,
			});
	}
	return { header, rows: kept, issues };
}

function headerIssues(header: string[], columns: readonly string[], file: string): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const column of columns) {
		if (!header.includes(column)) issues.push({ file, line: 1, column, message: 'missing column' });
	}
	header.forEach((name, i) => {
		if (!columns.includes(name)) {
			issues.push({
				file,
				line: 1,
				column: name || `#${i + 1}`,
				message: `unknown column; expected ${columns.join(', ')}`,
			});
		} else if (header.indexOf(name) !== i) {
			issues.push({ file, line: 1, column: name, message: 'column appears twice' });
		}
	});
	return issues;
}

type RawRow = CsvRow;

// A hand-written tokenizer rather than a library parser, because every error must name the
// line a record starts on, and quoted cells may span lines. Lines without a quote (nearly all of
// them) are split by slicing, which is several times faster than reading character by character.
function tokenize(text: string): RawRow[] {
	const rows: RawRow[] = [];
	let line = 1;
	let at = 0;
	while (at < text.length) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		const lineEnd = end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
		const raw = text.slice(at, lineEnd);
		if (raw.includes('"') || raw.includes('\r')) {
			const quoted = readQuotedRecord(text, at, line);
			if (quoted.fields) rows.push({ line, fields: quoted.fields });
			line = quoted.nextLine;
			at = quoted.next;
			continue;
		}
		if (raw !== '') rows.push({ line, fields: raw.split(',') });
		line++;
		at = end + 1;
	}
	return rows;
}

// Reads one record that has quotes (or a lone CR) character by character, from `start` to the
// end of the record; returns its fields (null for a blank record) and where the next one begins.
function readQuotedRecord(
	text: string,
	start: number,
	line: number,
): { fields: string[] | null; next: number; nextLine: number } {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	let blank = true;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
			else if (c === '"') quoted = false;
			else {
				if (c === '\n') line++;
				field += c;
			}
		} else if (c === '"') ((quoted = true), (blank = false));
		else if (c === ',') (fields.push(field), (field = ''), (blank = false));
		else if (c === '\r' && text[i + 1] === '\n') continue;
		else if (c === '\n' || c === '\r') {
			fields.push(field);
			return {
				fields: blank && fields.length === 1 && field === '' ? null : fields,
				next: i + 1,
				nextLine: line + 1,
			};
		} else ((field += c), (blank = false));
	}
	fields.push(field);
	return {
		fields: blank && fields.length === 1 && field === '' ? null : fields,
		next: text.length,
		nextLine: line + 1,
	};
}

/**
 * Returns text that no spreadsheet runs as a formula: text starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading apostrophe, as OWASP recommends for CSV downloads; a number
 * written as text (`-3`, `+4.5`) is left as it is.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutralizeFormula(text: string): string {
	if (!/^[=+\-@\t\r]/.test(text)) return text;
	return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? text : `'${text}`;
}

/** A value of a CSV cell: `null` (and `undefined`) is an empty cell, missing rather than 0. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Returns rows as CSV text: UTF-8 without a byte-order mark, comma-separated, the header first,
 * LF line ends, RFC 4180 quoting of text with commas, quotes or line breaks. Numbers are written
 * with a dot, rounded to `decimals` decimals when given (as the page shows them) and in full
 * otherwise; `null`, `undefined` and non-finite numbers are empty cells. Text that a spreadsheet
 * would run as a formula gets a leading apostrophe ({@link neutralizeFormula}).
 */
export function formatCsv(
	columns: readonly string[],
	rows: readonly object[],
	decimals?: number,
): string {
	const cell = (v: CsvValue) => {
		if (v === null || v === undefined) return '';
		if (typeof v === 'number')
			return !Number.isFinite(v)
				? ''
				: decimals === undefined
					? String(v)
					: String(Number(v.toFixed(decimals)));
		const s = neutralizeFormula(String(v));
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	let text = columns.map(neutralizeFormula).join(',') + '\n';
	for (const row of rows)
		text += columns.map((c) => cell((row as Record<string, CsvValue>)[c])).join(',') + '\n';
	return text;
}
