import { describe, expect, it } from 'vitest';
import { monthScale, round1, spacedYears, valueScale } from '../../../src/lib/charts/scales';

describe('valueScale(values, range, fromZero)', () => {
	it('starts a count at 0 and ends a little above the largest value, made nice', () => {
		expect(valueScale([120, null, 180], [100, 0], true).domain()).toEqual([0, 200]);
	});

	it('puts a share in a band around the data', () => {
		// 0,80 − 0,15 × 0,25 − 0,01 = 0,7525 … 0,95 + 0,1975 × 0,08 = 0,966; made nice in steps of 0,05.
		const [lo, hi] = valueScale([0.8, 0.95], [100, 0], false).domain();
		expect([lo, hi].map((v) => +v.toFixed(2))).toEqual([0.75, 1]);
	});

	it('still gives an axis when there is no value at all', () => {
		expect(valueScale([null, null], [100, 0], true).domain()).toEqual([0, 1.2]);
	});
});

describe('monthScale(months, range)', () => {
	it('spaces months evenly and ticks the Januaries', () => {
		const { x, yearTicks } = monthScale(['2023-11', '2023-12', '2024-01', '2024-02'], [0, 300]);
		expect(['2023-11', '2024-01', '2024-02'].map(x)).toEqual([0, 200, 300]);
		expect(yearTicks).toEqual(['2024-01']);
	});
});

describe('round1(n)', () => {
	it('rounds to 0.1 px', () => {
		expect([round1(389.7244), round1(-0.04), round1(12.35)]).toEqual([389.7, -0, 12.4]);
	});
});

describe('spacedYears(yearTicks, x, minGap)', () => {
	const years = Array.from({ length: 20 }, (_, i) => `${2007 + i}-01`);
	const x = (m: string) => (+m.slice(0, 4) - 2007) * 9; // twenty years on a 180 px axis

	it('keeps every k-th year so labels stay minGap apart', () => {
		expect(spacedYears(years, x, 40)).toEqual(['2007-01', '2012-01', '2017-01', '2022-01']);
	});

	it('keeps every year when they fit, and a lone year', () => {
		expect(spacedYears(years, (m) => x(m) * 5, 40)).toEqual(years);
		expect(spacedYears(['2024-01'], x, 40)).toEqual(['2024-01']);
	});
});
