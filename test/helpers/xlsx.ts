import XLSX from 'xlsx';
import type { CellValue, DownloadColumn, DownloadTable } from '../../src/lib/downloads/table';
import { TABLE_SHEET } from '../../src/downloads/xlsx';

// Reads a workbook back with SheetJS, a different library from the one that wrote it (exceljs),
// so the tests see what another spreadsheet program sees. What SheetJS's community edition does
// not parse (bold fonts, frozen panes) is read from the raw sheet and style parts it hands over.

export interface ReadCell {
	/** SheetJS's type: n number, s text, b boolean, z stub (styled but empty). */
	t: string;
	v?: number | string | boolean;
	/** The number format. */
	z?: string;
}

export interface ReadWorkbook {
	sheetNames: string[];
	/** Returns the cell at a 0-based row and column of a sheet, or undefined when there is none. */
	cell(sheet: string, row: number, column: number): ReadCell | undefined;
	/** Returns every row of a sheet as values (empty cells as null). */
	values(sheet: string): (number | string | boolean | null)[][];
	/**
	 * Returns the widths in characters of the first `count` columns of a sheet part
	 * (`xl/worksheets/sheet1.xml`), from its `<col>` ranges; a column without one has the default
	 * width (Excel's 8.43, which writers leave out).
	 */
	widths(sheetPart: string, count: number): number[];
	/** Returns the heights in points of the rows of a sheet part that set one, by 1-based row number. */
	heights(sheetPart: string): Record<number, number>;
	/** Returns the text of a part of the zip (`xl/worksheets/sheet1.xml`). */
	part(path: string): string;
	/** Returns true when the cell (A1 style) of the sheet part uses a bold font. */
	isBold(sheetPart: string, ref: string): boolean;
	props: XLSX.FullProperties;
}

/** Returns a workbook read from .xlsx bytes with SheetJS (numbers as numbers, dates as serials, formats kept). */
export function readWorkbook(bytes: Uint8Array): ReadWorkbook {
	const book = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true, cellDates: false, bookFiles: true });
	const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
	const part = (path: string) => new TextDecoder().decode(files[path].content);
	const sheet = (name: string) => book.Sheets[name];
	return {
		sheetNames: book.SheetNames,
		cell: (name, row, column) => sheet(name)[XLSX.utils.encode_cell({ r: row, c: column })] as ReadCell | undefined,
		values: (name) => XLSX.utils.sheet_to_json(sheet(name), { header: 1, raw: true, defval: null, blankrows: true }),
		widths: (sheetPart, count) => Array.from({ length: count }, (_, i) => widths(part(sheetPart))[i] ?? DEFAULT_WIDTH),
		heights: (sheetPart) => Object.fromEntries([...part(sheetPart).matchAll(/<row r="(\d+)"[^>]*\bht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])])),
		part,
		isBold: (sheetPart, ref) => isBold(part(sheetPart), part('xl/styles.xml'), ref),
		props: book.Props ?? {},
	};
}

/** Returns the rows frozen at the top of a sheet part (its pane's ySplit), 0 when none. */
export function frozenRows(sheetXml: string): number {
	const pane = /<pane\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
	return /state="frozen"/.test(pane) ? Number(/ySplit="(\d+)"/.exec(pane)?.[1] ?? 0) : 0;
}

const DEFAULT_WIDTH = 8.43;

function widths(sheetXml: string): number[] {
	const out: number[] = [];
	for (const [col] of sheetXml.matchAll(/<col\b[^>]*\/>/g)) {
		const [min, max, width] = ['min', 'max', 'width'].map((a) => Number(new RegExp(`${a}="([\\d.]+)"`).exec(col)?.[1]));
		for (let i = min; i <= max; i++) out[i - 1] = width;
	}
	return out;
}

function isBold(sheetXml: string, stylesXml: string, ref: string): boolean {
	const style = Number(new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(sheetXml)?.[1] ?? 0);
	const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
	const xf = xfs.match(/<xf\b[^>]*\/?>/g)?.[style] ?? '';
	const fontId = Number(/fontId="(\d+)"/.exec(xf)?.[1] ?? 0);
	const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml)?.[1] ?? '';
	const font = fonts.match(/<font>[\s\S]*?<\/font>|<font\/>/g)?.[fontId] ?? '';
	return /<b\/>|<b val="1"\/>/.test(font);
}

/** The display format a reader must find for each kind, written out here rather than taken from the code. */
const FORMATS: Record<DownloadColumn['kind'], (c: DownloadColumn) => string | undefined> = {
	text: () => undefined,
	boolean: () => undefined,
	integer: () => '#,##0',
	decimal: (c) => (c.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(c.decimals ?? 1)}`),
	share: (c) => (c.decimals === 0 ? '0\\ %' : `0.${'0'.repeat(c.decimals ?? 1)}\\ %`),
	month: () => '[$-414]mmm\\ yyyy',
	date: () => 'dd.mm.yyyy',
	year: () => '0',
};

/** Returns the value a spreadsheet holds for a table cell: numbers as numbers, dates as serials, ja/nei, labels. */
function expectedValue(column: DownloadColumn, value: CellValue): number | string | null {
	if (value === null) return null;
	const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
	if (column.kind === 'month') return serial(`${value}-01`);
	if (column.kind === 'date') return serial(String(value));
	if (column.kind === 'year') return Number(value);
	if (column.kind === 'boolean') return value ? 'ja' : 'nei';
	if (column.kind === 'text') return column.labels?.[String(value)] ?? String(value);
	return value as number;
}

/** Compares every cell of the table sheet with the table it was written from; returns the mismatches. */
export function compareTableSheet(book: ReadWorkbook, table: DownloadTable): string[] {
	const problems: string[] = [];
	table.columns.forEach((column, c) => {
		const head = book.cell(TABLE_SHEET, 0, c);
		if (head?.v !== column.heading) problems.push(`heading ${c}: ${head?.v} ≠ ${column.heading}`);
		table.rows.forEach((row, r) => {
			const cell = book.cell(TABLE_SHEET, r + 1, c);
			const hidden = row.hidden?.includes(column.id) ?? false;
			const want = hidden ? 'skjult' : expectedValue(column, row.values[column.id] ?? null);
			const got = cell === undefined || cell.t === 'z' ? null : cell.v;
			if (got !== want) problems.push(`row ${r + 1} ${column.id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
			if (typeof want === 'number' && cell?.t !== 'n') problems.push(`row ${r + 1} ${column.id}: stored as ${cell?.t}, not a number`);
			const format = FORMATS[column.kind](column);
			if (want !== null && !hidden && format && cell?.z !== format) problems.push(`row ${r + 1} ${column.id}: format ${cell?.z} ≠ ${format}`);
		});
	});
	return problems;
}

