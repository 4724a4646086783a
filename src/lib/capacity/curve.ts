import { computeErlangB, queueFiguresFromErlangB } from './erlang';
import type { QueueDemand } from './places-needed';
import { simulateQueues, type SimulationSettings } from './simulate';

// UKP days a year against places for one area's demand: the Erlang C line at every count in a
// range, and the seeded simulation's 10th–90th percentile band at a few of them. The band costs
// runs × years × days of simulation (the points share the random draws, each runs its own queue),
// so it is drawn at a handful of points only.

/** Expected UKP days a year (Erlang C) at a number of places; `null` where the queue is unstable. */
export interface CurvePoint {
	places: number;
	ukpDaysPerYear: number | null;
}

/** The simulated spread of UKP days a year at a number of places (days a year). */
export interface BandPoint {
	places: number;
	p10: number;
	p50: number;
	p90: number;
}

/** The curve of one area: the line, the band and how the band was simulated. */
export interface CapacityCurve {
	line: CurvePoint[];
	band: BandPoint[];
	simulation: SimulationSettings;
}

export interface CurveOptions {
	/** The first and last place count of the line (whole numbers, `from` ≤ `to`). */
	from: number;
	to: number;
	/** The place counts the band is simulated at (each inside `from`…`to`, stable ones only). */
	bandAt: number[];
	simulation: SimulationSettings;
}

/**
 * Returns Erlang C's UKP days a year at every place count from `from` to `to` (one sweep of the
 * Erlang B recursion) and the simulated 10th, 50th and 90th percentiles at each stable count of
 * `bandAt`, every point with the same seed (common random numbers keep the band smooth across
 * counts). Throws a RangeError on a bad demand or simulation setting.
 */
export function computeCapacityCurve(demand: QueueDemand, options: CurveOptions): CapacityCurve {
	const { from, to, bandAt, simulation } = options;
	const load = demand.arrivalsPerDay * demand.meanStayDays;
	let erlangB = computeErlangB(from - 1, load);
	const line: CurvePoint[] = [];
	for (let places = from; places <= to; places++) {
		erlangB = (load * erlangB) / (places + load * erlangB);
		line.push({
			places,
			ukpDaysPerYear: queueFiguresFromErlangB({ ...demand, places }, erlangB).ukpDaysPerYear,
		});
	}
	const counts = bandAt.filter((places) => places > load && places >= from && places <= to);
	const band = simulateQueues(demand, counts, simulation).map(({ p10, p50, p90 }, i) => ({
		places: counts[i],
		p10,
		p50,
		p90,
	}));
	return { line, band, simulation };
}

/**
 * Returns the range of a curve around today's places (whole number ≥ 1) and the places the target
 * needs (`null` when out of reach): from 5 below the smaller of the two (but above the offered
 * load, where the queue is stable) to 10 above the larger; and the band's counts: every
 * `step` places from the start, with today, the places needed and the end added.
 */
export function computeCurveRange(
	today: number,
	needed: number | null,
	load: number,
	step = 5,
): { from: number; to: number; bandAt: number[] } {
	const low = Math.min(today, needed ?? today);
	const high = Math.max(today, needed ?? today);
	const from = Math.max(Math.floor(load) + 1, low - 5, 1);
	const to = Math.max(high + 10, from + step);
	const counts = new Set<number>([today, to, ...(needed === null ? [] : [needed])]);
	for (let places = from; places <= to; places += step) counts.add(places);
	return {
		from,
		to,
		bandAt: [...counts].filter((c) => c >= from && c <= to).sort((a, b) => a - b),
	};
}
