import { describe, expect, it } from 'vitest';
import { pageWindowStart } from '../../../src/lib/kpi/present';
import { windowSpc } from '../../../src/lib/spc/window';
import type { SpcPoint, SpcSegment } from '../../../src/lib/spc/types';

const point = (month: string, segment: number): SpcPoint => ({
	kpi: 'ukp_days',
	area: 'all',
	month,
	value: 10,
	segment,
	mean: 10,
	lpl: 5,
	upl: 15,
	rules: [],
});
const segment = (
	n: number,
	from: string,
	to: string,
	points: number,
	reason: string | null,
): SpcSegment => ({ segment: n, from, to, points, mean: 10, lpl: 5, upl: 15, reason });
// Segment 0: 2021-11 … 2022-02 (4 points); segment 1, rebased: 2022-03 … 2022-05 (3 points).
const points = ['2021-11', '2021-12', '2022-01', '2022-02']
	.map((m) => point(m, 0))
	.concat(['2022-03', '2022-04', '2022-05'].map((m) => point(m, 1)));
const segments = [
	segment(0, '2021-11', '2022-02', 4, null),
	segment(1, '2022-03', '2022-05', 3, 'Tiltak'),
];

describe('windowSpc(points, segments, from)', () => {
	it('keeps the points from the start month and cuts the segment that began earlier, limits unchanged', () => {
		const w = windowSpc(points, segments, '2022-01');
		expect(w.points.map((p) => p.month)).toEqual([
			'2022-01',
			'2022-02',
			'2022-03',
			'2022-04',
			'2022-05',
		]);
		expect(w.leftOut).toBe(2);
		expect(w.segments).toEqual([{ ...segments[0], from: '2022-01', points: 2 }, segments[1]]);
	});

	it('drops a segment that ended before the start, and the reason of a rebase it does not draw', () => {
		const w = windowSpc(points, segments, '2022-04');
		expect(w.segments).toEqual([{ ...segments[1], from: '2022-04', points: 2, reason: null }]);
	});

	it.each([null, '2020-01'])('gives everything from %s', (from) => {
		expect(windowSpc(points, segments, from)).toEqual({ points, segments, leftOut: 0 });
	});
});

describe('pageWindowStart(latestMonth)', () => {
	it.each([
		['2026-10', '2022-01'],
		['2027-01', '2023-01'],
	])('shows five calendar years up to %s: from %s', (latest, from) =>
		expect(pageWindowStart(latest)).toBe(from),
	);
});
