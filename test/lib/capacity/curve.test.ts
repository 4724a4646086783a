import { describe, expect, it } from 'vitest';
import { computeCapacityCurve, computeCurveRange } from '../../../src/lib/capacity/curve';
import { computeQueueFigures } from '../../../src/lib/capacity/erlang';
import { simulateQueue, type SimulationSettings } from '../../../src/lib/capacity/simulate';

const DEMAND = { arrivalsPerDay: 1, meanStayDays: 20 };
const SIMULATION: SimulationSettings = {
	runs: 2,
	years: 2,
	warmupDays: 100,
	seed: 7,
	stay: { kind: 'lognormal', cv: 1 },
};

describe('computeCapacityCurve(demand, options)', () => {
	const curve = computeCapacityCurve(DEMAND, {
		from: 19,
		to: 26,
		bandAt: [18, 20, 23, 26, 30],
		simulation: SIMULATION,
	});

	it('gives Erlang C at every count of the range, null where unstable', () => {
		expect(curve.line.map((p) => p.places)).toEqual([19, 20, 21, 22, 23, 24, 25, 26]);
		for (const p of curve.line)
			expect(p.ukpDaysPerYear).toBe(
				computeQueueFigures({ ...DEMAND, places: p.places }).ukpDaysPerYear,
			);
		expect(curve.line.slice(0, 2).map((p) => p.ukpDaysPerYear)).toEqual([null, null]);
	});

	it('simulates the band at the stable counts inside the range, each with the same seed', () => {
		expect(curve.band.map((b) => b.places)).toEqual([23, 26]);
		const again = simulateQueue({ ...DEMAND, places: 23 }, SIMULATION);
		expect(curve.band[0]).toEqual({ places: 23, p10: again.p10, p50: again.p50, p90: again.p90 });
		expect(curve.simulation).toBe(SIMULATION);
	});
});

describe('computeCurveRange(today, needed, load, step?)', () => {
	it.each([
		// today 793, needed 801, load 770,5: 788…811, band every 5 from 788 with today, needed and the end
		[793, 801, 770.5, { from: 788, to: 811, bandAt: [788, 793, 798, 801, 803, 808, 811] }],
		// needed below today; the start stays above the load
		[30, 25, 22.5, { from: 23, to: 40, bandAt: [23, 25, 28, 30, 33, 38, 40] }],
		[10, null, 2, { from: 5, to: 20, bandAt: [5, 10, 15, 20] }],
	])('today %s, needed %s, load %s', (today, needed, load, expected) => {
		expect(computeCurveRange(today, needed, load)).toEqual(expected);
	});
});
