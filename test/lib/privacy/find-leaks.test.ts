import { describe, expect, it } from 'vitest';
import { findCsvLeaks, findHtmlLeaks } from '../../../src/lib/privacy/find-leaks';

describe('findHtmlLeaks(html, file, threshold)', () => {
	it('finds counts from 1 to the threshold in data-count cells, and nothing else', () => {
		const html = '<td data-count="0">0</td><td data-count="3">3</td><td data-count="4">4</td><td data-count="5">5</td><td>2</td>';
		expect(findHtmlLeaks(html, 'a.html', 4).map((l) => l.message)).toEqual(['count 3 in a data-count cell', 'count 4 in a data-count cell']);
	});
});

describe('findCsvLeaks(text, file, threshold, clusterOf)', () => {
	const clusterOf = new Map([
		['5033', 'Værnesregionen'],
		['5034', 'Værnesregionen'],
		['5035', 'Værnesregionen'],
	]);
	const header = 'kpi,area,period,value,numerator,denominator,suppressed\n';

	it('finds a small numerator, denominator or UKP-day count that is not hidden', () => {
		const text = header + 'zero_day_share,5033,2024,0.5,2,4,false\nukp_days,5034,2024,3,3,,false\nzero_day_share,5035,2024,0.9,9,10,false\n';
		expect(findCsvLeaks(text, 'a.csv', 4, clusterOf).map((l) => l.message)).toEqual([
			'line 2: zero_day_share 5033 2024 shows a count from 1 to 4',
			'line 3: ukp_days 5034 2024 shows a count from 1 to 4',
		]);
	});

	it('finds a published cluster total beside exactly one hidden municipality', () => {
		const text =
			header +
			'zero_day_share,cluster:Værnesregionen,2024,0.8,40,50,false\nzero_day_share,5033,2024,,,,true\nzero_day_share,5034,2024,0.8,16,20,false\nzero_day_share,5035,2024,0.8,24,30,false\n';
		expect(findCsvLeaks(text, 'a.csv', 4, clusterOf).map((l) => l.message)).toEqual([
			'zero_day_share 2024 Værnesregionen: one hidden municipality beside a published cluster total',
		]);
	});

	it('accepts two hidden municipalities beside a published total', () => {
		const text = header + 'zero_day_share,cluster:Værnesregionen,2024,0.8,40,50,false\nzero_day_share,5033,2024,,,,true\nzero_day_share,5034,2024,,,,true\n';
		expect(findCsvLeaks(text, 'a.csv', 4, clusterOf)).toEqual([]);
	});
});
