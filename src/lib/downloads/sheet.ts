import { dayNumber, type IsoDate } from '../dates';
import { formatMonth, formatNumber, formatPercent } from '../format';
import { HIDDEN_TEXT, RESTRICTED_NOTE, SYNTHETIC_NOTE } from './about';
import type { CellValue, DownloadColumn, DownloadTable } from './table';

// What the table sheet of a workbook holds, cell by cell, before any spreadsheet library sees it:
// numbers stay numbers with a display format, months and dates become spreadsheet dates, hidden
// cells become the text "skjult". The writer only copies this model into the file.

/** A cell of the table sheet: a number (with its display format), text, or empty. */
export interface SheetCell {
	value: number | string | null;
	/** The spreadsheet number format (`#,##0`, `0.0\ %`), or `null` for General. */
	format: string | null;
	/** True for a cell hidden for privacy (its value is the text "skjult"). */
	hidden: boolean;
}

export interface SheetModel {
	headings: string[];
	rows: SheetCell[][];
	/** Column widths in characters. */
	widths: number[];
	/** Text lines the heading row needs at those widths (headings longer than a column wrap). */
	headingLines: number;
	/** Lines under the table: the footnote when a cell is hidden, the synthetic-data and partner-output warnings. */
	footnotes: string[];
}

/** Days from the spreadsheet epoch (1899-12-30) to 1970-01-01, as Excel and LibreOffice count. */
const EPOCH_OFFSET = 25569;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Headings wrap, so a long heading widens its column only this far. */
const MAX_HEADING_WIDTH = 24;
/** Bold letters are wider than the digit a column width counts in. */
const BOLD_FACTOR = 1.15;

/** Returns the spreadsheet serial number of a calendar date (2024-01-01 → 45292). */
export function excelSerial(iso: IsoDate): number {
	return dayNumber(iso) + EPOCH_OFFSET;
}

/**
 * Returns the spreadsheet number format of a column: thousands separators for numbers (`#,##0`,
 * `#,##0.0`), a percentage with one decimal by default for shares (`0.0\ %`: Norwegian Excel
 * shows `86,4 %`), Norwegian month names for months, `dd.mm.yyyy` for dates, plain digits for
 * years; `null` (General) for text and ja/nei.
 */
export function numberFormatOf(column: DownloadColumn): string | null {
	const decimals = (d: number) => (d > 0 ? `.${'0'.repeat(d)}` : '');
	switch (column.kind) {
		case 'integer':
			return '#,##0';
		case 'decimal':
			return `#,##0${decimals(column.decimals ?? 1)}`;
		case 'share':
			return `0${decimals(column.decimals ?? 1)}\\ %`;
		case 'month':
			return '[$-414]mmm\\ yyyy';
		case 'date':
			return 'dd.mm.yyyy';
		case 'year':
			return '0';
		default:
			return null;
	}
}

/** Returns the table sheet of a download table: headings, typed cells, widths and footnotes. */
export function computeSheet(table: DownloadTable): SheetModel {
	const formats = table.columns.map(numberFormatOf);
	const rows = table.rows.map((row) =>
		table.columns.map((column, i): SheetCell => {
			if (row.hidden?.includes(column.id))
				return { value: HIDDEN_TEXT, format: formats[i], hidden: true };
			return {
				value: sheetValue(column, row.values[column.id] ?? null),
				format: formats[i],
				hidden: false,
			};
		}),
	);
	const anyHidden = rows.some((cells) => cells.some((c) => c.hidden));
	const footnotes = [
		anyHidden && table.suppression ? table.suppression.footnote : '',
		table.synthetic ? SYNTHETIC_NOTE : '',
		table.restricted ? RESTRICTED_NOTE : '',
	].filter(Boolean);
	const widths = table.columns.map((c, i) => widthOf(c, rows, i));
	const headingLines = Math.max(
		1,
		...table.columns.map((c, i) => estimateLines(c.heading, widths[i], BOLD_FACTOR)),
	);
	return { headings: table.columns.map((c) => c.heading), rows, widths, headingLines, footnotes };
}

/**
 * Returns about how many lines a text needs when it wraps in a column `width` characters wide
 * (words kept whole, line breaks kept); `factor` widens each letter (bold text). At least 1.
 * Spreadsheet programs do not all fit a row's height to wrapped text, so the writer sets it.
 */
export function estimateLines(text: string, width: number, factor = 1): number {
	const room = Math.max(1, width - 2);
	return text.split('\n').reduce((sum, paragraph) => {
		let lines = 1;
		let used = 0;
		for (const word of paragraph.split(' ').filter(Boolean)) {
			const length = word.length * factor;
			if (used > 0 && used + 1 + length <= room) {
				used += 1 + length;
				continue;
			}
			// A new line for the word; a word wider than the column breaks across lines, as spreadsheets do.
			const spans = Math.ceil(length / room);
			lines += (used > 0 ? 1 : 0) + spans - 1;
			used = length - (spans - 1) * room;
		}
		return sum + lines;
	}, 0);
}

function sheetValue(column: DownloadColumn, value: CellValue): number | string | null {
	if (value === null) return null;
	switch (column.kind) {
		case 'month':
			return excelSerial(`${value}-01`);
		case 'date':
			return excelSerial(String(value));
		case 'year':
			return Number(value);
		case 'boolean':
			return value ? 'ja' : 'nei';
		case 'text':
			return column.labels?.[String(value)] ?? String(value);
		default:
			return value as number;
	}
}

// The width the longest shown value needs, as format.ts would write it, and the heading up to the
// length at which it wraps.
function widthOf(column: DownloadColumn, rows: SheetCell[][], i: number): number {
	const shown = rows.map((cells) => shownLength(column, cells[i]));
	const longest = Math.max(
		Math.min(Math.ceil(column.heading.length * BOLD_FACTOR), MAX_HEADING_WIDTH),
		...shown,
	);
	return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

function shownLength(column: DownloadColumn, cell: SheetCell): number {
	if (typeof cell.value !== 'number' || cell.hidden) return String(cell.value ?? '').length;
	switch (column.kind) {
		case 'share':
			return formatPercent(cell.value, column.decimals ?? 1).length;
		case 'month':
			return formatMonth('2024-09').length;
		case 'date':
			return 'dd.mm.yyyy'.length;
		case 'year':
			return String(cell.value).length;
		default:
			return formatNumber(cell.value, column.kind === 'decimal' ? (column.decimals ?? 1) : 0)
				.length;
	}
}
