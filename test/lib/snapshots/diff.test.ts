import { describe, expect, it } from 'vitest';
import { diffSnapshot, isDeviation } from '../../../src/lib/snapshots/diff';
import { figure, measure, record, results } from '../../helpers/snapshots';

const diff = (
	then: Omit<Parameters<typeof diffSnapshot>[0], 'latest_month'>,
	now: Parameters<typeof diffSnapshot>[1],
) => diffSnapshot({ latest_month: '2026-10', ...then }, now);
const rows = (d: ReturnType<typeof diffSnapshot>) =>
	d.figures.map((c) => [c.kpi, c.area, c.period, c.then.value, c.now?.value ?? null, c.reason]);

describe('diffSnapshot(snapshot, now): the figures', () => {
	it('lists a figure whose value for the same period reads differently today, and why', () => {
		// 438 of 1 504 went home (29,1 %); 15 were registered late: 453 of 1 504 (30,1 %).
		const then = [figure('direct_home_share', 'all', '2026-09', { value: 438 / 1504 })];
		const now = results([record('direct_home_share', 'all', '2026-09', { value: 453 / 1504 })]);
		expect(rows(diff({ kpis: then, measures: [] }, { kpis: now, measures: [] }))).toEqual([
			['direct_home_share', 'all', '2026-09', 438 / 1504, 453 / 1504, 'revised'],
		]);
	});

	it('leaves out a change below the precision the pack printed (86,44 % and 86,41 % both read 86,4 %)', () => {
		const then = [
			figure('zero_day_share', 'all', '2026', { value: 0.8644 }),
			figure('ukp_days', 'all', '2026', { value: 3317 }),
		];
		const now = results([
			record('zero_day_share', 'all', '2026', { value: 0.8641 }),
			record('ukp_days', 'all', '2026', { value: 3317 }),
		]);
		expect(diff({ kpis: then, measures: [] }, { kpis: now, measures: [] }).figures).toEqual([]);
	});

	it.each([
		[
			'final: a provisional readmission share that is final now',
			figure('readmission_share', 'all', '2026-10', { value: 0.161, provisional: true }),
			record('readmission_share', 'all', '2026-10', { value: 0.158 }),
			'final',
		],
		[
			'late-rows: more months with data',
			figure('ukp_days', 'all', '2026', { value: 3000, months_with_data: 9 }),
			record('ukp_days', 'all', '2026', { value: 3317, monthsWithData: 10 }),
			'late-rows',
		],
		[
			'late-rows: the period is complete now',
			figure('ukp_days', 'cluster:Fosen', '2026-10', { value: 20, complete: false }),
			record('ukp_days', 'cluster:Fosen', '2026-10', { value: 27, complete: true }),
			'late-rows',
		],
		[
			'hidden: the public edition hides it now',
			figure('ukp_days', 'cluster:Fosen', '2026-10', { value: 20 }),
			record('ukp_days', 'cluster:Fosen', '2026-10', { value: null, suppressed: true }),
			'hidden',
		],
		[
			'revised: the same rows, other counts',
			figure('mean_ukp_days', 'all', '2026-10', { value: 2.2 }),
			record('mean_ukp_days', 'all', '2026-10', { value: 2.4 }),
			'revised',
		],
	] as const)('gives the reason %s', (_, then, now, reason) => {
		expect(
			diff({ kpis: [then], measures: [] }, { kpis: results([now]), measures: [] }).figures.map(
				(c) => c.reason,
			),
		).toEqual([reason]);
	});

	it('does not compare a figure the pack showed as hidden, and counts it', () => {
		const then = [figure('ukp_days', 'cluster:Fosen', '2026-10', { hidden: true })];
		const d = diff(
			{ kpis: then, measures: [] },
			{
				kpis: results([record('ukp_days', 'cluster:Fosen', '2026-10', { value: 27 })]),
				measures: [],
			},
		);
		expect(d.figures).toEqual([]);
		expect(d.notCompared).toBe(1);
	});

	it("compares a year to date over the months it covered then, when today's year runs further", () => {
		// Then (to October): 300 + 295 = 595 days. Today October is revised to 305 and November has come: 300 + 305 to October.
		const then = [
			figure('ukp_days', 'all', '2026', { value: 595, months_with_data: 2 }),
			figure('zero_day_share', 'all', '2026', { value: 0.9, months_with_data: 2 }),
		];
		const now = results(
			[
				record('ukp_days', 'all', '2026-09', { value: 300, numerator: 300 }),
				record('ukp_days', 'all', '2026-10', { value: 305, numerator: 305 }),
				record('ukp_days', 'all', '2026-11', { value: 280, numerator: 280 }),
				record('ukp_days', 'all', '2026', { value: 885, monthsWithData: 3 }),
				// 90 of 100 and 45 of 50: still 90,0 % to October, although November (80 %) pulls the year down.
				record('zero_day_share', 'all', '2026-09', { value: 0.9, numerator: 90, denominator: 100 }),
				record('zero_day_share', 'all', '2026-10', { value: 0.9, numerator: 45, denominator: 50 }),
				record('zero_day_share', 'all', '2026-11', { value: 0.8, numerator: 40, denominator: 50 }),
				record('zero_day_share', 'all', '2026', { value: 0.875, monthsWithData: 3 }),
			],
			{ months: ['2026-09', '2026-10', '2026-11'] },
		);
		const d = diffSnapshot(
			{ kpis: then, measures: [], latest_month: '2026-10' },
			{ kpis: now, measures: [] },
		);
		expect(
			d.figures.map((c) => [
				c.kpi,
				c.period,
				c.through,
				c.then.value,
				c.now?.value,
				c.now?.months_with_data,
				c.reason,
			]),
		).toEqual([['ukp_days', '2026', '2026-10', 595, 605, 2, 'revised']]);
	});

	it('treats a recomputed year to date as hidden when one of its months is hidden now', () => {
		const then = [figure('ukp_days', 'cluster:Fosen', '2026', { value: 40, months_with_data: 2 })];
		const now = results(
			[
				record('ukp_days', 'cluster:Fosen', '2026-09', { value: 37, numerator: 37 }),
				record('ukp_days', 'cluster:Fosen', '2026-10', { value: null, suppressed: true }),
				record('ukp_days', 'cluster:Fosen', '2026-11', { value: 20, numerator: 20 }),
			],
			{ months: ['2026-09', '2026-10', '2026-11'] },
		);
		const d = diffSnapshot(
			{ kpis: then, measures: [], latest_month: '2026-10' },
			{ kpis: now, measures: [] },
		);
		expect(d.figures.map((c) => [c.now?.value, c.now?.hidden, c.reason])).toEqual([
			[null, true, 'hidden'],
		]);
	});

	it('lists a figure that has no record today as gone to "–"', () => {
		const d = diff(
			{ kpis: [figure('ukp_days', '5099', '2026-10', { value: 12 })], measures: [] },
			{ kpis: results([]), measures: [] },
		);
		expect(d.figures.map((c) => [c.now, c.reason])).toEqual([[null, 'revised']]);
	});
});

