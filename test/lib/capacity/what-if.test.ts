import { describe, expect, it } from 'vitest';
import { computeQueueFigures } from '../../../src/lib/capacity/erlang';
import { computeWhatIf, type WhatIfArea } from '../../../src/lib/capacity/what-if';

// λ = 1 a day, S = 20 days, 23 places; the target 1 767 days needs 23 places (reference values:
// 22 → 2 072,9; 23 → 1 011,6 UKP days a year).
const AREA: WhatIfArea = {
	id: 'all',
	name: 'Helsefellesskapet',
	system: { arrivalsPerDay: 1, meanStayDays: 20, places: 23 },
	targetDays: 1767,
};
const NONE = { places: 0, stayDays: 0, arrivals: 0 };

describe('computeWhatIf(area, change)', () => {
	it("gives today's figures without changes", () => {
		expect(computeWhatIf(AREA, NONE)).toEqual({
			system: AREA.system,
			figures: computeQueueFigures(AREA.system),
			placesNeeded: 23,
		});
	});

	it('adds places and days, scales arrivals, and finds the places the changed demand needs', () => {
		const result = computeWhatIf(AREA, { places: -1, stayDays: 2, arrivals: 0.1 });
		expect(result.system).toEqual({ arrivalsPerDay: 1.1, meanStayDays: 22, places: 22 });
		expect(result.figures!.stable).toBe(false); // a = 24,2 > 22
		expect(result.placesNeeded).toBeGreaterThan(24);
		expect(computeWhatIf(AREA, { ...NONE, places: -1 }).figures!.ukpDaysPerYear).toBeCloseTo(
			2072.9,
			1,
		);
	});

	it('rounds places to whole numbers and has no target without one', () => {
		expect(computeWhatIf({ ...AREA, targetDays: null }, { ...NONE, places: 1.4 })).toMatchObject({
			system: { places: 24 },
			placesNeeded: null,
		});
	});

	it.each([
		[{ ...NONE, places: -23 }],
		[{ ...NONE, stayDays: -20 }],
		[{ ...NONE, arrivals: -1.5 }],
	])('gives no figures when the changes leave no place, stay or arrivals: %o', (change) => {
		expect(computeWhatIf(AREA, change)).toEqual({
			system: null,
			figures: null,
			placesNeeded: null,
		});
	});
});
