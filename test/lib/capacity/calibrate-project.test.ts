import { describe, expect, it } from 'vitest';
import { calibrateCapacity } from '../../../src/lib/capacity/calibrate';
import { calibrateProject, shownInKpis } from '../../../src/lib/capacity/calibrate-project';
import { computePlacesNeeded } from '../../../src/lib/capacity/places-needed';
import { monthRange } from '../../../src/lib/dates';
import type { KpiRecord, KpiResults } from '../../../src/lib/kpi/types';
import { capacityInput } from '../../helpers/capacity';

// The worked numbers are in test/helpers/capacity.ts.
describe('calibrateProject(input)', () => {
	const result = calibrateProject(capacityInput())!;
	const area = (id: string) => result.areas.find((a) => a.area.id === id)!;

	it('calibrates the helsefellesskap and each cluster over the latest 12 months', () => {
		expect(result.period).toEqual({ from: '2025-01', to: '2025-12', months: 12 });
		expect(result.areas.map((a) => a.area.name)).toEqual([
			'Helsefellesskapet',
			'Trondheim',
			'Værnesregionen',
		]);
		expect(result.withheld).toEqual([]);
		expect(result.shortTerm).toEqual({ units: ['Øya helsehus'], bedDays: 2400, staysEnded: 120 });
	});

	it.each([
		['all', 624, 168, 300],
		['cluster:Trondheim', 480, 120, 240],
		['cluster:Værnesregionen', 144, 48, 60],
	])('gives %s its sums and the calibration of calibrateCapacity', (id, stays, home, days) => {
		const { calibration } = area(id);
		expect(calibration.arrivals).toEqual({
			ukpStays: stays,
			dischargedHome: home,
			needingPlace: stays - home,
			days: 365,
			perDay: (stays - home) / 365,
		});
		expect(calibration.stay).toEqual({ bedDays: 2400, staysEnded: 120, meanDays: 20 });
		expect(calibration.observed.ukpDays).toBe(days);
		expect(calibration).toEqual(
			calibrateCapacity({
				period: { from: '2025-01', to: '2025-12' },
				ukp: { stays, dischargedHome: home, days },
				shortTerm: { bedDays: 2400, staysEnded: 120 },
			}),
		);
	});

	it('says what the data say about waiting: stays with days, their share and their UKP days each', () => {
		expect(area('all').waits).toEqual({
			stays: 624,
			staysWithDays: 60,
			share: 60 / 624,
			daysPerStayWithDays: 5,
		});
		expect(area('cluster:Værnesregionen').waits).toEqual({
			stays: 144,
			staysWithDays: 12,
			share: 12 / 144,
			daysPerStayWithDays: 5,
		});
	});

	it('measures the helsefellesskap against 1 767 days and a cluster against its share of it', () => {
		expect(area('all').target).toEqual({ days: 1767, basis: 'target' });
		expect(area('cluster:Trondheim').target!.basis).toBe('share_of_target');
		expect(area('cluster:Trondheim').target!.days).toBeCloseTo((1767 * 240) / 300, 10);
		const demand = { arrivalsPerDay: 456 / 365, meanStayDays: 20 };
		expect(area('all').placesNeeded).toEqual(computePlacesNeeded(demand, 1767));
	});

	it("takes a cluster's own target from targets.yaml when it has one", () => {
		const input = capacityInput();
		const ukpDays = { ...input.targets.kpis.ukp_days, area_targets: { 'cluster:Trondheim': 100 } };
		const own = calibrateProject({
			...input,
			targets: { ...input.targets, kpis: { ...input.targets.kpis, ukp_days: ukpDays } },
		})!;
		expect(own.areas[1].target).toEqual({ days: 100, basis: 'area_target' });
	});

	it('uses counted places from the settings, with their source', () => {
		const input = capacityInput();
		const counted = {
			places: 30,
			counts: 'korttidsplasser',
			source: 'Kommunens oversikt',
			date: '2025-01-01',
		};
		const given = calibrateProject({
			...input,
			settings: { ...input.settings, places: { 'cluster:Trondheim': counted } },
		})!;
		expect(given.areas[1].calibration.places).toEqual({ method: 'given', ...counted });
		expect(given.areas[0].calibration.places.method).toBe('estimated');
	});

	it("marks an area incomplete when a month lacks a municipality's row", () => {
		const gap = calibrateProject(capacityInput(['2025-06|5033']))!;
		expect(gap.areas.map((a) => a.complete)).toEqual([false, true, false]);
		expect(result.areas.every((a) => a.complete)).toBe(true);
	});

	it('leaves out the areas an edition may not show, and everything without the helsefellesskap or short-term sums', () => {
		const input = capacityInput();
		const some = calibrateProject({
			...input,
			shown: { area: (a) => a !== 'cluster:Værnesregionen', shortTerm: () => true },
		})!;
		expect(some.areas.map((a) => a.area.id)).toEqual(['all', 'cluster:Trondheim']);
		expect(some.withheld).toEqual(['Værnesregionen']);
		expect(
			calibrateProject({ ...input, shown: { area: () => true, shortTerm: () => false } }),
		).toBeNull();
		expect(
			calibrateProject({ ...input, shown: { area: (a) => a !== 'all', shortTerm: () => true } }),
		).toBeNull();
	});
});

describe('shownInKpis(kpis)', () => {
	// Records of a suppressed KPI result: all has rolling 12 months, a cluster only months.
	const record = (kpi: string, area: string, period: string, suppressed: boolean) =>
		({ kpi, area, period, suppressed }) as KpiRecord;
	const months = monthRange('2024-12', '2025-12');
	const hiddenMonth = (area: string, month: string) =>
		(area === 'cluster:A' && month === '2025-03') || (area === 'cluster:B' && month === '2024-12');
	const kpis = {
		get: (kpi: string, area: string, period: string) =>
			area === 'all' && period.includes('/')
				? record(kpi, area, period, kpi === 'short_term_los')
				: undefined,
		series: (kpi: string, area: string) =>
			months.map((m) => record(kpi, area, m, hiddenMonth(area, m))),
	} as unknown as KpiResults;
	const shown = shownInKpis(kpis);

	it('asks the rolling-12 record where there is one, else every month of the window', () => {
		expect(shown.area('all', '2025-01', '2025-12')).toBe(true);
		expect(shown.area('cluster:A', '2025-01', '2025-12')).toBe(false); // March is hidden
		expect(shown.area('cluster:B', '2025-01', '2025-12')).toBe(true); // only a month before the window is hidden
		expect(shown.shortTerm('2025-01', '2025-12')).toBe(false);
	});
});
