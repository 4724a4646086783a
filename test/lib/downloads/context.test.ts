import { describe, expect, it } from 'vitest';
import { editionMeta, periodOfDates, periodOfLabels } from '../../../src/lib/downloads/context';

describe('periodOfLabels(labels)', () => {
	it.each([
		[['2024-03', '2023-11', '2024-01'], { start: '2023-11-01', end: '2024-03-31' }],
		[['2024', '2022'], { start: '2022-01-01', end: '2024-12-31' }],
		[['2024-02', '2023'], { start: '2023-01-01', end: '2024-02-29' }],
		[['2017→2020', 'fra 2017'], { start: '2017-01-01', end: '2020-12-31' }],
		[['2019/2020'], { start: '2019-01-01', end: '2020-12-31' }],
	])('%j covers %j', (labels, period) => {
		expect(periodOfLabels(labels)).toEqual(period);
	});

	it('returns null when no label names a year', () => {
		expect(periodOfLabels([])).toBeNull();
		expect(periodOfLabels(['Dato - dato', '123'])).toBeNull();
	});
});

describe('periodOfDates(dates)', () => {
	it('runs from the first date to the last, nulls left out; null without dates', () => {
		expect(periodOfDates(['2024-05-01', null, '2024-01-15', '2025-02-28'])).toEqual({
			start: '2024-01-15',
			end: '2025-02-28',
		});
		expect(periodOfDates([null])).toBeNull();
	});
});

describe('editionMeta(context, hidesCounts)', () => {
	const context = { source: 'K', asOf: '2026-11-20', synthetic: true };

	it('gives a public table with patient counts the rule in force, with its footnote', () => {
		expect(editionMeta({ ...context, threshold: 4 }, true)).toEqual({
			asOf: '2026-11-20',
			suppression: { threshold: 4, footnote: expect.stringContaining('1–4 hendelser') },
			restricted: false,
		});
	});

	it('gives a public table without patient counts no rule', () => {
		expect(editionMeta({ ...context, threshold: 4 }, false)).toEqual({
			asOf: '2026-11-20',
			suppression: null,
			restricted: false,
		});
	});

	it('marks every table of a partner edition restricted, with no rule', () => {
		expect(editionMeta({ ...context, threshold: null }, true)).toEqual({
			asOf: '2026-11-20',
			suppression: null,
			restricted: true,
		});
	});
});
