import { describe, expect, it } from 'vitest';
import { calibrateProject } from '../../../src/lib/capacity/calibrate-project';
import { computeCapacityCurve, computeCurveRange } from '../../../src/lib/capacity/curve';
import { computeScenarios } from '../../../src/lib/capacity/scenarios';
import {
	BAND_RUNS,
	computeSiteCapacity,
	computeWhatIfAreas,
	todaySystem,
} from '../../../src/lib/capacity/site-capacity';
import { capacityInput } from '../../helpers/capacity';

// The worked numbers of test/helpers/capacity.ts: the helsefellesskap has 456 ÷ 365 arrivals a day
// and 20-day stays (offered load ≈ 25 places).
describe('computeSiteCapacity(input)', () => {
	const input = capacityInput();
	const capacity = computeSiteCapacity(input)!;
	const all = capacity.calibration.areas[0];
	const today = todaySystem(all)!;

	it("holds the calibration and the helsefellesskap's scenarios against 1 767 days", () => {
		expect(capacity.calibration).toEqual(calibrateProject(input));
		expect(today).toEqual({
			arrivalsPerDay: 456 / 365,
			meanStayDays: 20,
			places: all.calibration.places.places,
		});
		expect(capacity.scenarios).toEqual(computeScenarios(today, input.settings, 1767));
	});

	it('draws the curve around today and the places needed, the band with at most BAND_RUNS runs a point', () => {
		const range = computeCurveRange(
			today.places,
			all.placesNeeded!.places,
			today.arrivalsPerDay * 20,
		);
		const settings = input.settings.simulation;
		const simulation = {
			runs: BAND_RUNS,
			years: settings.years,
			warmupDays: settings.warmup_days,
			seed: settings.seed,
			stay: { kind: 'lognormal' as const, cv: settings.stay_cv.value },
		};
		expect(BAND_RUNS).toBe(10);
		expect(capacity.curve).toEqual(computeCapacityCurve(today, { ...range, simulation }));
	});

	it('gives the what-if every area with a model', () => {
		expect(computeWhatIfAreas(capacity.calibration)).toEqual(
			capacity.calibration.areas.map((a) => ({
				id: a.area.id,
				name: a.area.name,
				system: todaySystem(a),
				targetDays: a.target!.days,
			})),
		);
	});

	it('is null when nothing can be calibrated, and has no scenarios or curve without a model', () => {
		expect(
			computeSiteCapacity({ ...input, shown: { area: () => true, shortTerm: () => false } }),
		).toBeNull();
		// No short-term stays ended: no mean stay, so no model.
		const rollup = { ...input.rollup, shortTerm: { ...input.rollup.shortTerm, sum: () => 0 } };
		const none = computeSiteCapacity({ ...input, rollup })!;
		expect(none.calibration.areas[0].calibration.gap).toBe('no_short_term_stays');
		expect(none).toMatchObject({ scenarios: [], curve: null });
		expect(computeWhatIfAreas(none.calibration)).toEqual([]);
	});
});
