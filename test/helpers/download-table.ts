import { formatSuppressionFootnote } from '../../src/lib/downloads/about';
import type { DownloadTable } from '../../src/lib/downloads/table';

/**
 * Returns a small download table with every column kind, Norwegian letters in names (Frøya,
 * Holtålen, Rørvik), text that needs CSV quoting, an empty cell and a cell hidden for privacy.
 */
export function makeDownloadTable(overrides: Partial<DownloadTable> = {}): DownloadTable {
	return {
		file: 'test/kommuner',
		title: 'UKP-døgn per kommune og måned',
		description: 'Testtabell med æøå.',
		definition: 'Summen av UKP-døgn.',
		source: 'Syntetiske testdata',
		period: { start: '2024-01-01', end: '2024-02-29' },
		asOf: '2024-03-15',
		synthetic: true,
		suppression: { threshold: 4, footnote: formatSuppressionFootnote(4) },
		keywords: ['UKP-døgn'],
		page: '/test/',
		columns: [
			{ id: 'municipality', heading: 'Kommunenummer', kind: 'text' },
			{ id: 'name', heading: 'Kommune', kind: 'text' },
			{ id: 'month', heading: 'Måned', kind: 'month' },
			{ id: 'ukp_days', heading: 'UKP-døgn', kind: 'integer' },
			{ id: 'share', heading: 'Andel med 0 døgn (%)', kind: 'share' },
			{ id: 'mean', heading: 'Snitt (døgn)', kind: 'decimal', decimals: 2 },
			{ id: 'year', heading: 'År', kind: 'year' },
			{ id: 'status_date', heading: 'Statusdato', kind: 'date' },
			{
				id: 'level',
				heading: 'Avvik',
				kind: 'text',
				labels: { green: 'Ingen avvik', red: 'Kritiske avvik' },
			},
			{ id: 'suppressed', heading: 'Skjult', kind: 'boolean' },
			{ id: 'note', heading: 'Merknad', kind: 'text' },
		],
		rows: [
			{
				values: {
					municipality: '5014',
					name: 'Frøya',
					month: '2024-01',
					ukp_days: 12345,
					share: 0.8642,
					mean: 2.345,
					year: '2024',
					status_date: '2024-02-29',
					level: 'green',
					suppressed: false,
					note: 'Tall, "foreløpig"',
				},
			},
			{
				values: {
					municipality: '5026',
					name: 'Holtålen',
					month: '2024-02',
					ukp_days: 3,
					share: null,
					mean: null,
					year: 2024,
					status_date: null,
					level: 'red',
					suppressed: true,
					note: null,
				},
				hidden: ['ukp_days'],
			},
			{
				values: {
					municipality: '0301',
					name: 'Rørvik',
					month: '2024-02',
					ukp_days: 0,
					share: 1,
					mean: 0,
					year: '2024',
					status_date: '2024-01-31',
					level: null,
					suppressed: false,
					note: 'Linje 1\nlinje 2',
				},
			},
		],
		...overrides,
	};
}
