import { describe, expect, it } from 'vitest';
import {
	computeSheet,
	estimateLines,
	excelSerial,
	numberFormatOf,
} from '../../../src/lib/downloads/sheet';
import type { DownloadColumn } from '../../../src/lib/downloads/table';
import { makeDownloadTable } from '../../helpers/download-table';

describe('excelSerial(iso)', () => {
	it.each([
		['1970-01-01', 25569],
		['2024-01-01', 45292],
		['2024-02-29', 45351],
	])('%s → %i, as Excel and LibreOffice count', (iso, serial) => {
		expect(excelSerial(iso)).toBe(serial);
	});
});

describe('numberFormatOf(column)', () => {
	it.each<[Omit<DownloadColumn, 'id' | 'heading'>, string | null]>([
		[{ kind: 'integer' }, '#,##0'],
		[{ kind: 'decimal' }, '#,##0.0'],
		[{ kind: 'decimal', decimals: 2 }, '#,##0.00'],
		[{ kind: 'decimal', decimals: 0 }, '#,##0'],
		[{ kind: 'share' }, '0.0\\ %'],
		[{ kind: 'share', decimals: 0 }, '0\\ %'],
		[{ kind: 'month' }, '[$-414]mmm\\ yyyy'],
		[{ kind: 'date' }, 'dd.mm.yyyy'],
		[{ kind: 'year' }, '0'],
		[{ kind: 'text' }, null],
		[{ kind: 'boolean' }, null],
	])('%j → %s', (column, format) => {
		expect(numberFormatOf({ id: 'x', heading: 'x', ...column })).toBe(format);
	});
});

describe('computeSheet(table)', () => {
	const sheet = computeSheet(makeDownloadTable());

	it('keeps numbers as numbers, turns months and dates into serials, yes/no and labels into words', () => {
		expect(sheet.rows[0].map((c) => c.value)).toEqual([
			'5014',
			'Frøya',
			45292,
			12345,
			0.8642,
			2.345,
			2024,
			45351,
			'Ingen avvik',
			'nei',
			'Tall, "foreløpig"',
		]);
	});

	it('writes "skjult" in a hidden cell, and nothing in an empty one', () => {
		expect(sheet.rows[1][3]).toEqual({ value: 'skjult', format: '#,##0', hidden: true });
		expect(sheet.rows[1][4]).toEqual({ value: null, format: '0.0\\ %', hidden: false });
	});

	it('shows a text id without a label as it is', () => {
		expect(sheet.rows[2][8].value).toBe(null);
		expect(
			computeSheet(makeDownloadTable({ rows: [{ values: { level: 'yellow' } }] })).rows[0][8].value,
		).toBe('yellow');
	});

	it('lists the footnote and the synthetic-data line under the table', () => {
		expect(sheet.footnotes).toEqual([
			makeDownloadTable().suppression!.footnote,
			'Syntetiske demodata – ikke ekte tall',
		]);
	});

	it('sizes columns to their longest shown value or bold heading (letters 15 % wider), a long heading only up to where it wraps', () => {
		expect(sheet.widths[1]).toBe(Math.ceil('Kommune'.length * 1.15) + 2);
		expect(sheet.widths[3]).toBe(Math.ceil('UKP-døgn'.length * 1.15) + 2);
		expect(sheet.widths[9]).toBe(Math.ceil('Skjult'.length * 1.15) + 2);
		const long = computeSheet(
			makeDownloadTable({
				columns: [
					{ id: 'x', heading: 'En svært lang overskrift som skal brytes', kind: 'integer' },
				],
				rows: [],
			}),
		);
		expect(long.widths).toEqual([26]);
		expect(long.headingLines).toBe(3);
	});

	it('needs one heading line when every heading fits its column', () => {
		expect(sheet.headingLines).toBe(1);
	});
});

describe('estimateLines(text, width, factor)', () => {
	it.each([
		['kort', 10, 1, 1],
		['', 10, 1, 1],
		['ett to tre fire', 10, 1, 2],
		['ett to tre fire', 9, 1, 3],
		['Linje 1\nlinje 2', 100, 1, 2],
		['a'.repeat(250), 100, 1, 3],
		['ord '.repeat(60).trim(), 100, 1, 3],
		['Komplett (alle kommuner har data)', 26, 1.15, 2],
	])('%j in %i characters (×%d) takes %i lines', (text, width, factor, lines) => {
		expect(estimateLines(text, width, factor)).toBe(lines);
	});
});
