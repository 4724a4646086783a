import { describe, expect, it } from 'vitest';
import { computeRollup, groupId } from '../../src/lib/rollup';

interface Row {
	month: string;
	unit: string;
	stays: number | null;
	days: number | null;
}
const ROWS: Row[] = [
	{ month: '2024-01', unit: 'a', stays: 10, days: 30 },
	{ month: '2024-01', unit: 'b', stays: 5, days: null },
	{ month: '2024-02', unit: 'a', stays: 4, days: 8 },
	{ month: '2024-04', unit: 'b', stays: 2, days: 6 },
];
const rollup = computeRollup(ROWS, {
	areaIds: ['all', 'a', 'b'],
	areasOf: (r) => [r.unit, 'all'],
	first: '2024-01',
	last: '2024-04',
	groups: {
		stays: { columns: { stays: (r) => r.stays } },
		both: { columns: { stays: (r) => r.stays, days: (r) => r.days } },
	},
});

describe('computeRollup(rows, spec)', () => {
	it('sums a column per area and month, and over any window', () => {
		expect(rollup.sum('stays', 'stays', 'all', 0, 0)).toBe(15);
		expect(rollup.sum('stays', 'stays', 'all', 0, 3)).toBe(21);
		expect(rollup.sum('stays', 'stays', 'a', 1, 3)).toBe(4);
	});

	it('counts a row in a group only when every column of the group is present', () => {
		// b's January has no days: its 5 stays count for "stays" but not for "both".
		expect(rollup.sum('both', 'stays', 'all', 0, 0)).toBe(10);
		expect(rollup.rows('both', 'b', 0, 3)).toBe(1);
		expect(rollup.rows('stays', 'b', 0, 3)).toBe(2);
	});

	it('tells months with rows from months without: a month without a row is missing, not 0', () => {
		expect(rollup.monthsWithRows('stays', 'all', 0, 3)).toBe(3); // March has no row
		expect(rollup.monthsWithRows('both', 'b', 0, 0)).toBe(0);
		expect(rollup.monthsWithFewerRows('stays', 'all', 0, 3, 2)).toBe(3); // only January has both units
	});

	it('clips windows to the months it has and places months by position', () => {
		expect(rollup.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
		expect(rollup.position('2023-12')).toBe(-1);
		expect(rollup.sum('stays', 'stays', 'all', -11, 0)).toBe(15); // a year that starts before the data
		expect(rollup.sum('stays', 'stays', 'all', 4, 15)).toBe(0); // a window after the data
	});

	it('gives one area of a group as running totals', () => {
		const view = rollup.view('both', 'a');
		expect([...view.running('days')]).toEqual([0, 30, 38, 38, 38]);
		expect([...view.rows]).toEqual([1, 1, 0, 0]);
		expect([...view.withRows]).toEqual([0, 1, 2, 2, 2]);
	});

	it('refuses an area, group or column it does not have, and a row outside its months', () => {
		expect(() => rollup.sum('stays', 'stays', 'c', 0, 0)).toThrow('no area "c"');
		expect(() => rollup.sum('nope', 'stays', 'all', 0, 0)).toThrow('no group "nope"');
		expect(() => rollup.sum('both', 'beds', 'all', 0, 0)).toThrow('no column "beds"');
		const spec = {
			areaIds: ['a'],
			areasOf: () => ['a'],
			first: '2024-01',
			last: '2024-01',
			groups: {},
		};
		expect(() => computeRollup([{ month: '2024-02' }], spec)).toThrow('month 2024-02 is outside');
	});
});

describe('groupId(columns)', () => {
	it('names a group by its columns in any order', () =>
		expect(groupId(['ukp_stays', 'discharged_home'])).toBe(
			groupId(['discharged_home', 'ukp_stays']),
		));
});
