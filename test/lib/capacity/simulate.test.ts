import { quantile } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { computeQueueFigures } from '../../../src/lib/capacity/erlang';
import {
	simulateQueue,
	simulateQueues,
	type SimulationSettings,
} from '../../../src/lib/capacity/simulate';

const EXPONENTIAL: SimulationSettings = {
	runs: 100,
	years: 50,
	warmupDays: 365,
	seed: 20231004,
	stay: { kind: 'exponential' },
};
const SMALL: SimulationSettings = {
	runs: 20,
	years: 2,
	warmupDays: 100,
	seed: 1,
	stay: { kind: 'lognormal', cv: 1 },
};

describe('simulateQueue(system, settings)', () => {
	it.each([
		{ arrivalsPerDay: 1, meanStayDays: 20, places: 25 },
		{ arrivalsPerDay: 4, meanStayDays: 2, places: 10 },
	])('with exponential stays, its long-run mean is within 5 % of Erlang C (%o)', (system) => {
		const expected = computeQueueFigures(system).ukpDaysPerYear!;
		const { mean } = simulateQueue(system, EXPONENTIAL);
		expect(Math.abs(mean / expected - 1)).toBeLessThan(0.05);
	});

	it('returns runs × years yearly figures and their 10th, 50th and 90th percentiles', () => {
		const result = simulateQueue({ arrivalsPerDay: 1, meanStayDays: 20, places: 25 }, SMALL);
		expect(result.yearly).toHaveLength(40);
		expect(result.yearly.every((days) => Number.isFinite(days) && days >= 0)).toBe(true);
		expect(result.p10).toBe(quantile(result.yearly, 0.1));
		expect(result.p50).toBe(quantile(result.yearly, 0.5));
		expect(result.p90).toBe(quantile(result.yearly, 0.9));
		expect(result.p10).toBeLessThanOrEqual(result.p50);
		expect(result.p50).toBeLessThanOrEqual(result.p90);
		expect(result.mean).toBeCloseTo(result.yearly.reduce((s, d) => s + d, 0) / 40, 9);
	});

	it('gives identical results for the same seed and different results for another seed', () => {
		const system = { arrivalsPerDay: 2, meanStayDays: 10, places: 22 };
		const first = simulateQueue(system, SMALL);
		expect(simulateQueue(system, SMALL)).toEqual(first);
		expect(simulateQueue(system, { ...SMALL, seed: 2 }).yearly).not.toEqual(first.yearly);
	});

	it('gives less waiting with equal stays (CV 0) than with exponential stays, as queueing theory says', () => {
		const system = { arrivalsPerDay: 1, meanStayDays: 20, places: 24 };
		const settings = { ...EXPONENTIAL, runs: 50, years: 10 };
		const equal = simulateQueue(system, { ...settings, stay: { kind: 'lognormal', cv: 0 } }).mean;
		const exponential = simulateQueue(system, settings).mean;
		expect(equal).toBeLessThan(0.8 * exponential);
	});

	it('gives 0 UKP days without arrivals, and grows with the horizon when unstable', () => {
		expect(
			simulateQueue({ arrivalsPerDay: 0, meanStayDays: 20, places: 1 }, SMALL).yearly.every(
				(d) => d === 0,
			),
		).toBe(true);
		const unstable = simulateQueue(
			{ arrivalsPerDay: 1.2, meanStayDays: 20, places: 20 },
			{ ...SMALL, runs: 5, years: 3 },
		);
		expect(unstable.yearly[2]).toBeGreaterThan(unstable.yearly[0]);
	});

	it('draws the same stream on every machine: the first figures of seed 1 stay what they were', () => {
		// Pinned when the simulation learnt to serve several place counts from one stream (simulateQueues).
		expect(simulateQueue({ arrivalsPerDay: 1, meanStayDays: 20, places: 25 }, SMALL).p50).toBe(
			140.9509886951979,
		);
		expect(
			simulateQueue(
				{ arrivalsPerDay: 1.2, meanStayDays: 20, places: 20 },
				{ ...SMALL, runs: 1, years: 3, stay: { kind: 'exponential' } },
			).yearly,
		).toEqual([24997.935723492403, 46462.642797865716, 69097.98303407196]);
	});

	it.each([
		[{ runs: 0 }, /runs/],
		[{ years: 1.5 }, /years/],
		[{ warmupDays: -1 }, /warmupDays/],
		[{ seed: 0.5 }, /seed/],
		[{ stay: { kind: 'lognormal', cv: -1 } }, /stay\.cv/],
	] as [Partial<SimulationSettings>, RegExp][])(
		'throws a RangeError naming the setting for %o',
		(change, setting) => {
			expect(() =>
				simulateQueue({ arrivalsPerDay: 1, meanStayDays: 1, places: 2 }, { ...SMALL, ...change }),
			).toThrow(setting);
		},
	);
});

describe('simulateQueues(demand, places, settings)', () => {
	const demand = { arrivalsPerDay: 1, meanStayDays: 20 };

	it('gives each count what simulateQueue gives it alone, in the order asked', () => {
		// Load 20: 15 places start with 15 stays in progress, 22 and 25 with 20, so 15 takes a stream of its own.
		const counts = [25, 15, 22];
		expect(simulateQueues(demand, counts, SMALL)).toEqual(
			counts.map((places) => simulateQueue({ ...demand, places }, SMALL)),
		);
		expect(simulateQueues(demand, [], SMALL)).toEqual([]);
	});

	it('throws a RangeError naming a bad place count', () => {
		expect(() => simulateQueues(demand, [22, 0], SMALL)).toThrow(/places/);
	});
});
