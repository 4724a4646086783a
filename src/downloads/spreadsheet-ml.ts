// The SpreadsheetML (ECMA-376) text of a workbook's parts, built as strings. A general library
// (exceljs) keeps an object per cell, row and style and needed about 1,6 GB of heap for the
// national table of 85 680 rows; writing the XML row by row needs a few bytes per cell. Only what
// the downloads use is here: text and numbers, two fonts (regular and bold), number formats and
// alignment, column widths, row heights, a frozen heading row and an auto-filter.

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Number formats Excel has built in, by format code: a workbook names them by id and does not define them. */
const BUILT_IN_FORMATS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4 };
/** The first id of a format the workbook defines itself (ECMA-376 reserves 0–163). */
const FIRST_CUSTOM_FORMAT = 164;

/** The look of a cell: display format, bold or not, and alignment. */
export interface CellStyle {
	/** The number format code (`#,##0`), or `null` for General. */
	format?: string | null;
	bold?: boolean;
	horizontal?: 'right';
	vertical?: 'top';
	wrap?: boolean;
}

/** A cell of a sheet row: a number, text, or `null` (nothing written), with its style id. */
export interface XmlCell {
	value: number | string | null;
	style: number;
}

/** Row options: the height in points (the row keeps it even when its text would wrap further). */
export interface RowOptions {
	height?: number;
}

/**
 * Returns text escaped for XML character data or an attribute value: `&`, `<`, `>` and `"` as
 * entities; characters XML 1.0 cannot hold (control characters, a carriage return that parsers
 * would turn into a line feed) as Excel's `_xHHHH_` escape, and a literal `_xHHHH_` in the text
 * guarded with `_x005F_` so that readers do not unescape it.
 */
