import { describe, expect, it } from 'vitest';
import { computeQueueFigures } from '../../../src/lib/capacity/erlang';
import { computePlacesNeeded } from '../../../src/lib/capacity/places-needed';

// Expected UKP days a year for λ = 1 a day, S = 20 days (a = 20), by places (reference values,
// 60-digit factorial form): 22 → 2 072,9; 23 → 1 011,6; 24 → 544,0; 25 → 305,3; 26 → 174,5.
const DEMAND = { arrivalsPerDay: 1, meanStayDays: 20 };

describe('computePlacesNeeded(demand, maxUkpDaysPerYear, maxPlaces?)', () => {
	it.each([
		[1767, 23],
		[1011.7, 23],
		[1011.6, 24],
		[544, 24],
		[305.3, 25],
		[305.2, 26],
		[100_000, 21], // the first stable count: 20 places is utilisation 1
	])('at most %s UKP days a year needs %s places', (target, places) => {
		expect(computePlacesNeeded(DEMAND, target)?.places).toBe(places);
	});

	it('returns the figures there and with one place fewer', () => {
		const needed = computePlacesNeeded(DEMAND, 1767)!;
		expect(needed.figures).toEqual(computeQueueFigures({ ...DEMAND, places: 23 }));
		expect(needed.oneFewer!.ukpDaysPerYear! / 2072.890341879295).toBeCloseTo(1, 10);
		expect(needed.figures.ukpDaysPerYear! / 1011.628098399831).toBeCloseTo(1, 10);
	});

	it('steps past unstable counts: one fewer may be unstable', () => {
		const needed = computePlacesNeeded({ arrivalsPerDay: 2, meanStayDays: 10 }, 1e9)!;
		expect(needed.places).toBe(21);
		expect(needed.oneFewer!.stable).toBe(false);
	});

	it('needs 1 place without arrivals, with nothing below it', () => {
		expect(computePlacesNeeded({ arrivalsPerDay: 0, meanStayDays: 20 }, 0)).toEqual({
			places: 1,
			figures: computeQueueFigures({ arrivalsPerDay: 0, meanStayDays: 20, places: 1 }),
			oneFewer: null,
		});
	});

	it('returns null for a target of 0 with arrivals, and when maxPlaces is too few', () => {
		expect(computePlacesNeeded(DEMAND, 0)).toBeNull();
		expect(computePlacesNeeded(DEMAND, 305.3, 24)).toBeNull();
		expect(computePlacesNeeded(DEMAND, 305.3, 25)?.places).toBe(25);
	});

	it('handles 1 000 places: a = 900 needs few above the load for a small queue', () => {
		const needed = computePlacesNeeded({ arrivalsPerDay: 36, meanStayDays: 25 }, 2)!;
		expect(needed.places).toBe(1000); // 1 000 places give 1,95 UKP days a year
		expect(needed.oneFewer!.ukpDaysPerYear).toBeGreaterThan(2);
	});

	it('throws a RangeError on a negative or missing target', () => {
		expect(() => computePlacesNeeded(DEMAND, -1)).toThrow(RangeError);
		expect(() => computePlacesNeeded(DEMAND, NaN)).toThrow(RangeError);
	});
});
