import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/lib/csv';
import {
	checkDownloadTable,
	formatDownloadCsv,
	publishedValues,
	rowsFromRecords,
	type DownloadTable,
} from '../../../src/lib/downloads/table';
import { makeDownloadTable } from '../../helpers/download-table';

describe('formatDownloadCsv(table)', () => {
	it('writes contract ids as headers and the values as formatCsv does, hidden cells empty', () => {
		const table = makeDownloadTable();
		expect(formatDownloadCsv(table)).toBe(
			[
				'municipality,name,month,ukp_days,share,mean,year,status_date,level,suppressed,note',
				'5014,Frøya,2024-01,12345,0.8642,2.345,2024,2024-02-29,green,false,"Tall, ""foreløpig"""',
				'5026,Holtålen,2024-02,,,,2024,,red,true,',
				'0301,Rørvik,2024-02,0,1,0,2024,2024-01-31,,false,"Linje 1\nlinje 2"',
				'',
			].join('\n'),
		);
	});

	it.each([
		['every number in full', undefined],
		['numbers rounded to 2 decimals (payment downloads)', 2],
		['numbers rounded to 6 decimals (like-with-like download)', 6],
	])('gives the same bytes as formatCsv over the same records: %s', (_, decimals) => {
		const records = [
			{
				area: 'cluster:Trøndelag sørvest',
				name: 'Trøndelag sørvest',
				period: '2024',
				norway_nok: 1234567.891234567,
				suppressed: false,
			},
			{ area: '5014', name: 'Frøya', period: '2024-05', norway_nok: null, suppressed: true },
			{
				area: '5026',
				name: 'Holtålen, "Ålen"',
				period: '2024-05',
				norway_nok: 0.1 + 0.2,
				suppressed: false,
			},
		];
		const columns = Object.keys(records[0]);
		const table = makeDownloadTable({
			columns: columns.map((id) => ({
				id,
				heading: id,
				kind: id === 'norway_nok' ? 'decimal' : id === 'suppressed' ? 'boolean' : 'text',
			})),
			rows: rowsFromRecords(records, (r) => (r.suppressed ? ['norway_nok'] : [])),
			csvDecimals: decimals,
		});
		expect(formatDownloadCsv(table)).toBe(formatCsv(columns, records, decimals));
	});

	it('writes the header row alone for a table without rows', () => {
		expect(formatDownloadCsv(makeDownloadTable({ rows: [] }))).toBe(
			'municipality,name,month,ukp_days,share,mean,year,status_date,level,suppressed,note\n',
		);
	});
});

describe('publishedValues(row)', () => {
	it('empties hidden cells and keeps the rest', () => {
		expect(publishedValues({ values: { a: 3, b: 'x' }, hidden: ['a'] })).toEqual({
			a: null,
			b: 'x',
		});
	});
});

describe('rowsFromRecords(records, hiddenOf)', () => {
	it('marks hidden cells per record and leaves rows without any unmarked', () => {
		const rows = rowsFromRecords(
			[
				{ v: 1, s: true },
				{ v: 2, s: false },
			],
			(r) => (r.s ? ['v'] : []),
		);
		expect(rows).toEqual([
			{ values: { v: 1, s: true }, hidden: ['v'] },
			{ values: { v: 2, s: false } },
		]);
	});
});

describe('checkDownloadTable(table)', () => {
	const base = makeDownloadTable();
	const withRow = (values: Record<string, unknown>, hidden?: string[]): DownloadTable => ({
		...base,
		rows: [{ values: values as never, hidden }],
	});

	it('finds nothing wrong with a sound table', () => {
		expect(checkDownloadTable(base)).toEqual([]);
	});

	it.each<[string, DownloadTable, string]>([
		[
			'a whole-number column with a fraction',
			withRow({ ukp_days: 1.5 }),
			'row 1: ukp_days: 1.5 must be a whole number',
		],
		[
			'a number column with text',
			withRow({ share: '0,9' }),
			'row 1: share: "0,9" must be a number',
		],
		[
			'a month that does not exist',
			withRow({ month: '2024-13' }),
			'row 1: month: "2024-13" must be a month (YYYY-MM)',
		],
		[
			'a date that does not exist',
			withRow({ status_date: '2023-02-29' }),
			'row 1: status_date: "2023-02-29" must be a date (YYYY-MM-DD)',
		],
		[
			'a year that is not four digits',
			withRow({ year: '24' }),
			'row 1: year: "24" must be a year (YYYY)',
		],
		[
			'a yes/no column with text',
			withRow({ suppressed: 'true' }),
			'row 1: suppressed: "true" must be true or false',
		],
		[
			'a text column with a number',
			withRow({ municipality: 5014 }),
			'row 1: municipality: 5014 must be text',
		],
		[
			'a hidden cell that is not a column',
			withRow({}, ['nope']),
			'row 1: nope: hidden, but not a column',
		],
		[
			'a column twice',
			{ ...base, columns: [...base.columns, base.columns[0]] },
			'column municipality appears twice',
		],
		[
			'hidden cells without a rule',
			{ ...base, suppression: null },
			'cells are hidden, but no suppression rule is given',
		],
		[
			'a period that ends before it starts',
			{ ...base, period: { start: '2024-02-01', end: '2024-01-31' } },
			'period 2024-02-01–2024-01-31 must be two dates, the first not after the second',
		],
	])('reports %s', (_, table, problem) => {
		expect(checkDownloadTable(table)).toEqual([problem]);
	});
});
