import ExcelJS from 'exceljs';
import {
	computeAboutLines,
	RESTRICTED_NOTE,
	SYNTHETIC_NOTE,
	type AboutLine,
} from '../lib/downloads/about';
import { DOWNLOAD_FORMATS } from '../lib/downloads/formats';
import { computeSheet, estimateLines, type SheetModel } from '../lib/downloads/sheet';
import { checkDownloadTable, type DownloadTable } from '../lib/downloads/table';
import { dosDateTimeOf, normalizeZipTimestamps } from './zip-timestamps';

// The Excel edge of the downloads: src/lib/downloads decides every cell, word and format; this
// module copies them into an .xlsx with exceljs and makes the bytes reproducible. No file system:
// it returns bytes, and an Astro endpoint or a script decides where they go.

/** The media type of an .xlsx file (IANA), for `Content-Type` and the catalogue. */
export const XLSX_MEDIA_TYPE = DOWNLOAD_FORMATS.find((f) => f.extension === 'xlsx')!.mediaType;
/** The name of the first sheet, which holds the table. */
export const TABLE_SHEET = 'Tabell';
/** The name of the second sheet, which says what the numbers are. */
export const ABOUT_SHEET = 'Om tallene';

// The workbook's default font, named in full: a font with only `bold` set has no name, and
// spreadsheet programs then fall back to a font of their own choosing.
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11, bold: true };
/** The height of one line of 11-point text, in points. */
const LINE_HEIGHT = 15;
const ABOUT_WIDTHS = [22, 100];

export interface WorkbookOptions {
	/** The author in the file's properties; `pasientflyt` when not given. */
	author?: string;
}

/**
 * Returns the workbook (.xlsx bytes) of a download table: sheet "Tabell" with a bold, frozen
 * heading row, numbers as numbers with Norwegian display formats, "skjult" in hidden cells and
 * the footnote under the table; sheet "Om tallene" with what the numbers are. The same table gives
 * the same bytes: the file's dates and every zip entry's time are the data's date (`asOf`), never
 * the clock. Throws when `checkDownloadTable` finds problems.
 */
export async function formatWorkbook(
	table: DownloadTable,
	options: WorkbookOptions = {},
): Promise<Uint8Array> {
	const problems = checkDownloadTable(table);
	if (problems.length > 0) throw new Error(`${table.file}: ${problems.join('; ')}`);
	// Step 1: the workbook and its properties, dated by the data.
	const workbook = newWorkbook(table, options.author ?? 'pasientflyt');
	// Step 2: the two sheets, from the pure models.
	addTableSheet(workbook, computeSheet(table));
	addAboutSheet(workbook, computeAboutLines(table, table.columns));
	// Step 3: the zip, with the library's clock stamps replaced.
	const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
	return normalizeZipTimestamps(bytes, dosDateTimeOf(table.asOf));
}

function newWorkbook(table: DownloadTable, author: string): ExcelJS.Workbook {
	const workbook = new ExcelJS.Workbook();
	const dated = new Date(`${table.asOf}T00:00:00Z`);
	Object.assign(workbook, {
		created: dated,
		modified: dated,
		creator: author,
		lastModifiedBy: author,
	});
	Object.assign(workbook, {
		title: table.title,
		subject: table.description,
		language: 'nb-NO',
		keywords: (table.keywords ?? []).join(', '),
	});
	return workbook;
}

function addTableSheet(workbook: ExcelJS.Workbook, model: SheetModel): void {
	const sheet = workbook.addWorksheet(TABLE_SHEET, {
		views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
	});
	sheet.columns = model.widths.map((width) => ({ width }));
	const header = sheet.addRow(model.headings);
	header.font = BOLD;
	header.alignment = { wrapText: true, vertical: 'top' };
	header.height = model.headingLines * LINE_HEIGHT;
	for (const cells of model.rows) {
		const row = sheet.addRow(cells.map((c) => c.value));
		cells.forEach((cell, i) => {
			if (cell.format) row.getCell(i + 1).numFmt = cell.format;
			// "skjult" stands where a number would, so it lines up with the numbers around it.
			if (cell.hidden) row.getCell(i + 1).alignment = { horizontal: 'right' };
		});
	}
	if (model.headings.length > 0)
		sheet.autoFilter = {
			from: { row: 1, column: 1 },
			to: { row: 1, column: model.headings.length },
		};
	if (model.footnotes.length > 0) sheet.addRow([]);
	for (const note of model.footnotes) sheet.addRow([note]);
}

function addAboutSheet(workbook: ExcelJS.Workbook, lines: AboutLine[]): void {
	const sheet = workbook.addWorksheet(ABOUT_SHEET);
	sheet.columns = ABOUT_WIDTHS.map((width) => ({ width }));
	for (const line of lines) {
		const row = sheet.addRow([line.label || null, line.text]);
		row.getCell(1).font = BOLD;
		row.getCell(1).alignment = { vertical: 'top' };
		row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
		if (line.text === SYNTHETIC_NOTE || line.text === RESTRICTED_NOTE) row.getCell(2).font = BOLD;
		row.height = estimateLines(line.text, ABOUT_WIDTHS[1]) * LINE_HEIGHT;
	}
}
