import { describe, expect, it } from 'vitest';
import { calibrateCapacity } from '../../../src/lib/capacity/calibrate';
import { calibrateProject, shownInKpis, type CalibrateProjectInput } from '../../../src/lib/capacity/calibrate-project';
import { computePlacesNeeded } from '../../../src/lib/capacity/places-needed';
import { DEFAULT_CAPACITY_SETTINGS } from '../../../src/lib/capacity/settings';
import { monthRange } from '../../../src/lib/dates';
import type { KpiRecord, KpiResults } from '../../../src/lib/kpi/types';
import { modelNumbers } from '../../../src/lib/project/load-project';
import { makeDataset } from '../../helpers/dataset';

// Worked numbers, 2025 (365 days), every month alike:
//   Trondheim (5001):  40 stays, 36 of them 0-day, 20 UKP days, 10 home → a year: 480 stays, 120 home, 240 days
//   Tydal (5033):       2 stays,  2 of them 0-day,  0 UKP days,  1 home → 24, 12, 0
//   Stjørdal (5035):   10 stays,  9 of them 0-day,  5 UKP days,  3 home → 120, 36, 60
// Værnesregionen = Tydal + Stjørdal: 144 stays, 48 home, 96 needing a place, 60 days.
// Helsefellesskapet: 624 stays, 168 home, 456 needing a place (456 ÷ 365 a day), 300 days;
// 60 stays with days (624 − 12 × 47), 300 ÷ 60 = 5 UKP days each.
// Short-term: 10 stays ended and 200 bed-days a month → 2 400 ÷ 120 = 20 days, for every area.
// December 2024 (outside the window) has 1 000 stays in Trondheim, which must not count.
const MONTHS = monthRange('2025-01', '2025-12');
const row = (month: string, code: string, [stays, zero, days, home]: number[]) => `${month},${code},${stays},${zero},${days},${home},10,1\n`;
const ukpRows = (skip: string[] = []) =>
	row('2024-12', '5001', [1000, 0, 5000, 0]) +
	MONTHS.flatMap((m) =>
		[
			['5001', [40, 36, 20, 10]],
			['5033', [2, 2, 0, 1]],
			['5035', [10, 9, 5, 3]],
		]
			.filter(([code]) => !skip.includes(`${m}|${code}`))
			.map(([code, counts]) => row(m, code as string, counts as number[])),
	).join('');
const SHORT_TERM = `month,unit,stays_ended,bed_days\n${MONTHS.map((m) => `${m},oya-helsehus,10,200`).join('\n')}\n`;

function inputOf(skip: string[] = []): CalibrateProjectInput {
	const dataset = makeDataset(ukpRows(skip), { shortTerm: SHORT_TERM });
	const { areas, rollup, targets } = modelNumbers(dataset);
	return { areas, rollup, targets, settings: DEFAULT_CAPACITY_SETTINGS };
}

