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

/**
 * Returns the records of a comma-separated UTF-8 text with a header row. Accepts a byte-order
 * mark, CRLF or LF line ends and RFC 4180 quoting; skips blank lines. Reports a missing or
 * unexpected column (on line 1) and a record whose field count differs from the header's; a
 * semicolon-separated file gets one issue on line 1 and no records.
 * Cells are trimmed of surrounding spaces; nothing else is changed.
 */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvTable {
	const rows = tokenize(text.replace(/^\uFEFF/, ''));
	const issues: DataIssue[] = [];
	if (rows.length === 0) {
		issues.push({ file, line: 1, column: '-', message: 'the file is empty; expected a header row' });
		return { header: [], records: [], issues };
	}
	const header = rows[0].fields.map((name) => name.trim());
	// Norwegian Excel saves "CSV" with semicolons: the whole header is then one unknown column, and
	// every column would be reported missing. One line says what to do instead.
	if (header.length === 1 && header[0].includes(';')) {
		issues.push({ file, line: 1, column: '-', message: 'the file is separated by semicolons; save it as comma-separated CSV (UTF-8)' });
		return { header, records: [], issues };
	}
	for (const column of columns) {
		if (!header.includes(column)) issues.push({ file, line: 1, column, message: 'missing column' });
	}
	header.forEach((name, i) => {
		if (!columns.includes(name)) {
			issues.push({ file, line: 1, column: name || `#${i + 1}`, message: `unknown column; expected ${columns.join(', ')}` });
		} else if (header.indexOf(name) !== i) {
			issues.push({ file, line: 1, column: name, message: 'column appears twice' });
		}
	});
	const records: CsvRecord[] = [];
	for (const { line, fields } of rows.slice(1)) {
		if (fields.length !== header.length) {
			issues.push({ file, line, column: '-', message: `has ${fields.length} fields, the header has ${header.length}` });
			continue;
		}
		const cells: Record<string, string> = {};
		header.forEach((name, i) => (cells[name] = fields[i].trim()));
		records.push({ line, cells });
	}
	return { header, records, issues };
}

interface RawRow {
	line: number;
	fields: string[];
}

// A hand-written tokenizer rather than a library parser, because every error must name the
// line a record starts on, and quoted cells may span lines.
function tokenize(text: string): RawRow[] {
	const rows: RawRow[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let start = 1;
	let quoted = false;
	let blank = true;
	const endRow = () => {
		fields.push(field);
		if (!(blank && fields.length === 1 && field === '')) rows.push({ line: start, fields });
		fields = [];
		field = '';
		blank = true;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else {
				if (c === '\n') line++;
				field += c;
			}
		} else if (c === '"') (quoted = true), (blank = false);
		else if (c === ',') fields.push(field), (field = ''), (blank = false);
		else if (c === '\r' && text[i + 1] === '\n') continue;
		else if (c === '\n' || c === '\r') endRow(), line++, (start = line);
		else (field += c), (blank = false);
	}
	if (field !== '' || fields.length > 0) endRow();
	return rows;
}

/** A value of a CSV cell: `null` (and `undefined`) is an empty cell, missing rather than 0. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Returns rows as CSV text: UTF-8 without a byte-order mark, comma-separated, the header first,
 * LF line ends, RFC 4180 quoting of text with commas, quotes or line breaks. Numbers are written
 * with a dot, rounded to `decimals` decimals when given (as the page shows them) and in full
 * otherwise; `null`, `undefined` and non-finite numbers are empty cells.
 */
export function formatCsv(columns: readonly string[], rows: readonly object[], decimals?: number): string {
	const cell = (v: CsvValue) => {
		if (v === null || v === undefined) return '';
		if (typeof v === 'number') return !Number.isFinite(v) ? '' : decimals === undefined ? String(v) : String(Number(v.toFixed(decimals)));
		const s = String(v);
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	let text = columns.join(',') + '\n';
	for (const row of rows) text += columns.map((c) => cell((row as Record<string, CsvValue>)[c])).join(',') + '\n';
	return text;
}