export function escapeXml(text: string): string {
	return text
		.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
		.replace(/[&<>"]/g, (c) => ENTITIES[c])
		.replace(
			/[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g,
			(c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
		);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Returns the letters of a 0-based column index (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** The workbook's shared strings: each distinct text once, cells refer to it by index. */
export class SharedStrings {
	private readonly index = new Map<string, number>();
	private readonly texts: string[] = [];
	private uses = 0;

	/** Returns the index of a text, adding it the first time it is seen. */
	add(text: string): number {
		this.uses++;
		let at = this.index.get(text);
		if (at === undefined) {
			at = this.texts.length;
			this.index.set(text, at);
			this.texts.push(text);
		}
		return at;
	}

	/** Returns the `xl/sharedStrings.xml` part. */
	toXml(): string {
		const items = this.texts.map(
			(text) =>
				`<si><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</t></si>`,
		);
		return `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.texts.length}">${items.join('')}</sst>`;
	}
}

/** The workbook's cell styles (`cellXfs`): each distinct look once, cells refer to it by id; 0 is the default. */
export class StyleSheet {
	private readonly ids = new Map<string, number>([[styleKey({}), 0]]);
	private readonly xfs: string[] = [
		'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
	];
	private readonly formats = new Map<string, number>();

	/** Returns the id of a cell style, adding it the first time it is asked for. */
	add(style: CellStyle): number {
		const key = styleKey(style);
		const known = this.ids.get(key);
		if (known !== undefined) return known;
		const id = this.xfs.length;
		this.ids.set(key, id);
		this.xfs.push(this.xf(style));
		return id;
	}

	/** Returns the `xl/styles.xml` part. */
	toXml(): string {
		const formats = [...this.formats]
			.filter(([, id]) => id >= FIRST_CUSTOM_FORMAT)
			.map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
		return [
			`${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">`,
			formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '',
			// The default font, named in full: a bold font without a name makes programs choose their own.
			'<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
			'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
			'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
			'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
			`<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>`,
			'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
			'</styleSheet>',
		].join('');
	}

	private formatId(code: string | null | undefined): number {
		if (!code) return 0;
		const id =
			BUILT_IN_FORMATS[code] ??
			this.formats.get(code) ??
			FIRST_CUSTOM_FORMAT +
				[...this.formats.values()].filter((i) => i >= FIRST_CUSTOM_FORMAT).length;
		this.formats.set(code, id);
		return id;
	}

	private xf(style: CellStyle): string {
		const numFmtId = this.formatId(style.format);
		const alignment = [
			style.horizontal && `horizontal="${style.horizontal}"`,
			style.vertical && `vertical="${style.vertical}"`,
			style.wrap && 'wrapText="1"',
		].filter(Boolean);
		const applies = [
			numFmtId > 0 && 'applyNumberFormat="1"',
			style.bold && 'applyFont="1"',
			alignment.length > 0 && 'applyAlignment="1"',
		].filter(Boolean);
		const head = `<xf numFmtId="${numFmtId}" fontId="${style.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${applies.map((a) => ` ${a}`).join('')}`;
		return alignment.length > 0 ? `${head}><alignment ${alignment.join(' ')}/></xf>` : `${head}/>`;
	}
}

// The same key for the same look, however the style was written (`{}` and `{ format: null }` alike).
function styleKey(style: CellStyle): string {
	return JSON.stringify([
		style.format || null,
		style.bold ?? false,
		style.horizontal ?? '',
		style.vertical ?? '',
		style.wrap ?? false,
	]);
}

/** The layout of a worksheet part apart from its rows. */
export interface SheetLayout {
	/** Column widths in characters, from column A. */
	widths: readonly number[];
	/** Freeze the first row (the headings). */
	freezeFirstRow?: boolean;
	/** Put an auto-filter on the first row's first `n` columns. */
	filterColumns?: number;
}

/** Characters of sheet XML gathered before they are encoded into a chunk of bytes. */
const CHUNK_CHARS = 1 << 16;

/**
 * Writes a worksheet part row by row: `row()` turns each row into XML text at once (its text into
 * the shared strings), and every 64 K characters the text becomes UTF-8 bytes. Nothing per cell
 * outlives its row, and the part is held as bytes (one per character of this mostly ASCII text),
 * not as a tree of small strings. `toBytes()` returns the part.
 */
export class SheetWriter {
	private readonly chunks: Uint8Array[] = [];
	private pending = '';
	private rowCount = 0;
	private columnCount = 0;
	private readonly letters: string[] = [];
	private readonly encoder = new TextEncoder();

	constructor(
		private readonly strings: SharedStrings,
		private readonly layout: SheetLayout,
	) {}

	/** Adds the next row (an empty list leaves a blank row). */
	row(cells: readonly XmlCell[], options: RowOptions = {}): void {
		const r = ++this.rowCount;
		let xml =
			options.height === undefined
				? `<row r="${r}">`
				: `<row r="${r}" ht="${options.height}" customHeight="1">`;
		for (let c = 0; c < cells.length; c++) xml += this.cell(cells[c], c, r);
		if (cells.length > 0 || options.height !== undefined) this.pending += `${xml}</row>`;
		if (this.pending.length >= CHUNK_CHARS) this.flush();
		this.columnCount = Math.max(this.columnCount, cells.length);
	}

	/** Returns the `xl/worksheets/sheetN.xml` part as UTF-8 bytes. */
	toBytes(): Uint8Array {
		this.flush();
		const { widths, freezeFirstRow, filterColumns } = this.layout;
		const last = `${columnLetters(Math.max(0, this.columnCount - 1))}${Math.max(1, this.rowCount)}`;
		const pane = freezeFirstRow
			? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
			: '';
		const cols = widths
			.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
			.join('');
		const head = [
			`${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
			`<dimension ref="A1:${last}"/>`,
			`<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
			'<sheetFormatPr defaultRowHeight="15"/>',
			cols ? `<cols>${cols}</cols>` : '',
			'<sheetData>',
		].join('');
		const tail = [
			'</sheetData>',
			filterColumns ? `<autoFilter ref="A1:${columnLetters(filterColumns - 1)}1"/>` : '',
			'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
			'</worksheet>',
		].join('');
		return concatBytes([this.encoder.encode(head), ...this.chunks, this.encoder.encode(tail)]);
	}

	private flush(): void {
		if (this.pending.length > 0) this.chunks.push(this.encoder.encode(this.pending));
		this.pending = '';
	}

	private cell(cell: XmlCell, c: number, r: number): string {
		if (cell.value === null) return '';
		const style = cell.style > 0 ? ` s="${cell.style}"` : '';
		const ref = (this.letters[c] ??= columnLetters(c)) + r;
		// Numbers as JavaScript writes them (shortest round-trip form; 1e+21 style exponents are valid xsd:double).
		if (typeof cell.value === 'number') return `<c r="${ref}"${style}><v>${cell.value}</v></c>`;
		return `<c r="${ref}"${style} t="s"><v>${this.strings.add(cell.value)}</v></c>`;
	}
}

/** Returns the byte arrays joined into one. */
function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** What the package parts say about the workbook. */
export interface WorkbookInfo {
	sheetNames: readonly string[];
	title: string;
	subject: string;
	keywords: string;
	author: string;
	/** The file's created and modified time, `YYYY-MM-DDTHH:MM:SSZ`. */
	dated: string;
	language: string;
}

/** Returns the package parts that are not sheets, styles or shared strings, by path. */
export function packageParts(info: WorkbookInfo): Record<string, string> {
	const sheets = info.sheetNames.map((_, i) => i + 1);
	const type = (t: string) => `application/vnd.openxmlformats-officedocument.${t}`;
	const override = (part: string, t: string) => `<Override PartName="${part}" ContentType="${t}"/>`;
	const relationship = (id: string, t: string, target: string) =>
		`<Relationship Id="${id}" Type="${t}" Target="${target}"/>`;
	return {
		'[Content_Types].xml': [
			`${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
			override('/xl/workbook.xml', type('spreadsheetml.sheet.main+xml')),
			...sheets.map((n) =>
				override(`/xl/worksheets/sheet${n}.xml`, type('spreadsheetml.worksheet+xml')),
			),
			override('/xl/styles.xml', type('spreadsheetml.styles+xml')),
			override('/xl/sharedStrings.xml', type('spreadsheetml.sharedStrings+xml')),
			override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
			override('/docProps/app.xml', type('extended-properties+xml')),
			'</Types>',
		].join(''),
		'_rels/.rels': [
			`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">`,
			relationship('rId1', `${REL_NS}/officeDocument`, 'xl/workbook.xml'),
			relationship('rId2', `${PACKAGE_REL_NS}/metadata/core-properties`, 'docProps/core.xml'),
			relationship('rId3', `${REL_NS}/extended-properties`, 'docProps/app.xml'),
			'</Relationships>',
		].join(''),
		'docProps/app.xml': appXml(info),
		'docProps/core.xml': coreXml(info),
		'xl/workbook.xml': workbookXml(info),
		'xl/_rels/workbook.xml.rels': [
			`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">`,
			...sheets.map((n) =>
				relationship(`rId${n}`, `${REL_NS}/worksheet`, `worksheets/sheet${n}.xml`),
			),
			relationship(`rId${sheets.length + 1}`, `${REL_NS}/styles`, 'styles.xml'),
			relationship(`rId${sheets.length + 2}`, `${REL_NS}/sharedStrings`, 'sharedStrings.xml'),
			'</Relationships>',
		].join(''),
	};
}

function workbookXml(info: WorkbookInfo): string {
	const sheets = info.sheetNames.map(
		(name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
	);
	return `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.join('')}</sheets><calcPr calcId="171027"/></workbook>`;
}

function appXml(info: WorkbookInfo): string {
	const names = info.sheetNames.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join('');
	const count = info.sheetNames.length;
	return [
		`${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`,
		'<Application>pasientflyt</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>',
		`<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant></vt:vector></HeadingPairs>`,
		`<TitlesOfParts><vt:vector size="${count}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>`,
		'<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>',
	].join('');
}

function coreXml(info: WorkbookInfo): string {
	const element = (name: string, text: string) =>
		text ? `<${name}>${escapeXml(text)}</${name}>` : '';
	return [
		`${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
		element('dc:title', info.title),
		element('dc:subject', info.subject),
		element('dc:creator', info.author),
		element('cp:keywords', info.keywords),
		element('dc:language', info.language),
		element('cp:lastModifiedBy', info.author),
		`<dcterms:created xsi:type="dcterms:W3CDTF">${info.dated}</dcterms:created>`,
		`<dcterms:modified xsi:type="dcterms:W3CDTF">${info.dated}</dcterms:modified>`,
		'</cp:coreProperties>',
	].join('');
}