describe('diffSnapshot(snapshot, now): the measures', () => {
	it('lists measures whose status or done-ness changed, new ones, then those gone, and nothing else', () => {
		const then = [
			measure('1.1', { status: 'green' }),
			measure('1.2', { status: 'yellow' }),
			measure('1.3', { done: false }),
			measure('1.4', { status_comment: 'Gammel' }),
			measure('9.9'),
		];
		const now = [
			measure('1.1', { status: 'red' }),
			measure('1.2', { status: 'yellow' }),
			measure('1.3', { done: true }),
			measure('1.4', {
				status_comment: 'Ny kommentar',
				flags: { overdue: true, not_reported: false, starting_soon: false },
			}),
			measure('2.1'),
		];
		const d = diff({ kpis: [], measures: then }, { kpis: results([]), measures: now });
		expect(d.measures.map((m) => [m.id, m.then?.status ?? null, m.now?.status ?? null])).toEqual([
			['1.1', 'green', 'red'],
			['1.3', 'green', 'green'],
			['2.1', null, 'green'],
			['9.9', 'green', null],
		]);
	});
});

describe('isDeviation(measure)', () => {
	it.each([
		['red', true],
		['yellow', true],
		['green', false],
		[null, false],
	] as const)('%s: %s', (status, expected) =>
		expect(isDeviation(measure('1.1', { status }))).toBe(expected),
	);
	it('is false for no measure', () => expect(isDeviation(undefined)).toBe(false));
});
