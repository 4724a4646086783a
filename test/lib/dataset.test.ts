import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/dataset';
import { errorLines, makeDataset, makeTexts } from '../helpers/dataset';

const HEADER =
	'month,municipality,ukp_stays,ukp_stays_zero_days,ukp_days,discharged_home,readmission_base,readmissions_30d\n';

describe('parseDataset(files): one message per broken rule, FILE:LINE: COLUMN: message', () => {
	it.each([
		[
			'a negative count',
			'2024-01,5001,10,8,-3,2,10,1',
			'data/ukp_monthly.csv:2: ukp_days: "-3" must be a whole number ≥ 0',
		],
		[
			'a decimal count',
			'2024-01,5001,10,8,4.5,2,10,1',
			'data/ukp_monthly.csv:2: ukp_days: "4.5" must be a whole number ≥ 0',
		],
		[
			'a month in another form',
			'2024-1,5001,10,8,4,2,10,1',
			'data/ukp_monthly.csv:2: month: "2024-1" must be a month written YYYY-MM',
		],
		[
			'a month 13',
			'2024-13,5001,10,8,4,2,10,1',
			'data/ukp_monthly.csv:2: month: "2024-13" must be a month written YYYY-MM',
		],
		[
			'a code that lost its leading zero',
			'2024-01,301,10,8,4,2,10,1',
			'data/ukp_monthly.csv:2: municipality: "301" must be a 4-digit municipality code (kommunenummer, leading zeros kept)',
		],
		[
			'an unknown municipality',
			'2024-01,5999,10,8,4,2,10,1',
			'data/ukp_monthly.csv:2: municipality: "5999" is not in data/municipalities.csv',
		],
		[
			'more zero-day stays than stays',
			'2024-01,5001,10,11,0,2,10,1',
			'data/ukp_monthly.csv:2: ukp_stays_zero_days: "11" must be ≤ ukp_stays (10)',
		],
		[
			'more sent home than stays',
			'2024-01,5001,10,8,4,12,10,1',
			'data/ukp_monthly.csv:2: discharged_home: "12" must be ≤ ukp_stays (10)',
		],
		[
			'more readmissions than their base',
			'2024-01,5001,10,8,4,2,10,11',
			'data/ukp_monthly.csv:2: readmissions_30d: "11" must be ≤ readmission_base (10)',
		],
		[
			'fewer days than stays with days',
			'2024-01,5001,10,6,3,2,10,1',
			'data/ukp_monthly.csv:2: ukp_days: "3" must be ≥ ukp_stays − ukp_stays_zero_days (4): every stay that is not zero-day has at least one day',
		],
		[
			'days although every stay is zero-day',
			'2024-01,5001,10,10,2,2,10,1',
			'data/ukp_monthly.csv:2: ukp_days: "2" must be 0 when every stay is zero-day (ukp_stays = ukp_stays_zero_days = 10)',
		],
		[
			'a row with a cell too few',
			'2024-01,5001,10,8,4,2,10',
			'data/ukp_monthly.csv:2: -: has 7 fields, the header has 8',
		],
	])('rejects %s', (_, row, expected) => {
		expect(errorLines(() => makeDataset(`${row}\n`))).toEqual([expected]);
	});

	it('rejects a (month, municipality) pair given twice, naming the first line', () => {
		const rows =
			'2024-01,5001,10,8,4,2,10,1\n2024-02,5001,10,8,4,2,10,1\n2024-01,5001,9,8,4,2,10,1\n';
		expect(errorLines(() => makeDataset(rows))).toEqual([
			'data/ukp_monthly.csv:4: -: month 2024-01 and municipality 5001 appear twice (first on line 2)',
		]);
	});

	it('reports every problem in every file at once, in file and line order', () => {
		const municipalities =
			'municipality,name,cluster,population_67plus,population_80plus\n5001,Trondheim,Trondheim,100,10\n5001,Trondheim,Trondheim,x,0\n';
		const lines = errorLines(() =>
			makeDataset('2024-01,5001,10,8,-3,2,10,1\n2024-02,5001,a,8,4,2,10,1\n', { municipalities }),
		);
		expect(lines).toEqual([
			'data/municipalities.csv:3: population_67plus: "x" must be a whole number ≥ 0',
			'data/ukp_monthly.csv:2: ukp_days: "-3" must be a whole number ≥ 0',
			'data/ukp_monthly.csv:3: ukp_stays: "a" must be a whole number ≥ 0',
		]);
	});

	it('reports a misspelt column once on the header line, not once per row', () => {
		const text = HEADER.replace('ukp_days', 'ukp_dayz') + '2024-01,5001,10,8,4,2,10,1\n';
		expect(errorLines(() => parseDataset(makeTexts({ ukp: text })))).toEqual([
			'data/ukp_monthly.csv:1: ukp_days: missing column',
			'data/ukp_monthly.csv:1: ukp_dayz: unknown column; expected month, municipality, ukp_stays, ukp_stays_zero_days, ukp_days, discharged_home, readmission_base, readmissions_30d',
		]);
	});

	it('reports a missing file', () => {
		expect(
			errorLines(() =>
				parseDataset(makeTexts({ ukp: HEADER + '2024-01,5001,1,1,0,0,1,0\n', shortTerm: null })),
			),
		).toEqual(['data/short_term_monthly.csv:1: -: file not found']);
	});

	it('rejects a short-term unit and month given twice', () => {
		const shortTerm =
			'month,unit,stays_ended,bed_days\n2024-01,oya-helsehus,10,200\n2024-01,oya-helsehus,11,200\n';
		expect(errorLines(() => makeDataset('2024-01,5001,1,1,0,0,1,0\n', { shortTerm }))).toEqual([
			'data/short_term_monthly.csv:3: -: month 2024-01 and unit oya-helsehus appear twice (first on line 2)',
		]);
	});

	it('reports a targets file error at the line of the offending key', () => {
		const targets =
			'origin: { numbers: x, numbers_short: x, asu: x }\neffective_date: 2024-1-01\nbaseline_year: "2023"\nkpis: {}\n';
		const lines = errorLines(() => makeDataset('2024-01,5001,1,1,0,0,1,0\n', { targets }));
		expect(lines[0]).toBe(
			'data/targets.yaml:2: effective_date: "2024-1-01" must be a date written YYYY-MM-DD',
		);
		expect(lines).toContain('data/targets.yaml:4: kpis.ukp_days: is missing');
	});

	it('keeps an empty cell as missing (null), not 0, and accepts a BOM with CRLF', () => {
		const ds = parseDataset(
			makeTexts({ ukp: `\uFEFF${HEADER.replace('\n', '\r\n')}2024-01,5001,10,8,4,2,,\r\n` }),
		);
		expect(ds.ukp[0]).toMatchObject({
			line: 2,
			municipality: '5001',
			ukpDays: 4,
			readmissionBase: null,
			readmissions30d: null,
		});
	});

	it('keeps municipality codes as text with leading zeros', () => {
		const municipalities =
			'municipality,name,cluster,population_67plus,population_80plus\n0301,Oslo,Oslo,,\n';
		const ds = makeDataset('2024-01,0301,1,1,0,0,1,0\n', { municipalities });
		expect(ds.ukp[0].municipality).toBe('0301');
		expect(ds.municipalities[0]).toMatchObject({ code: '0301', population67: null });
	});
});
