import { describe, expect, it } from 'vitest';
import { rebasesFor, splitSegments } from '../../../src/lib/spc/segments';
import type { Rebase } from '../../../src/lib/spc/settings';

const rebase = (from: string, reason: string, extra: Partial<Rebase> = {}): Rebase => ({
	from,
	reason,
	...extra,
});
const months = (segments: ReturnType<typeof splitSegments>) => segments.map((s) => s.months);

describe('rebasesFor(kpi, area, rebases)', () => {
	const all = rebase('2024-01', 'alle');
	const days = rebase('2024-02', 'døgn', { kpis: ['ukp_days'] });
	const trondheim = rebase('2024-03', 'Trondheim', { areas: ['5001'] });
	const both = rebase('2024-04', 'begge', { kpis: ['ukp_days'], areas: ['all'] });

	it('keeps a rebase without kpis or areas for every series, and the others where both lists match', () => {
		expect(rebasesFor('ukp_days', 'all', [all, days, trondheim, both])).toEqual([all, days, both]);
		expect(rebasesFor('zero_day_share', '5001', [all, days, trondheim, both])).toEqual([
			all,
			trondheim,
		]);
		expect(rebasesFor('ukp_days', '5001', [all, days, trondheim, both])).toEqual([
			all,
			days,
			trondheim,
		]);
	});
});

describe('splitSegments(values, rebases)', () => {
	const values = [
		{ month: '2024-03', value: 3 },
		{ month: '2024-01', value: 1 },
		{ month: '2024-02', value: null },
		{ month: '2024-04', value: 4 },
		{ month: '2024-05', value: 5 },
	];

	it('is one segment without rebases: months sorted, months without a value left out', () => {
		expect(splitSegments(values, [])).toEqual([
			{ months: ['2024-01', '2024-03', '2024-04', '2024-05'], values: [1, 3, 4, 5], reason: null },
		]);
	});

	it('starts a new segment at a rebase’s month, with its reason', () => {
		expect(splitSegments(values, [rebase('2024-04', 'Ny rutine')])).toEqual([
			{ months: ['2024-01', '2024-03'], values: [1, 3], reason: null },
			{ months: ['2024-04', '2024-05'], values: [4, 5], reason: 'Ny rutine' },
		]);
	});

	it('splits at the first point after a rebase that falls in a gap', () => {
		expect(months(splitSegments(values, [rebase('2024-02', 'i hullet')]))).toEqual([
			['2024-01'],
			['2024-03', '2024-04', '2024-05'],
		]);
	});

	it('leaves out empty segments: a rebase before the first point, or two in one gap (the later gives the reason)', () => {
		expect(splitSegments(values, [rebase('2023-06', 'før')])).toHaveLength(1);
		const inGap = splitSegments(
			[
				{ month: '2024-01', value: 1 },
				{ month: '2024-06', value: 6 },
			],
			[rebase('2024-04', 'senere'), rebase('2024-02', 'tidligere')],
		);
		expect(inGap.map((s) => s.reason)).toEqual([null, 'senere']);
	});

	it('splits once for two rebases from the same month, with the first one’s reason', () => {
		const segments = splitSegments(values, [
			rebase('2024-04', 'første'),
			rebase('2024-04', 'andre'),
		]);
		expect(segments.map((s) => s.reason)).toEqual([null, 'første']);
	});

	it('is empty for a series without values', () => {
		expect(splitSegments([{ month: '2024-01', value: null }], [])).toEqual([]);
	});
});
