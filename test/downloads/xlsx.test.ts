import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeAboutLines, SYNTHETIC_NOTE } from '../../src/lib/downloads/about';
import {
	ABOUT_SHEET,
	formatWorkbook,
	TABLE_SHEET,
	XLSX_MEDIA_TYPE,
} from '../../src/downloads/xlsx';
import { makeDownloadTable } from '../helpers/download-table';
import { makeKpiDownloads } from '../helpers/kpi-downloads';
import { compareTableSheet, frozenRows, readWorkbook } from '../helpers/xlsx';

describe('formatWorkbook(table)', () => {
	const table = makeDownloadTable();

	it('writes the table sheet first and "Om tallene" second', async () => {
		expect(readWorkbook(await formatWorkbook(table)).sheetNames).toEqual([
			TABLE_SHEET,
			ABOUT_SHEET,
		]);
	});

	it('holds every cell of the table: headings, numbers as numbers with their formats, dates as dates, æøå, "skjult"', async () => {
		expect(compareTableSheet(readWorkbook(await formatWorkbook(table)), table)).toEqual([]);
	});

	it.each([
		['Frøya', 1, 1],
		['Holtålen', 2, 1],
		['Rørvik', 3, 1],
		['skjult', 2, 3],
		['Ingen avvik', 1, 8],
		['ja', 2, 9],
		['Tall, "foreløpig"', 1, 10],
		['Linje 1\nlinje 2', 3, 10],
	])('reads %j back as text exactly as written', async (text, row, column) => {
		const cell = readWorkbook(await formatWorkbook(table)).cell(TABLE_SHEET, row, column);
		expect(cell).toMatchObject({ t: 's', v: text });
	});

	it.each([
		['a\rb'],
		['tab\tand bell\x07'],
		['code _x0041_ as written'],
		[' leading and trailing '],
	])('reads the text %j back exactly, though XML cannot hold it as it is', async (value) => {
		const odd = makeDownloadTable({
			columns: [{ id: 'name', heading: 'Navn', kind: 'text' }],
			rows: [{ values: { name: value } }],
			synthetic: false,
		});
		expect(readWorkbook(await formatWorkbook(odd)).cell(TABLE_SHEET, 1, 0)).toMatchObject({
			t: 's',
			v: value,
		});
	});

	it('never writes the value of a hidden cell', async () => {
		const book = readWorkbook(await formatWorkbook(table));
		expect(book.values(TABLE_SHEET)[2]).not.toContain(3);
	});

	it('puts the footnote and the synthetic-data line below the table, after one blank row', async () => {
		const rows = readWorkbook(await formatWorkbook(table)).values(TABLE_SHEET);
		const below = rows.slice(table.rows.length + 1).map((cells) => cells[0]);
		expect(below).toEqual([null, table.suppression!.footnote, SYNTHETIC_NOTE]);
	});

	it('leaves out the footnote when no cell is hidden, and the synthetic line for real data', async () => {
		const plain = makeDownloadTable({
			synthetic: false,
			rows: table.rows.map((r) => ({ values: r.values })),
		});
		const rows = readWorkbook(await formatWorkbook(plain)).values(TABLE_SHEET);
		expect(rows).toHaveLength(plain.rows.length + 1);
	});

	it('says under the table and first in "Om tallene" that a partner output is not for publication', async () => {
		const partner = makeDownloadTable({
			synthetic: false,
			suppression: null,
			restricted: true,
			rows: [{ values: { name: 'Frøya', ukp_days: 3 } }],
		});
		const book = readWorkbook(await formatWorkbook(partner));
		const note =
			'Intern utgave for helsefellesskapets partnere med alle tall – ikke for publisering';
		expect(
			book
				.values(TABLE_SHEET)
				.slice(2)
				.map((r) => r[0]),
		).toEqual([null, note]);
		expect(book.values(ABOUT_SHEET)[0]).toEqual(['Merk', note]);
		expect(book.cell(TABLE_SHEET, 1, 3)).toMatchObject({ t: 'n', v: 3 });
	});

	it('freezes the heading row, makes it bold and filters on it', async () => {
		const book = readWorkbook(await formatWorkbook(table));
		const sheetXml = book.part('xl/worksheets/sheet1.xml');
		expect(frozenRows(sheetXml)).toBe(1);
		expect(
			table.columns.map((_, c) =>
				book.isBold('xl/worksheets/sheet1.xml', `${String.fromCharCode(65 + c)}1`),
			),
		).toEqual(table.columns.map(() => true));
		expect(book.isBold('xl/worksheets/sheet1.xml', 'B2')).toBe(false);
		expect(sheetXml).toMatch(/<autoFilter ref="A1:K1"\/>/);
	});

	it('gives every column a width between 6 and 60 characters that fits its longest number', async () => {
		const widths = readWorkbook(await formatWorkbook(table)).widths(
			'xl/worksheets/sheet1.xml',
			table.columns.length,
		);
		expect(widths).toHaveLength(table.columns.length);
		for (const w of widths)
			(expect(w).toBeGreaterThanOrEqual(6), expect(w).toBeLessThanOrEqual(60));
		expect(widths[3]).toBeGreaterThanOrEqual('12 345'.length + 2);
	});

	it('sets the heading row high enough for wrapped headings, and "Om tallene" rows for their text', async () => {
		const long = makeDownloadTable({
			columns: [{ id: 'x', heading: 'En svært lang overskrift som skal brytes', kind: 'integer' }],
			rows: [],
		});
		const book = readWorkbook(await formatWorkbook(long));
		expect(book.heights('xl/worksheets/sheet1.xml')[1]).toBe(45);
		const about = readWorkbook(await formatWorkbook(table)).heights('xl/worksheets/sheet2.xml');
		expect(about[1]).toBe(15);
		expect(about[8]).toBe(45);
	});

	it('writes "Om tallene" line by line: label, then text', async () => {
		const rows = readWorkbook(await formatWorkbook(table)).values(ABOUT_SHEET);
		expect(rows).toEqual(
			computeAboutLines(table, table.columns).map((l) => [l.label || null, l.text]),
		);
		expect(rows.slice(0, 8)).toEqual([
			['Merk', 'Syntetiske demodata – ikke ekte tall'],
			['Tittel', 'UKP-døgn per kommune og måned'],
			['Beskrivelse', 'Testtabell med æøå.'],
			['Definisjon', 'Summen av UKP-døgn.'],
			['Kilde', 'Syntetiske testdata'],
			['Periode', 'januar 2024–februar 2024'],
			['Dataenes dato', '15. mars 2024'],
			['Personvern', expect.stringMatching(/^Antall fra 1 til 4 er skjult av personvernhensyn/)],
		]);
	});

	it('dates the file by the data, not the clock, and names title and author', async () => {
		const { props } = readWorkbook(await formatWorkbook(table, { author: 'Analysegruppen' }));
		expect(props).toMatchObject({
			Title: table.title,
			Author: 'Analysegruppen',
			LastAuthor: 'Analysegruppen',
		});
		expect(props.CreatedDate?.toISOString()).toBe('2024-03-15T00:00:00.000Z');
		expect(props.ModifiedDate?.toISOString()).toBe('2024-03-15T00:00:00.000Z');
	});

	it('writes an empty table as its heading row alone', async () => {
		const book = readWorkbook(
			await formatWorkbook(makeDownloadTable({ rows: [], synthetic: false })),
		);
		expect(book.values(TABLE_SHEET)).toEqual([table.columns.map((c) => c.heading)]);
	});

	it('refuses a table that breaks its own column kinds, naming the file and cell', async () => {
		const bad = makeDownloadTable({ rows: [{ values: { month: '2024-13' } }] });
		await expect(formatWorkbook(bad)).rejects.toThrow(
			'test/kommuner: row 1: month: "2024-13" must be a month (YYYY-MM)',
		);
	});
});

