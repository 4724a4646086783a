import { describe, expect, it } from 'vitest';
import {
	columnLetters,
	escapeXml,
	packageParts,
	SharedStrings,
	SheetWriter,
	StyleSheet,
} from '../../src/downloads/spreadsheet-ml';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('escapeXml(text)', () => {
	it.each([
		['Frøya & Hitra <øst> "nord"', 'Frøya &amp; Hitra &lt;øst&gt; &quot;nord&quot;'],
		['Linje 1\nlinje 2\tfane', 'Linje 1\nlinje 2\tfane'],
		['a\rb\x01c', 'a_x000D_b_x0001_c'],
		['kode _x0041_ står', 'kode _x005F_x0041_ står'],
	])('%j → %j', (input, output) => {
		expect(escapeXml(input)).toBe(output);
	});
});

describe('columnLetters(index)', () => {
	it.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[51, 'AZ'],
		[52, 'BA'],
		[701, 'ZZ'],
		[702, 'AAA'],
	])('%i → %s', (index, letters) => {
		expect(columnLetters(index)).toBe(letters);
	});
});

describe('SharedStrings', () => {
	it('keeps each text once, counts every use, and keeps leading spaces and line breaks', () => {
		const strings = new SharedStrings();
		expect([
			strings.add('Frøya'),
			strings.add(' x'),
			strings.add('Frøya'),
			strings.add('a\nb'),
		]).toEqual([0, 1, 0, 2]);
		const xml = strings.toXml();
		expect(xml).toContain('count="4" uniqueCount="3"');
		expect(xml).toContain(
			'<si><t>Frøya</t></si><si><t xml:space="preserve"> x</t></si><si><t xml:space="preserve">a\nb</t></si>',
		);
	});
});

describe('StyleSheet', () => {
	it('gives the default look id 0, the same look the same id, and built-in formats their own ids', () => {
		const styles = new StyleSheet();
		expect(styles.add({})).toBe(0);
		expect(styles.add({ format: null })).toBe(0);
		const thousands = styles.add({ format: '#,##0' });
		expect(styles.add({ format: '#,##0' })).toBe(thousands);
		expect(styles.toXml()).toContain(
			'<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
		);
		expect(styles.toXml()).not.toContain('<numFmts');
	});

	it('defines its own formats from id 164, once each, escaped', () => {
		const styles = new StyleSheet();
		styles.add({ format: '0.0\\ %' });
		styles.add({ format: 'dd.mm.yyyy' });
		styles.add({ format: '0.0\\ %', horizontal: 'right' });
		expect(styles.toXml()).toContain(
			'<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\ %"/><numFmt numFmtId="165" formatCode="dd.mm.yyyy"/></numFmts>',
		);
		expect(styles.toXml()).toContain(
			'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right"/></xf>',
		);
	});

	it('writes bold text in the second font, with its alignment', () => {
		const styles = new StyleSheet();
		expect(styles.add({ bold: true, wrap: true, vertical: 'top' })).toBe(1);
		expect(styles.toXml()).toContain(
			'<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
		);
		expect(styles.toXml()).toContain(
			'fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
		);
	});
});

describe('SheetWriter', () => {
	const write = (
		rows: (number | string | null)[][],
		layout = { widths: [10, 12], freezeFirstRow: true, filterColumns: 2 },
	) => {
		const strings = new SharedStrings();
		const sheet = new SheetWriter(strings, layout);
		rows.forEach((cells, i) =>
			sheet.row(
				cells.map((value) => ({ value, style: i === 0 ? 1 : 0 })),
				i === 0 ? { height: 30 } : {},
			),
		);
		return { xml: text(sheet.toBytes()), strings: strings.toXml() };
	};

	it('writes numbers as numbers, text as shared strings, and leaves empty cells out', () => {
		const { xml, strings } = write([
			['Kommune', 'Døgn'],
			['Frøya', 12345.5],
			['Hitra', null],
		]);
		expect(xml).toContain(
			'<row r="1" ht="30" customHeight="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c></row>',
		);
		expect(xml).toContain(
			'<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>12345.5</v></c></row><row r="3"><c r="A3" t="s"><v>3</v></c></row>',
		);
		expect(strings).toContain('<t>Døgn</t>');
	});

	it('freezes the first row, sets column widths, filters on the headings and gives the range used', () => {
		const { xml } = write([
			['a', 'b'],
			[1, 2],
		]);
		expect(xml).toContain('<dimension ref="A1:B2"/>');
		expect(xml).toContain(
			'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
		);
		expect(xml).toContain(
			'<cols><col min="1" max="1" width="10" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/></cols>',
		);
		expect(xml).toContain('<autoFilter ref="A1:B1"/>');
	});

	it('skips a blank row without writing it, and counts it', () => {
		const { xml } = write([['a'], [], ['note']], {
			widths: [],
			freezeFirstRow: false,
			filterColumns: 0,
		});
		expect(xml).toContain(
			'<sheetData><row r="1" ht="30" customHeight="1"><c r="A1" s="1" t="s"><v>0</v></c></row><row r="3"><c r="A3" t="s"><v>1</v></c></row></sheetData>',
		);
		expect(xml).not.toMatch(/<pane|<autoFilter|<cols>/);
	});

	it('gives the same text however many chunks the rows fill', () => {
		const rows = Array.from({ length: 5000 }, (_, i) => [`Område ${i % 7}`, i * 1.5]);
		const { xml } = write(rows);
		expect(xml.match(/<row /g)).toHaveLength(5000);
		expect(xml).toContain(
			'<row r="5000"><c r="A5000" t="s"><v>1</v></c><c r="B5000"><v>7498.5</v></c></row>',
		);
	});
});

describe('packageParts(info)', () => {
	const parts = packageParts({
		sheetNames: ['Tabell', 'Om tallene'],
		title: 'UKP & døgn',
		subject: 'Test',
		keywords: '',
		author: 'pasientflyt',
		dated: '2024-03-15T00:00:00Z',
		language: 'nb-NO',
	});

	it('names every part in the content types and the workbook relationships', () => {
		for (const part of [
			'/xl/workbook.xml',
			'/xl/worksheets/sheet1.xml',
			'/xl/worksheets/sheet2.xml',
			'/xl/styles.xml',
			'/xl/sharedStrings.xml',
			'/docProps/core.xml',
			'/docProps/app.xml',
		]) {
			expect(parts['[Content_Types].xml']).toContain(`PartName="${part}"`);
		}
		expect(parts['xl/_rels/workbook.xml.rels']).toContain(
			'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"',
		);
		expect(parts['xl/workbook.xml']).toContain(
			'<sheet name="Om tallene" sheetId="2" r:id="rId2"/>',
		);
	});

	it('dates the file and escapes its title', () => {
		expect(parts['docProps/core.xml']).toContain('<dc:title>UKP &amp; døgn</dc:title>');
		expect(parts['docProps/core.xml']).toContain(
			'<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-15T00:00:00Z</dcterms:created>',
		);
		expect(parts['docProps/core.xml']).not.toContain('keywords');
	});
});
