import { describe, expect, it } from 'vitest';
import { computeCounts, computeFlags, type FlagInput } from '../../../src/lib/action-plan/flags';

const deadline = (end: string, more: Partial<FlagInput> = {}): FlagInput => ({
	schedule: { kind: 'deadline', start: null, end, after: [] },
	done: false,
	status: 'green',
	status_date: '2024-04-01',
	...more,
});
const range = (start: string, end: string, more: Partial<FlagInput> = {}): FlagInput => ({
	...deadline(end, more),
	schedule: { kind: 'range', start, end, after: [] },
});

describe('computeFlags(measure, today, maxAgeDays)', () => {
	it.each([
		['the day before the deadline', '2024-04-30', false],
		['on the deadline', '2024-05-01', false],
		['the day after the deadline', '2024-05-02', true],
	])('overdue %s: %s → %s', (_, today, overdue) => {
		expect(computeFlags(deadline('2024-05-01'), today).overdue).toBe(overdue);
	});

	it('is never overdue when done, nor without an end date', () => {
		expect(computeFlags(deadline('2024-05-01', { done: true }), '2025-01-01').overdue).toBe(false);
		expect(
			computeFlags(
				{
					...deadline('2024-05-01'),
					schedule: { kind: 'unscheduled', start: null, end: null, after: [] },
				},
				'2025-01-01',
			).overdue,
		).toBe(false);
	});

	it.each([
		['89 days old', '2024-06-29', false],
		['90 days old', '2024-06-30', false],
		['91 days old', '2024-07-01', true],
	])('not reported when the status is %s (today %s): %s', (_, today, stale) => {
		expect(computeFlags(deadline('2030-01-01'), today).notReported).toBe(stale);
	});

	it('counts a missing status or status date as not reported, unless done; honours maxAgeDays', () => {
		expect(
			computeFlags(deadline('2030-01-01', { status: undefined }), '2024-04-01').notReported,
		).toBe(true);
		expect(
			computeFlags(deadline('2030-01-01', { status_date: undefined }), '2024-04-01').notReported,
		).toBe(true);
		expect(
			computeFlags(deadline('2030-01-01', { status: undefined, done: true }), '2024-04-01')
				.notReported,
		).toBe(false);
		expect(computeFlags(deadline('2030-01-01'), '2024-04-12', 10).notReported).toBe(true);
	});

	it.each([
		['on the start day (already started)', '2024-06-01', false],
		['1 day before', '2024-05-31', true],
		['30 days before', '2024-05-02', true],
		['31 days before', '2024-05-01', false],
	])('starting soon %s: %s → %s', (_, today, soon) => {
		expect(computeFlags(range('2024-06-01', '2024-12-31'), today).startingSoon).toBe(soon);
	});
});

describe('computeCounts(measures)', () => {
	it('counts levels, no status, done and every flag', () => {
		const today = '2024-05-02';
		const ms = [
			deadline('2024-05-01'),
			deadline('2024-05-01', { status: 'red' }),
			deadline('2024-05-01', { status: 'yellow', done: true }),
			deadline('2030-01-01', { status: undefined }),
			{
				...deadline('2024-01-01'),
				schedule: { kind: 'unscheduled' as const, start: null, end: null, after: [] },
			},
			range('2024-05-20', '2024-06-30'),
		].map((m) => ({ ...m, flags: computeFlags(m, today) }));
		expect(computeCounts(ms)).toEqual({
			total: 6,
			green: 3,
			yellow: 1,
			red: 1,
			none: 1,
			done: 1,
			overdue: 2,
			notReported: 1,
			startingSoon: 1,
			unscheduled: 1,
		});
	});
});