describe('calibrateProject(input)', () => {
	const result = calibrateProject(inputOf())!;
	const area = (id: string) => result.areas.find((a) => a.area.id === id)!;

	it('calibrates the helsefellesskap and each cluster over the latest 12 months', () => {
		expect(result.period).toEqual({ from: '2025-01', to: '2025-12', months: 12 });
		expect(result.areas.map((a) => a.area.name)).toEqual(['Helsefellesskapet', 'Trondheim', 'Værnesregionen']);
		expect(result.withheld).toEqual([]);
		expect(result.shortTerm).toEqual({ units: ['Øya helsehus'], bedDays: 2400, staysEnded: 120 });
	});

	it.each([
		['all', 624, 168, 300],
		['cluster:Trondheim', 480, 120, 240],
		['cluster:Værnesregionen', 144, 48, 60],
	])('gives %s its sums and the calibration of calibrateCapacity', (id, stays, home, days) => {
		const { calibration } = area(id);
		expect(calibration.arrivals).toEqual({ ukpStays: stays, dischargedHome: home, needingPlace: stays - home, days: 365, perDay: (stays - home) / 365 });
		expect(calibration.stay).toEqual({ bedDays: 2400, staysEnded: 120, meanDays: 20 });
		expect(calibration.observed.ukpDays).toBe(days);
		expect(calibration).toEqual(calibrateCapacity({ period: { from: '2025-01', to: '2025-12' }, ukp: { stays, dischargedHome: home, days }, shortTerm: { bedDays: 2400, staysEnded: 120 } }));
	});

	it('says what the data say about waiting: stays with days, their share and their UKP days each', () => {
		expect(area('all').waits).toEqual({ stays: 624, staysWithDays: 60, share: 60 / 624, daysPerStayWithDays: 5 });
		expect(area('cluster:Værnesregionen').waits).toEqual({ stays: 144, staysWithDays: 12, share: 12 / 144, daysPerStayWithDays: 5 });
	});

	it('measures the helsefellesskap against 1 767 days and a cluster against its share of it', () => {
		expect(area('all').target).toEqual({ days: 1767, basis: 'target' });
		expect(area('cluster:Trondheim').target!.basis).toBe('share_of_target');
		expect(area('cluster:Trondheim').target!.days).toBeCloseTo((1767 * 240) / 300, 10);
		const demand = { arrivalsPerDay: 456 / 365, meanStayDays: 20 };
		expect(area('all').placesNeeded).toEqual(computePlacesNeeded(demand, 1767));
	});

	it('takes a cluster\'s own target from targets.yaml when it has one', () => {
		const input = inputOf();
		const ukpDays = { ...input.targets.kpis.ukp_days, area_targets: { 'cluster:Trondheim': 100 } };
		const own = calibrateProject({ ...input, targets: { ...input.targets, kpis: { ...input.targets.kpis, ukp_days: ukpDays } } })!;
		expect(own.areas[1].target).toEqual({ days: 100, basis: 'area_target' });
	});

	it('uses counted places from the settings, with their source', () => {
		const input = inputOf();
		const counted = { places: 30, counts: 'korttidsplasser', source: 'Kommunens oversikt', date: '2025-01-01' };
		const given = calibrateProject({ ...input, settings: { ...input.settings, places: { 'cluster:Trondheim': counted } } })!;
		expect(given.areas[1].calibration.places).toEqual({ method: 'given', ...counted });
		expect(given.areas[0].calibration.places.method).toBe('estimated');
	});

	it('marks an area incomplete when a month lacks a municipality\'s row', () => {
		const gap = calibrateProject(inputOf(['2025-06|5033']))!;
		expect(gap.areas.map((a) => a.complete)).toEqual([false, true, false]);
		expect(result.areas.every((a) => a.complete)).toBe(true);
	});

	it('leaves out the areas an edition may not show, and everything without the helsefellesskap or short-term sums', () => {
		const input = inputOf();
		const some = calibrateProject({ ...input, shown: { area: (a) => a !== 'cluster:Værnesregionen', shortTerm: () => true } })!;
		expect(some.areas.map((a) => a.area.id)).toEqual(['all', 'cluster:Trondheim']);
		expect(some.withheld).toEqual(['Værnesregionen']);
		expect(calibrateProject({ ...input, shown: { area: () => true, shortTerm: () => false } })).toBeNull();
		expect(calibrateProject({ ...input, shown: { area: (a) => a !== 'all', shortTerm: () => true } })).toBeNull();
	});
});

describe('shownInKpis(kpis)', () => {
	// Records of a suppressed KPI result: all has rolling 12 months, a cluster only months.
	const record = (kpi: string, area: string, period: string, suppressed: boolean) => ({ kpi, area, period, suppressed }) as KpiRecord;
	const months = monthRange('2024-12', '2025-12');
	const hiddenMonth = (area: string, month: string) => (area === 'cluster:A' && month === '2025-03') || (area === 'cluster:B' && month === '2024-12');
	const kpis = {
		get: (kpi: string, area: string, period: string) => (area === 'all' && period.includes('/') ? record(kpi, area, period, kpi === 'short_term_los') : undefined),
		series: (kpi: string, area: string) => months.map((m) => record(kpi, area, m, hiddenMonth(area, m))),
	} as unknown as KpiResults;
	const shown = shownInKpis(kpis);

	it('asks the rolling-12 record where there is one, else every month of the window', () => {
		expect(shown.area('all', '2025-01', '2025-12')).toBe(true);
		expect(shown.area('cluster:A', '2025-01', '2025-12')).toBe(false); // March is hidden
		expect(shown.area('cluster:B', '2025-01', '2025-12')).toBe(true); // only a month before the window is hidden
		expect(shown.shortTerm('2025-01', '2025-12')).toBe(false);
	});
});
