import { describe, expect, it } from 'vitest';
import { computeGanttLayout } from '../../../src/lib/charts/gantt-layout';
import { getProject } from '../../../src/loaders/project';

const planOn = (today: string) => getProject('data', { today }).plan!;

describe('computeGanttLayout(status, activityIds)', () => {
	it('spans Q1 2024 – Q4 2025 by quarter when every date and today fall inside', () => {
		const layout = computeGanttLayout(planOn('2024-06-01'));
		expect(layout.domain).toEqual(['2024-01-01', '2025-12-31']);
		expect(layout.quarters.map((q) => q.label)).toEqual([
			'Q1 2024',
			'Q2 2024',
			'Q3 2024',
			'Q4 2024',
			'Q1 2025',
			'Q2 2025',
			'Q3 2025',
			'Q4 2025',
		]);
		expect(layout.today?.label).toBe('i dag 1.6.2024');
	});

	it('widens to whole quarters around a measure or today outside the default range', () => {
		const status = planOn('2026-11-20');
		const early = structuredClone(status);
		early.activities[0].measures[0].schedule = {
			kind: 'range',
			start: '2023-11-15',
			end: '2024-02-01',
			after: [],
		};
		expect(computeGanttLayout(early).domain).toEqual(['2023-10-01', '2026-12-31']);
	});

	it('gives every measure a row: a bar, a diamond, or a note when unscheduled; arrows for dependencies', () => {
		const layout = computeGanttLayout(planOn('2026-11-20'), [1, 5]);
		const rows = layout.rows.filter((r) => r.measure);
		expect(rows.map((r) => r.measure!.id)).toEqual([
			'1.1',
			'1.2',
			'1.3',
			'1.4',
			'5.1',
			'5.2',
			'5.3',
			'5.4',
			'5.5',
			'5.6',
			'5.7',
			'5.8',
			'5.9',
		]);
		const kind = (id: string) => {
			const r = rows.find((x) => x.measure!.id === id)!;
			return r.bar ? 'bar' : r.milestone ? 'diamond' : r.note;
		};
		expect([kind('1.1'), kind('1.2'), kind('1.3'), kind('5.8')]).toEqual([
			'diamond',
			'bar',
			'bar',
			'ikke tidfestet',
		]);
		expect(layout.arrows.map((a) => `${a.from}→${a.to}`)).toEqual(['1.1→1.2']);
		expect(
			layout.rows.filter((r) => r.kind === 'activity').map((r) => r.title.slice(0, 2)),
		).toEqual(['1.', '5.']);
	});
});