describe('formatWorkbook(table): same input, same bytes', () => {
	afterEach(() => vi.useRealTimers());

	it('gives identical bytes for two writes, whatever the clock says', async () => {
		vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-05-17T08:09:10Z') });
		const first = await formatWorkbook(makeDownloadTable());
		vi.setSystemTime(new Date('2033-12-24T23:58:02Z'));
		const second = await formatWorkbook(makeDownloadTable());
		expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
	});

	it('stamps every zip entry with the data date at midnight', async () => {
		const bytes = await formatWorkbook(makeDownloadTable());
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const stamps = new Set<string>();
		for (let at = 0; at + 4 <= bytes.length; at++) {
			const signature = view.getUint32(at, true);
			if (signature === 0x04034b50)
				stamps.add(`${view.getUint16(at + 12, true)}:${view.getUint16(at + 10, true)}`);
			if (signature === 0x02014b50)
				stamps.add(`${view.getUint16(at + 14, true)}:${view.getUint16(at + 12, true)}`);
		}
		const date = ((2024 - 1980) << 9) | (3 << 5) | 15;
		expect([...stamps]).toEqual([`${date}:0`]);
	});

	it('changes the bytes when a value changes', async () => {
		const table = makeDownloadTable();
		const changed = {
			...table,
			rows: [{ values: { ...table.rows[0].values, ukp_days: 12346 } }, ...table.rows.slice(1)],
		};
		expect(
			Buffer.from(await formatWorkbook(changed)).equals(Buffer.from(await formatWorkbook(table))),
		).toBe(false);
	});
});

describe('formatWorkbook(table) for every KPI page table of the repository data', () => {
	describe.each(makeKpiDownloads())('$name', ({ table }) => {
		it('reads back cell by cell as the table: values, formats, "skjult", æøå', async () => {
			const book = readWorkbook(await formatWorkbook(table));
			expect(compareTableSheet(book, table)).toEqual([]);
			expect(book.values(ABOUT_SHEET)[0]).toEqual(['Merk', SYNTHETIC_NOTE]);
		});
	});

	it('shows municipality names with æøå as written', async () => {
		const { table } = makeKpiDownloads().find((c) => c.name === 'mean_ukp_days/omrader')!;
		const names = readWorkbook(await formatWorkbook(table))
			.values(TABLE_SHEET)
			.map((row) => row[2]);
		expect(names).toEqual(
			expect.arrayContaining([
				'Frøya',
				'Holtålen',
				'Meråker',
				'Ørland',
				'Åfjord',
				'Trøndelag sørvest',
			]),
		);
	});
});

describe('XLSX_MEDIA_TYPE', () => {
	it('is the IANA media type of an .xlsx file', () => {
		expect(XLSX_MEDIA_TYPE).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		);
	});
});
