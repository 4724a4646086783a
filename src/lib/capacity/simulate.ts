import { quantileSorted } from 'd3-array';
import {
	drawExponential,
	drawNormal,
	lognormalParameters,
	mulberry32,
	normalSource,
	type Rng,
} from '../random';
import { assertQueueSystem, DAYS_PER_YEAR, type QueueSystem } from './erlang';
import type { QueueDemand } from './places-needed';

// The stochastic counterpart of Erlang C, after the NHS IPACS model: day by day, a Poisson number
// of patients become ready for discharge, each takes the first free place in order of arrival
// (FIFO) and stays a random time. It shows the spread that the formula's mean hides.

/** How stay lengths are spread around their mean. */
export type StaySpread = { kind: 'lognormal'; cv: number } | { kind: 'exponential' };

/** How to simulate: how many runs of how many measured years, after how long a warm-up. */
export interface SimulationSettings {
	/** Independent runs (whole number ≥ 1). */
	runs: number;
	/** Years measured in each run after the warm-up (whole number ≥ 1; a year is 365 days). */
	years: number;
	/** Days simulated and discarded before measuring, so the start state does not count (whole number ≥ 0). */
	warmupDays: number;
	/** Seed of the random stream; the same seed gives the same result (whole number, taken modulo 2³²). */
	seed: number;
	/** Spread of stay lengths; `exponential` is the one Erlang C assumes (CV 1). */
	stay: StaySpread;
}

/** UKP days a year over every simulated year. */
export interface SimulationResult {
	/** Returns the UKP days (patient-days spent waiting, days) of each measured year, run by run: runs × years values. */
	yearly: number[];
	/** Returns the 10th, 50th and 90th percentile of `yearly` (days; linear between order statistics). */
	p10: number;
	p50: number;
	p90: number;
	/** Returns the mean of `yearly` (days); in the long run it approaches Erlang C's L_q × 365 for exponential stays. */
	mean: number;
}

/**
 * Returns the UKP days of every simulated year and their 10th, 50th and 90th percentiles (days a
 * year). A year's UKP days are the time waited inside that year, so a wait across New Year counts
 * in both years, and a wait still going at the end counts up to the end. Every place starts with a
 * stay in progress where the load fills it (places in use ≈ offered load), so a short warm-up is
 * enough; an unstable system (utilisation ≥ 1) is simulated too, but its figures then grow with the
 * horizon. Throws a RangeError on inputs outside the documented ranges.
 */
export function simulateQueue(system: QueueSystem, settings: SimulationSettings): SimulationResult {
	return simulateQueues(system, [system.places], settings)[0];
}

/**
 * Returns {@link simulateQueue} of the demand at each place count of `places`, in that order: the
 * same numbers, in less time. The random draws (arrivals, stays, the stays in progress at the start)
 * do not depend on the places as long as the stays in progress fill the same number of them, so
 * each draw is made once and every such count's queue takes it. Throws a RangeError as
 * {@link simulateQueue} does.
 */
export function simulateQueues(
	demand: QueueDemand,
	places: readonly number[],
	settings: SimulationSettings,
): SimulationResult[] {
	for (const count of places) assertQueueSystem({ ...demand, places: count });
	assertSettings(settings);
	const results: SimulationResult[] = new Array(places.length);
	// Counts whose stays in progress differ use the stream differently: one pass over it for each.
	const byBusy = new Map<number, number[]>();
	places.forEach((count, i) => {
		const busy = busyPlaces({ ...demand, places: count });
		byBusy.set(busy, [...(byBusy.get(busy) ?? []), i]);
	});
	for (const [busy, indices] of byBusy) {
		const yearly = simulateStream(
			demand,
			busy,
			indices.map((i) => places[i]),
			settings,
		);
		indices.forEach((i, k) => (results[i] = summarise(yearly[k])));
	}
	return results;
}

function summarise(yearly: number[]): SimulationResult {
	const sorted = [...yearly].sort((a, b) => a - b);
	const mean = yearly.reduce((sum, days) => sum + days, 0) / yearly.length;
	return {
		yearly,
		p10: quantileSorted(sorted, 0.1)!,
		p50: quantileSorted(sorted, 0.5)!,
		p90: quantileSorted(sorted, 0.9)!,
		mean,
	};
}

// One stream for all runs: separately seeded mulberry32 streams could overlap. Returns, per place
// count, the UKP days of every measured year, run by run.
function simulateStream(
	demand: QueueDemand,
	busy: number,
	places: readonly number[],
	settings: SimulationSettings,
): number[][] {
	const rng = mulberry32(settings.seed);
	const yearly = places.map((): number[] => []);
	for (let run = 0; run < settings.runs; run++) {
		const runYears = simulateRun(demand, busy, places, settings, rng);
		runYears.forEach((years, k) => yearly[k].push(...years));
	}
	return yearly;
}

