import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues';
import { parseStaysByDays } from '../../../src/lib/comparison/stays-by-days';

const FILE = 'data/ukp_stays_by_days.csv';
const HEADER = 'month,municipality,days,stays,day_sum\n';
// ukp_monthly.csv: 2024-01, 5001: 10 stays, 6 zero-day, 20 + 71 = 91 days (lengths 2, 3, 5, 10, 31, 40).
const MONTHLY = new Map([
	['2024-01|5001', { line: 7, ukpStays: 12, ukpStaysZeroDays: 6, ukpDays: 91 }],
]);
const GOOD =
	'2024-01,5001,0,6,\n2024-01,5001,2,1,\n2024-01,5001,3,1,3\n2024-01,5001,5,1,\n2024-01,5001,10,1,\n2024-01,5001,31+,2,71\n';
const parse = (body: string) =>
	parseStaysByDays(HEADER + body, FILE, MONTHLY, 'data/ukp_monthly.csv', new Set(['5001']));

describe('parseStaysByDays(text, file, monthly, monthlyFile, municipalities)', () => {
	it('reads a complete month; days without a row had 0 stays', () => {
		const { stays, issues } = parse(GOOD);
		expect(issues).toEqual([]);
		const s = stays.get('2024-01|5001')!;
		expect([
			s.exact[0],
			s.exact[2],
			s.exact[4],
			s.exact[10],
			s.over30Stays,
			s.over30DaySum,
		]).toEqual([6, 1, 0, 1, 2, 71]);
	});

	it.each([
		[
			'a 31+ row without its day sum',
			GOOD.replace('31+,2,71', '31+,2,'),
			[
				"data/ukp_stays_by_days.csv:7: day_sum: is empty; required for the 31+ row (the sum of its stays' UKP days)",
				'data/ukp_stays_by_days.csv:2: day_sum: month 2024-01, municipality 5001: Σ UKP days is 20, but data/ukp_monthly.csv:7 says 91',
			],
		],
		[
			'a day sum that is not days × stays',
			GOOD.replace('3,1,3', '3,1,4'),
			['data/ukp_stays_by_days.csv:4: day_sum: "4" must be days × stays (3)'],
		],
		[
			'a days value above 30',
			GOOD.replace('10,1,', '32,1,'),
			['data/ukp_stays_by_days.csv:6: days: "32" must be a whole number 0–30, or 31+'],
		],
		[
			'stays that do not add up to ukp_stays',
			GOOD.replace('5,1,', '5,2,'),
			[
				'data/ukp_stays_by_days.csv:2: day_sum: month 2024-01, municipality 5001: Σ UKP days is 96, but data/ukp_monthly.csv:7 says 91',
				'data/ukp_stays_by_days.csv:2: stays: month 2024-01, municipality 5001: Σ stays is 13, but data/ukp_monthly.csv:7 says 12',
			],
		],
		[
			'a municipality not in municipalities.csv, named by its path',
			'2024-01,5999,0,3,\n',
			[
				'data/ukp_stays_by_days.csv:2: municipality: "5999" is not in data/municipalities.csv',
				'data/ukp_stays_by_days.csv:2: -: month 2024-01, municipality 5999 has no row in data/ukp_monthly.csv',
			],
		],
		[
			'a month that ukp_monthly.csv does not have',
			'2024-02,5001,0,3,\n',
			[
				'data/ukp_stays_by_days.csv:2: -: month 2024-02, municipality 5001 has no row in data/ukp_monthly.csv',
			],
		],
	])('rejects %s', (_, body, expected) => {
		expect(parse(body).issues.map(formatIssue).sort()).toEqual([...expected].sort());
	});
});
