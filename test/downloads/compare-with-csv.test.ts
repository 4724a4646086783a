import { describe, expect, it } from 'vitest';
import { formatWorkbook } from '../../src/downloads/xlsx';
import { formatDownloadCsv } from '../../src/lib/downloads/table';
import { makeDownloadTable } from '../helpers/download-table';
import { compareWithCsv, readWorkbook } from '../helpers/xlsx';

// The build tier compares every built workbook with its CSV through compareWithCsv (test/helpers):
// here it is shown to find the differences it is there to find.
describe('compareWithCsv(book, csv)', () => {
	const table = makeDownloadTable();
	const csv = formatDownloadCsv(table);
	const book = async () => readWorkbook(await formatWorkbook(table));

	it('finds nothing between a table\'s workbook and its CSV: labels, ja/nei, months, dates, "skjult", æøå', async () => {
		expect(compareWithCsv(await book(), csv)).toEqual([]);
	});

	it.each([
		[
			'a changed number',
			(text: string) => text.replace(',12345,', ',12346,'),
			/row 1 ukp_days: 12345 ≠ 12346/,
		],
		[
			'a changed name',
			(text: string) => text.replace('Frøya', 'Froya'),
			/row 1 name: "Frøya" ≠ "Froya"/,
		],
		[
			'a month a month off',
			(text: string) => text.replace('5014,Frøya,2024-01', '5014,Frøya,2024-02'),
			/row 1 month: \d+ ≠ 2024-02/,
		],
		[
			'"skjult" in a row that is not suppressed',
			(text: string) => text.replace('red,true,', 'red,false,'),
			/row 2 ukp_days: "skjult" where the CSV is empty and the row is not suppressed/,
		],
		[
			'a value where the workbook has none',
			(text: string) => text.replace('2024-01-31,,false', '2024-01-31,green,false'),
			/row 3 level: null ≠ "green"/,
		],
		[
			'another column',
			(text: string) => text.replace('municipality,name', 'kommune,name'),
			/"Om tallene" lists municipality,name,.*the CSV has kommune,name/,
		],
	])('reports %s', async (_, change, problem) => {
		expect(compareWithCsv(await book(), change(csv)).join('\n')).toMatch(problem);
	});

	it('reports an id shown with two labels, or two ids with one label', async () => {
		const twoLabels = makeDownloadTable({
			rows: [{ values: { level: 'green' } }, { values: { level: 'red' } }],
			columns: [
				{
					id: 'level',
					heading: 'Avvik',
					kind: 'text',
					labels: { green: 'Ingen avvik', red: 'Ingen avvik' },
				},
			],
		});
		expect(
			compareWithCsv(readWorkbook(await formatWorkbook(twoLabels)), formatDownloadCsv(twoLabels)),
		).toEqual([expect.stringMatching(/^level: two ids share a label/)]);
	});
});
