import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../src/lib/csv';

describe('parseCsv(text, file, columns)', () => {
	const columns = ['a', 'b'];

	it('reads records with the line each starts on, header = line 1', () => {
		const { records, issues } = parseCsv('a,b\n1,2\n3,4\n', 'f.csv', columns);
		expect(issues).toEqual([]);
		expect(records).toEqual([
			{ line: 2, cells: { a: '1', b: '2' } },
			{ line: 3, cells: { a: '3', b: '4' } },
		]);
	});

	it('accepts a byte-order mark and CRLF line ends, as spreadsheets write them', () => {
		const { records, issues } = parseCsv('\uFEFFa,b\r\n1,2\r\n', 'f.csv', columns);
		expect(issues).toEqual([]);
		expect(records).toEqual([{ line: 2, cells: { a: '1', b: '2' } }]);
	});

	it('keeps counting lines through blank lines and quoted line breaks', () => {
		const { records } = parseCsv('a,b\n\n"x\ny",2\n5,"say ""hi"""\n', 'f.csv', columns);
		expect(records).toEqual([
			{ line: 3, cells: { a: 'x\ny', b: '2' } },
			{ line: 5, cells: { a: '5', b: 'say "hi"' } },
		]);
	});

	it('reports missing and unknown columns on line 1', () => {
		const { issues } = parseCsv('a,c\n1,2\n', 'f.csv', columns);
		expect(issues).toEqual([
			{ file: 'f.csv', line: 1, column: 'b', message: 'missing column' },
			{ file: 'f.csv', line: 1, column: 'c', message: 'unknown column; expected a, b' },
		]);
	});

	it('reports a semicolon-separated file (Norwegian Excel) in one line and reads no records', () => {
		const { issues, records } = parseCsv('a;b\n1;2\n', 'f.csv', columns);
		expect(issues).toEqual([
			{
				file: 'f.csv',
				line: 1,
				column: '-',
				message: 'the file is separated by semicolons; save it as comma-separated CSV (UTF-8)',
			},
		]);
		expect(records).toEqual([]);
	});

	it('reports a record with the wrong number of fields as a whole-row problem', () => {
		const { issues, records } = parseCsv('a,b\n1,2,3\n4,5\n', 'f.csv', columns);
		expect(issues).toEqual([
			{ file: 'f.csv', line: 2, column: '-', message: 'has 3 fields, the header has 2' },
		]);
		expect(records).toHaveLength(1);
	});

	it('keeps leading zeros: cells stay text', () => {
		expect(parseCsv('a,b\n0301,007\n', 'f.csv', columns).records[0].cells).toEqual({
			a: '0301',
			b: '007',
		});
	});
});

describe('formatCsv(columns, rows, decimals)', () => {
	it('writes RFC 4180 CSV with missing values as empty cells and numbers rounded as shown', () => {
		const rows = [
			{ a: 'Frøya, Hitra', b: 0.123456, c: null },
			{ a: 'sa "hei"', b: 2, c: true },
		];
		expect(formatCsv(['a', 'b', 'c'], rows, 4)).toBe(
			'a,b,c\n"Frøya, Hitra",0.1235,\n"sa ""hei""",2,true\n',
		);
		expect(formatCsv(['b'], [{ b: 0.123456 }])).toBe('b\n0.123456\n');
	});

	it.each([
		['=HYPERLINK("http://x","klikk")', `"'=HYPERLINK(""http://x"",""klikk"")"`],
		['+47 22 00 00 00', "'+47 22 00 00 00"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTydal', "'\tTydal"],
		['-3', '-3'],
		['+4.5', '+4.5'],
		['Trondheim', 'Trondheim'],
	])('neutralises %j so no spreadsheet runs it as a formula', (text, cell) => {
		expect(formatCsv(['name'], [{ name: text }])).toBe(`name\n${cell}\n`);
	});
});
