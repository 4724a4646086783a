import { describe, expect, it } from 'vitest';
import { computePlanStatus } from '../../../src/lib/action-plan/plan-status';
import type { ActionPlan } from '../../../src/lib/action-plan/parse-plan';
import { parseYaml } from '../../../src/lib/parse-yaml';
import type { Report } from '../../../src/lib/reports/parse-report';
import { normalizeSections } from '../../../src/lib/reports/sections';
import { DEFAULT_SPC_SETTINGS } from '../../../src/lib/spc';
import { formatSnapshot } from '../../../src/lib/snapshots/format';
import {
	freezeSnapshot,
	NotPublicError,
	type FreezeInput,
} from '../../../src/lib/snapshots/freeze';
import { SnapshotSchema } from '../../../src/lib/snapshots/schema';
import type { Manifest } from '../../../src/lib/manifest';
import { record, results, TARGETS } from '../../helpers/snapshots';

const REPORT: Report = {
	slug: 'asu-2026-11-18',
	file: 'reports/asu-2026-11-18.md',
	title: 'Status for utskrivningsklare pasienter',
	meeting: 'ASU',
	meeting_date: '2026-11-18',
	sak: '47/26',
	sak_demo: true,
	example: false,
	period: '2026-10',
	data_cutoff: '2026-11-13',
	audience: 'partner',
	layout: 'pack',
	body: '',
	sections: normalizeSections([
		{ type: 'kpi-summary', kpis: ['zero_day_share'] },
		{ type: 'kpi-areas', kpis: ['zero_day_share'] },
		{ type: 'deviations' },
	]),
};
const MANIFEST = {
	title: 'Demo',
	synthetic: true,
	as_of: '2026-11-13',
	source: 'generator',
} as Manifest;
const PLAN: ActionPlan = {
	title: 'Plan',
	reportMaxAgeDays: 90,
	theory: {} as ActionPlan['theory'],
	changesFromDraft: null,
	activities: [
		{
			id: 1,
			title: 'Aktivitet 1',
			measures: [
				{
					id: '1.1',
					text: 'Bestille dashboard',
					period: 'Innen 1.5.24',
					priority: 'Høy',
					scope: 'Stort',
					responsible: 'Analysegruppen',
					status: 'red',
					status_comment: 'Forsinket',
					status_date: '2026-10-01',
					done: false,
					activityId: 1,
					schedule: { start: null, end: '2024-05-01', dependsOn: null } as never,
				},
				{
					id: '1.2',
					text: 'Lage mal',
					period: 'Dato - dato',
					priority: null,
					scope: null,
					responsible: null,
					done: true,
					activityId: 1,
					schedule: { start: null, end: null, dependsOn: null } as never,
				},
			],
		},
	],
};
// Zero-day share 9 of 10 in October, 45 of 50 in the year; Fosen hidden in October (a small count).
const KPIS = results([
	record('zero_day_share', 'all', '2026-10', {
		value: 0.9,
		monthsWithData: 1,
		target: 0.9,
		level: 'green',
		achievement: 1,
	}),
	record('zero_day_share', 'all', '2026', {
		value: 0.9,
		monthsWithData: 10,
		monthsInPeriod: 10,
		target: 0.9,
		level: 'green',
		achievement: 1,
	}),
	record('zero_day_share', 'cluster:Fosen', '2026-10', { value: null, suppressed: true }),
	record('zero_day_share', 'cluster:Fosen', '2026', {
		value: 0.75,
		monthsWithData: 10,
		provisional: false,
		level: 'red',
		complete: false,
	}),
	record('zero_day_share', 'cluster:Trondheim', '2026', {
		value: 0.92,
		monthsWithData: 10,
		level: 'green',
	}),
]);
const HASH = (c: string) => c.repeat(64);
const INPUT: FreezeInput = {
	report: REPORT,
	kpis: KPIS,
	targets: TARGETS,
	manifest: MANIFEST,
	plan: computePlanStatus(PLAN, '2026-11-13'),
	spc: DEFAULT_SPC_SETTINGS,
	reportFile: { path: 'asu-2026-11-18.md', sha256: HASH('b') },
	dataFiles: [{ path: 'ukp_monthly.csv', sha256: HASH('c') }],
	pdf: { file: 'asu-2026-11-18.pdf', sha256: HASH('d'), bytes: 1234 },
};

describe('freezeSnapshot(input)', () => {
	const snapshot = freezeSnapshot(INPUT);

	it('holds the meeting, the data cut-off, the edition and the hashes it was given', () => {
		expect(snapshot).toMatchObject({
			slug: 'asu-2026-11-18',
			meeting: 'ASU',
			meeting_date: '2026-11-18',
			sak: '47/26',
			period: '2026-10',
			edition: 'public',
			data_cutoff: '2026-11-13',
			latest_month: '2026-10',
			suppression_threshold: 4,
		});
		expect(snapshot.pdf).toEqual({ file: 'asu-2026-11-18.pdf', sha256: HASH('d'), bytes: 1234 });
		expect(snapshot.data_files).toEqual([{ path: 'ukp_monthly.csv', sha256: HASH('c') }]);
	});

	it('holds every figure the sections show, a hidden one without its value, and leaves out figures without a record', () => {
		expect(snapshot.kpis.map((f) => [f.area, f.period, f.value, f.hidden, f.level])).toEqual([
			['all', '2026', 0.9, false, 'green'],
			['all', '2026-10', 0.9, false, 'green'],
			['cluster:Fosen', '2026', 0.75, false, 'red'],
			['cluster:Fosen', '2026-10', null, true, null],
			['cluster:Trondheim', '2026', 0.92, false, 'green'],
		]);
		expect(
			snapshot.kpis.find((f) => f.area === 'cluster:Fosen' && f.period === '2026'),
		).toMatchObject({ complete: false, months_with_data: 10 });
	});

	it('holds the SPC verdict of each series it shows (too few points here: none)', () => {
		expect(snapshot.spc.map((s) => [s.kpi, s.area, s.variation, s.assurance])).toEqual([
			['zero_day_share', 'all', 'none', 'none'],
			['zero_day_share', 'cluster:Fosen', 'none', 'none'],
		]);
	});

	it("holds each measure's status, comment, status date and flags on the as-of date", () => {
		expect(snapshot.measures).toEqual([
			{
				id: '1.1',
				text: 'Bestille dashboard',
				status: 'red',
				status_comment: 'Forsinket',
				status_date: '2026-10-01',
				done: false,
				flags: { overdue: true, not_reported: false, starting_soon: false },
			},
			{
				id: '1.2',
				text: 'Lage mal',
				status: null,
				status_comment: null,
				status_date: null,
				done: true,
				flags: { overdue: false, not_reported: false, starting_soon: false },
			},
		]);
	});

	it('refuses results that hide nothing: a partner edition is never archived', () => {
		expect(() =>
			freezeSnapshot({ ...INPUT, kpis: results(KPIS.records, { suppressionThreshold: null }) }),
		).toThrow(NotPublicError);
	});

	it('writes snapshot.json that reads back as the same snapshot, one list item a line', () => {
		const text = formatSnapshot(snapshot);
		expect(parseYaml(text, 'snapshot.json', SnapshotSchema)).toEqual({
			value: snapshot,
			issues: [],
		});
		expect(JSON.parse(text)).toEqual(snapshot);
		expect(
			text.split('\n').filter((line) => line.startsWith('\t\t{"kpi":"zero_day_share"')),
		).toHaveLength(5 + 2);
	});
});
