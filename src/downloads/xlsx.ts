import {
	computeAboutLines,
	RESTRICTED_NOTE,
	SYNTHETIC_NOTE,
	type AboutLine,
} from '../lib/downloads/about';
import { DOWNLOAD_FORMATS } from '../lib/downloads/formats';
import { computeSheet, estimateLines, type SheetModel } from '../lib/downloads/sheet';
import { checkDownloadTable, type DownloadTable } from '../lib/downloads/table';
import {
	packageParts,
	SharedStrings,
	SheetWriter,
	StyleSheet,
	type XmlCell,
} from './spreadsheet-ml';
import { dosDateTimeOf, writeZip } from './zip';

// The Excel edge of the downloads: src/lib/downloads decides every cell, word and format; this
// module copies them into the SpreadsheetML parts (spreadsheet-ml.ts), row by row as text, and
// zips them with fixed dates. No file system: it returns bytes, and an Astro endpoint or a script
// decides where they go.

/** The media type of an .xlsx file (IANA), for `Content-Type` and the catalogue. */
export const XLSX_MEDIA_TYPE = DOWNLOAD_FORMATS.find((f) => f.extension === 'xlsx')!.mediaType;
/** The name of the first sheet, which holds the table. */
export const TABLE_SHEET = 'Tabell';
/** The name of the second sheet, which says what the numbers are. */
export const ABOUT_SHEET = 'Om tallene';

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
	// Step 1: the two sheets, from the pure models, sharing one string table and one style sheet.
	const [strings, styles] = [new SharedStrings(), new StyleSheet()];
	const sheets = [
		tableSheetXml(computeSheet(table), strings, styles),
		aboutSheetXml(computeAboutLines(table, table.columns), strings, styles),
	];
	// Step 2: the package, dated by the data.
	const author = options.author ?? 'pasientflyt';
	const info = {
		sheetNames: [TABLE_SHEET, ABOUT_SHEET],
		title: table.title,
		subject: table.description,
		keywords: (table.keywords ?? []).join(', '),
		author,
		dated: `${table.asOf}T00:00:00Z`,
		language: 'nb-NO',
	};
	const parts: Record<string, string | Uint8Array> = {
		...packageParts(info),
		'xl/styles.xml': styles.toXml(),
		'xl/sharedStrings.xml': strings.toXml(),
	};
	sheets.forEach((xml, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = xml));
	// Step 3: the zip, every entry stamped with the data's date.
	return zipParts(parts, table.asOf);
}

function tableSheetXml(model: SheetModel, strings: SharedStrings, styles: StyleSheet): Uint8Array {
	const sheet = new SheetWriter(strings, {
		widths: model.widths,
		freezeFirstRow: true,
		filterColumns: model.headings.length,
	});
	const heading = styles.add({ bold: true, wrap: true, vertical: 'top' });
	sheet.row(
		model.headings.map((value) => ({ value, style: heading })),
		{ height: model.headingLines * LINE_HEIGHT },
	);
	// One style per format for shown and for hidden cells, looked up rather than built per cell.
	const known = [new Map<string | null, number>(), new Map<string | null, number>()];
	const styleOf = (format: string | null, hidden: boolean) => {
		const styleIds = known[hidden ? 1 : 0];
		// "skjult" stands where a number would, so it lines up with the numbers around it.
		if (!styleIds.has(format))
			styleIds.set(format, styles.add(hidden ? { format, horizontal: 'right' } : { format }));
		return styleIds.get(format)!;
	};
	for (const cells of model.rows)
		sheet.row(cells.map((c): XmlCell => ({ value: c.value, style: styleOf(c.format, c.hidden) })));
	if (model.footnotes.length > 0) sheet.row([]);
	for (const note of model.footnotes) sheet.row([{ value: note, style: 0 }]);
	return sheet.toBytes();
}

function aboutSheetXml(lines: AboutLine[], strings: SharedStrings, styles: StyleSheet): Uint8Array {
	const sheet = new SheetWriter(strings, { widths: ABOUT_WIDTHS });
	const label = styles.add({ bold: true, vertical: 'top' });
	const text = styles.add({ wrap: true, vertical: 'top' });
	const warning = styles.add({ bold: true, wrap: true, vertical: 'top' });
	for (const line of lines) {
		const style = line.text === SYNTHETIC_NOTE || line.text === RESTRICTED_NOTE ? warning : text;
		sheet.row(
			[
				{ value: line.label || null, style: label },
				{ value: line.text, style },
			],
			{ height: estimateLines(line.text, ABOUT_WIDTHS[1]) * LINE_HEIGHT },
		);
	}
	return sheet.toBytes();
}

// [Content_Types].xml first, as Office writes it; the rest in a fixed order.
function zipParts(parts: Record<string, string | Uint8Array>, asOf: string): Uint8Array {
	const order = [
		'[Content_Types].xml',
		...Object.keys(parts)
			.filter((p) => p !== '[Content_Types].xml')
			.sort(),
	];
	const encoder = new TextEncoder();
	return writeZip(
		order.map((path) => {
			const part = parts[path];
			return [path, typeof part === 'string' ? encoder.encode(part) : part] as const;
		}),
		dosDateTimeOf(asOf),
	);
}
