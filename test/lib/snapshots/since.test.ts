import { describe, expect, it } from 'vitest';
import type { KpiId } from '../../../src/lib/kpi/definitions';
import type { FigureChange } from '../../../src/lib/snapshots/diff';
import { computeSinceLastMeeting, printedChanges } from '../../../src/lib/snapshots/since';
import { figure, measure, record, results, snapshot, TARGETS } from '../../helpers/snapshots';

const NOW_KPIS = results(
	[
		record('ukp_days', 'all', '2026-12', { value: 280, level: 'red' }),
		record('ukp_days', 'all', '2026', { value: 3900, level: 'red', monthsWithData: 12 }),
		record('ukp_days', 'all', '2026-09', { value: 300, numerator: 300 }),
		record('ukp_days', 'all', '2026-10', { value: 305, numerator: 305 }), // revised: 295 then
		record('zero_day_share', 'all', '2026-12', { value: 0.93, level: 'green' }),
		record('zero_day_share', 'all', '2026', { value: 0.91, level: 'green', monthsWithData: 12 }),
	],
	{ months: ['2026-09', '2026-10', '2026-11', '2026-12'] },
);
const NOVEMBER = snapshot({
	slug: 'asu-2026-11-18',
	meeting_date: '2026-11-18',
	period: '2026-10',
	latest_month: '2026-10',
	// The year to October was September and October only in this made-up data: 300 + 295.
	kpis: [
		figure('ukp_days', 'all', '2026-10', { value: 295 }),
		figure('ukp_days', 'all', '2026', { value: 595, level: 'red', months_with_data: 2 }),
	],
	measures: [
		measure('1.1', { status: 'red' }),
		measure('1.2', { status: 'green' }),
		measure('1.3', { status: 'yellow' }),
	],
});
const SEPTEMBER = snapshot({
	slug: 'asu-2026-09-16',
	meeting_date: '2026-09-16',
	period: '2026-08',
	latest_month: '2026-08',
});
const NOW = {
	kpis: NOW_KPIS,
	measures: [
		measure('1.1', { status: 'green', done: true }),
		measure('1.2', { status: 'yellow' }),
		measure('1.3', { status: 'yellow' }),
	],
	asOf: '2027-01-10',
};
const JANUARY = { slug: 'asu-2027-01-20', meeting_date: '2027-01-20', period: '2026-12' };
const options = { kpiIds: ['ukp_days', 'zero_day_share'] as const, targets: TARGETS };

describe('computeSinceLastMeeting(report, snapshots, now, { kpiIds, targets })', () => {
	const since = computeSinceLastMeeting(JANUARY, [SEPTEMBER, NOVEMBER], NOW, {
		...options,
		kpiIds: [...options.kpiIds],
	});
	if (since.previous === null) throw new Error('expected a previous pack');

	it('compares with the latest pack frozen before this meeting', () => {
		expect(since.previous.slug).toBe('asu-2026-11-18');
		expect(
			computeSinceLastMeeting(NOVEMBER, [SEPTEMBER, NOVEMBER], NOW, { ...options, kpiIds: [] })
				.previous?.slug,
		).toBe('asu-2026-09-16');
	});

	it('says there is none for the first pack (and never compares a pack with itself)', () => {
		expect(
			computeSinceLastMeeting(SEPTEMBER, [SEPTEMBER, NOVEMBER], NOW, { ...options, kpiIds: [] }),
		).toEqual({ previous: null });
		expect(computeSinceLastMeeting(JANUARY, [], NOW, { ...options, kpiIds: [] })).toEqual({
			previous: null,
		});
	});

	it('lists the months with data after its latest month', () => {
		expect(since.newMonths).toEqual(['2026-11', '2026-12']);
		expect(since.asOf).toBe('2027-01-10');
	});

	it('gives each KPI at its headline area then (its period) and now (this period)', () => {
		const [days, zero] = since.kpis;
		expect([
			days.then.period,
			days.then.month?.value,
			days.then.ytd?.value,
			days.now.period,
			days.now.month?.value,
			days.now.ytd?.value,
		]).toEqual(['2026-10', 295, 595, '2026-12', 280, 3900]);
		expect([zero.then.month, zero.then.ytd, zero.now.ytd?.value]).toEqual([null, null, 0.91]);
	});

	it('lists the revised figures (the year over the months it covered then) and the measures whose status changed', () => {
		expect(since.diff.figures.map((c) => [c.kpi, c.period, c.then.value, c.now?.value])).toEqual([
			['ukp_days', '2026-10', 295, 305],
			['ukp_days', '2026', 595, 605],
		]);
		expect(since.diff.measures.map((m) => m.id)).toEqual(['1.1', '1.2']);
	});

	it('lists deviations opened (green → yellow) and closed (red → green, done), not those that stayed', () => {
		expect(since.opened.map((m) => m.id)).toEqual(['1.2']);
		expect(since.closed.map((c) => [c.id, c.then?.status, c.now?.status, c.now?.done])).toEqual([
			['1.1', 'red', 'green', true],
		]);
	});
});

describe('printedChanges(changes, max)', () => {
	const change = (kpi: KpiId, period: string, through: string | null = null) =>
		({ kpi, period, through }) as unknown as FigureChange;
	const changes = [
		change('ukp_days', '2023-01'),
		change('ukp_days', '2026-09'),
		change('ukp_days', '2026', '2026-10'),
		change('direct_home_share', '2023-02'),
		change('direct_home_share', '2026-08'),
		change('direct_home_share', '2024'),
	];

	it('prints every change when there are at most max', () => {
		expect(printedChanges(changes, 6)).toEqual({ shown: changes, left: 0 });
	});

	it('prints the latest in their order when there are more, a year to date as its last month, and counts the rest', () => {
		// 2026 through October, 2026-09 and 2026-08 are the latest three; 2024 (December) is next.
		expect(printedChanges(changes, 3)).toEqual({
			shown: [changes[1], changes[2], changes[4]],
			left: 3,
		});
		// The year to date through October is later than September.
		expect(printedChanges(changes, 1).shown).toEqual([changes[2]]);
		expect(printedChanges(changes, 4).shown).toEqual([
			changes[1],
			changes[2],
			changes[4],
			changes[5],
		]);
	});
});
