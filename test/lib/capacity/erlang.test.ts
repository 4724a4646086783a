import { describe, expect, it } from 'vitest';
import { computeErlangB, computeQueueFigures } from '../../../src/lib/capacity/erlang';

// Reference values computed independently: the factorial form of Erlang C in 60-digit arithmetic
// (mpmath), checked against scipy's Poisson form.
describe('computeQueueFigures(system)', () => {
	it.each([
		// arrivals/day, stay days, places, P(wait), L_q (patients)
		[1, 20, 25, 0.2091028265988366, 0.8364113063953468],
		[20, 1, 25, 0.2091028265988366, 0.8364113063953468],
		[4, 2, 10, 0.40918015079644354, 1.6367206031857746],
		[2.5, 10, 30, 0.24989316688690655, 1.249465834434533],
		[30, 25, 800, 0.04383476803866317, 0.6575215205799475],
		[36, 25, 1000, 0.0005926699663787812, 0.005334029697409031],
		[39.6, 25, 1000, 0.6590804218808545, 65.24896176620459],
		[9, 25, 300, 1.1343679175619378e-6, 3.4031037526858135e-6],
		[11.2, 25, 300, 0.16381416929292014, 2.2933983701008818],
	])(
		'λ = %s a day, S = %s days, c = %s: P(wait) = %s, L_q = %s',
		(arrivalsPerDay, meanStayDays, places, waitProbability, meanQueue) => {
			const figures = computeQueueFigures({ arrivalsPerDay, meanStayDays, places });
			expect(figures.stable).toBe(true);
			expect(figures.waitProbability).toBeCloseTo(waitProbability, 12);
			expect(figures.waitProbability! / waitProbability).toBeCloseTo(1, 10);
			expect(figures.meanQueue! / meanQueue).toBeCloseTo(1, 10);
			expect(figures.meanWaitDays! / (meanQueue / arrivalsPerDay)).toBeCloseTo(1, 10);
			expect(figures.ukpDaysPerYear! / (meanQueue * 365)).toBeCloseTo(1, 10);
		},
	);

	it('gives the textbook figure: a = 20, c = 25 → P(wait) ≈ 0,209, utilisation 0,8', () => {
		const figures = computeQueueFigures({ arrivalsPerDay: 1, meanStayDays: 20, places: 25 });
		expect(figures).toMatchObject({ stable: true, offeredLoad: 20, utilisation: 0.8 });
		expect(figures.waitProbability!.toFixed(3)).toBe('0.209');
		expect(figures.ukpDaysPerYear!.toFixed(2)).toBe('305.29');
	});

	it.each([0.1, 0.5, 0.9, 0.99])(
		'matches M/M/1 closed forms at ρ = %s: P(wait) = ρ, L_q = ρ²/(1 − ρ)',
		(rho) => {
			const figures = computeQueueFigures({ arrivalsPerDay: rho, meanStayDays: 1, places: 1 });
			expect(figures.waitProbability).toBeCloseTo(rho, 14);
			expect(figures.meanQueue! / ((rho * rho) / (1 - rho))).toBeCloseTo(1, 12);
			expect(figures.meanWaitDays! / (rho / (1 - rho))).toBeCloseTo(1, 12);
		},
	);

	it.each([
		[300, 0.5],
		[300, 0.999],
		[1000, 0.9],
		[1000, 0.999999],
		[1000, 1e-6],
	])('stays finite at %s places, utilisation %s: no overflow, no NaN', (places, rho) => {
		const figures = computeQueueFigures({ arrivalsPerDay: places * rho, meanStayDays: 1, places });
		for (const value of [
			figures.waitProbability,
			figures.meanQueue,
			figures.meanWaitDays,
			figures.ukpDaysPerYear,
		]) {
			expect(Number.isFinite(value)).toBe(true);
			expect(value).toBeGreaterThanOrEqual(0);
		}
		expect(figures.waitProbability).toBeLessThanOrEqual(1);
	});

	it('is unstable at utilisation exactly 1 and above: stable false, the four queue figures null', () => {
		const unstable = {
			stable: false,
			waitProbability: null,
			meanQueue: null,
			meanWaitDays: null,
			ukpDaysPerYear: null,
		};
		expect(computeQueueFigures({ arrivalsPerDay: 12, meanStayDays: 25, places: 300 })).toEqual({
			...unstable,
			offeredLoad: 300,
			utilisation: 1,
		});
		expect(computeQueueFigures({ arrivalsPerDay: 20, meanStayDays: 1, places: 19 })).toMatchObject({
			...unstable,
			offeredLoad: 20,
		});
		expect(computeQueueFigures({ arrivalsPerDay: 1, meanStayDays: 1, places: 1 })).toMatchObject(
			unstable,
		);
	});

	it('is stable just below utilisation 1, with a very long queue', () => {
		const figures = computeQueueFigures({ arrivalsPerDay: 11.996, meanStayDays: 25, places: 300 }); // a = 299,9
		expect(figures.stable).toBe(true);
		expect(figures.waitProbability! / 0.9928905690462025).toBeCloseTo(1, 8);
		expect(figures.meanQueue! / 2977.678816568884).toBeCloseTo(1, 8);
		const edge = computeQueueFigures({ arrivalsPerDay: 1 - 1e-12, meanStayDays: 1, places: 1 });
		expect(edge.stable).toBe(true);
		expect(Number.isFinite(edge.ukpDaysPerYear)).toBe(true);
	});

	it('gives zeros without arrivals', () => {
		expect(computeQueueFigures({ arrivalsPerDay: 0, meanStayDays: 20, places: 3 })).toEqual({
			stable: true,
			offeredLoad: 0,
			utilisation: 0,
			waitProbability: 0,
			meanQueue: 0,
			meanWaitDays: 0,
			ukpDaysPerYear: 0,
		});
	});

	it.each([
		[{ arrivalsPerDay: -1, meanStayDays: 1, places: 1 }, /arrivalsPerDay/],
		[{ arrivalsPerDay: NaN, meanStayDays: 1, places: 1 }, /arrivalsPerDay/],
		[{ arrivalsPerDay: 1, meanStayDays: 0, places: 1 }, /meanStayDays/],
		[{ arrivalsPerDay: 1, meanStayDays: Infinity, places: 1 }, /meanStayDays/],
		[{ arrivalsPerDay: 1, meanStayDays: 1, places: 0 }, /places/],
		[{ arrivalsPerDay: 1, meanStayDays: 1, places: 2.5 }, /places/],
	])('throws a RangeError naming the field for %o', (system, field) => {
		expect(() => computeQueueFigures(system)).toThrow(RangeError);
		expect(() => computeQueueFigures(system)).toThrow(field);
	});
});

describe('computeErlangB(places, load)', () => {
	it('matches the reference value and the one-place form B(1, a) = a / (1 + a)', () => {
		expect(computeErlangB(25, 20)).toBeCloseTo(0.050221777890794614, 14);
		expect(computeErlangB(1, 3)).toBeCloseTo(0.75, 15);
		expect(computeErlangB(0, 3)).toBe(1);
	});

	it('underflows to 0, not NaN, when blocking is vanishingly rare', () => {
		expect(computeErlangB(1000, 1)).toBe(0);
	});
});
