import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/lib/action-plan/parse-period';
import { resolveSchedules } from '../../../src/lib/action-plan/resolve-schedule';

const m = (id: string, period: Period, durationDays = 30) => ({ id, period, durationDays });
const after = (...ids: string[]): Period => ({ kind: 'after', after: ids });

describe('resolveSchedules(inputs)', () => {
	it('starts an "Avhengig av" measure when the measure it waits for ends, for durationDays', () => {
		const { schedules, problems } = resolveSchedules([
			m('1.1', { kind: 'deadline', end: '2024-05-01' }),
			m('1.2', after('1.1'), 60),
		]);
		expect(problems).toEqual([]);
		expect(schedules.get('1.1')).toEqual({
			kind: 'deadline',
			start: null,
			end: '2024-05-01',
			after: [],
		});
		expect(schedules.get('1.2')).toEqual({
			kind: 'after',
			start: '2024-05-01',
			end: '2024-06-30',
			after: ['1.1'],
		});
	});

	it('resolves chains in any order and waits for the last of several', () => {
		const { schedules } = resolveSchedules([
			m('1.3', after('1.2', '1.4')),
			m('1.2', after('1.1'), 10),
			m('1.1', { kind: 'range', start: '2024-01-01', end: '2024-01-31' }),
			m('1.4', { kind: 'deadline', end: '2024-02-05' }),
		]);
		expect(schedules.get('1.2')).toMatchObject({ start: '2024-01-31', end: '2024-02-10' });
		expect(schedules.get('1.3')).toMatchObject({ start: '2024-02-10', end: '2024-03-11' });
	});

	it('leaves a measure unscheduled while what it waits for is', () => {
		const { schedules, problems } = resolveSchedules([
			m('7.1', { kind: 'unscheduled' }),
			m('7.2', after('7.1')),
		]);
		expect(problems).toEqual([]);
		expect(schedules.get('7.2')).toEqual({ kind: 'after', start: null, end: null, after: ['7.1'] });
	});

	it('reports an unknown dependency', () => {
		const { schedules, problems } = resolveSchedules([m('1.2', after('9.9'))]);
		expect(problems).toEqual([
			{ id: '1.2', message: 'depends on "9.9", which is not a measure in the plan' },
		]);
		expect(schedules.get('1.2')?.end).toBeNull();
	});

	it('reports each cycle once, at its first measure', () => {
		const { problems } = resolveSchedules([
			m('1.1', { kind: 'deadline', end: '2024-05-01' }),
			m('2.1', after('2.2')),
			m('2.2', after('2.3')),
			m('2.3', after('2.1')),
			m('3.1', after('3.1')),
			m('3.2', after('2.2')),
		]);
		expect(problems).toEqual([
			{ id: '2.1', message: 'circular dependency: 2.1 → 2.2 → 2.3 → 2.1' },
			{ id: '3.1', message: 'circular dependency: 3.1 → 3.1' },
		]);
	});
});