/** Returns the UKP days of each measured year of one run, for each place count. */
function simulateRun(
	demand: QueueDemand,
	busy: number,
	places: readonly number[],
	settings: SimulationSettings,
	rng: Rng,
): Float64Array[] {
	const drawStay = stayDrawer(rng, demand.meanStayDays, settings.stay);
	const inProgress = staysInProgress(demand, busy, settings.stay, rng);
	const queues = places.map((count) => startingPlaces(inProgress, count));
	const yearly = places.map(() => new Float64Array(settings.years));
	if (demand.arrivalsPerDay === 0) return yearly;
	const days = settings.warmupDays + settings.years * DAYS_PER_YEAR;
	const gap = 1 / demand.arrivalsPerDay; // mean days between arrivals
	for (let day = 0; day < days; day++) {
		// Exponential gaps within the day make the day's count Poisson(λ); a gap that would cross
		// midnight is dropped and drawn afresh from the next day's start, which memorylessness allows.
		for (
			let arrival = day + drawExponential(rng, gap);
			arrival < day + 1;
			arrival += drawExponential(rng, gap)
		) {
			const stay = drawStay();
			for (let k = 0; k < queues.length; k++) {
				const freeAt = queues[k];
				const start = Math.max(arrival, freeAt[0]); // the place that frees first, FIFO
				replaceEarliest(freeAt, start + stay);
				if (start > arrival)
					addWait(yearly[k], arrival - settings.warmupDays, start - settings.warmupDays);
			}
		}
	}
	return yearly;
}

function stayDrawer(rng: Rng, mean: number, stay: StaySpread): () => number {
	if (stay.kind === 'exponential') return () => drawExponential(rng, mean);
	const { mu, sigma } = lognormalParameters(mean, stay.cv);
	const normal = normalSource(rng);
	return () => Math.exp(mu + sigma * normal());
}

/** Returns how many places start with a stay in progress: as many as the offered load fills. */
function busyPlaces(system: QueueSystem): number {
	return Math.min(system.places, Math.round(system.arrivalsPerDay * system.meanStayDays));
}

/**
 * Returns the time left of each stay in progress at the start: a length-biased stay times a
 * uniform share (for exponential stays that is again exponential; for lognormal, lognormal with
 * μ + σ²).
 */
function staysInProgress(
	demand: QueueDemand,
	busy: number,
	stay: StaySpread,
	rng: Rng,
): Float64Array {
	const left = new Float64Array(busy);
	const { mu, sigma } = lognormalParameters(
		demand.meanStayDays,
		stay.kind === 'lognormal' ? stay.cv : 0,
	);
	for (let i = 0; i < busy; i++) {
		left[i] =
			stay.kind === 'exponential'
				? drawExponential(rng, demand.meanStayDays)
				: rng() * Math.exp(mu + sigma * sigma + sigma * drawNormal(rng));
	}
	return left;
}

/** Returns a min-heap of the times each of `places` places frees: the stays in progress first, the rest free now. */
function startingPlaces(inProgress: Float64Array, places: number): Float64Array {
	const freeAt = new Float64Array(places);
	freeAt.set(inProgress);
	for (let i = (freeAt.length >> 1) - 1; i >= 0; i--) siftDown(freeAt, i);
	return freeAt;
}

/** Replaces the earliest free time (the heap's root) and restores the heap. */
function replaceEarliest(heap: Float64Array, value: number): void {
	heap[0] = value;
	siftDown(heap, 0);
}

function siftDown(heap: Float64Array, index: number): void {
	const value = heap[index];
	for (let child = 2 * index + 1; child < heap.length; child = 2 * index + 1) {
		if (child + 1 < heap.length && heap[child + 1] < heap[child]) child++;
		if (heap[child] >= value) break;
		heap[index] = heap[child];
		index = child;
	}
	heap[index] = value;
}

/** Adds the part of a wait [from, to) (days from the end of the warm-up) that falls in each measured year. */
function addWait(yearly: Float64Array, from: number, to: number): void {
	let t = Math.max(from, 0);
	const end = Math.min(to, yearly.length * DAYS_PER_YEAR);
	while (t < end) {
		const year = Math.floor(t / DAYS_PER_YEAR);
		const yearEnd = Math.min(end, (year + 1) * DAYS_PER_YEAR);
		yearly[year] += yearEnd - t;
		t = yearEnd;
	}
}

function assertSettings({ runs, years, warmupDays, seed, stay }: SimulationSettings): void {
	if (!(Number.isSafeInteger(runs) && runs >= 1))
		throw new RangeError(`runs must be a whole number ≥ 1, not ${runs}`);
	if (!(Number.isSafeInteger(years) && years >= 1))
		throw new RangeError(`years must be a whole number ≥ 1, not ${years}`);
	if (!(Number.isSafeInteger(warmupDays) && warmupDays >= 0))
		throw new RangeError(`warmupDays must be a whole number ≥ 0, not ${warmupDays}`);
	if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
	if (stay.kind === 'lognormal' && !(Number.isFinite(stay.cv) && stay.cv >= 0))
		throw new RangeError(`stay.cv must be a finite number ≥ 0, not ${stay.cv}`);
}
