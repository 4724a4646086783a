import {
	assertQueueSystem,
	queueFiguresFromErlangB,
	type QueueFigures,
	type QueueSystem,
} from './erlang';

/** Demand on a pool of places: a queue system without its number of places. */
export type QueueDemand = Omit<QueueSystem, 'places'>;

/** The fewest places that meet a target, with the Erlang C figures there and one place fewer. */
export interface PlacesNeeded {
	/** Returns the fewest places (whole number ≥ 1) whose expected UKP days a year are at most the target. */
	places: number;
	/** Returns the Erlang C figures with that many places. */
	figures: QueueFigures;
	/** Returns the figures with one place fewer (over the target, or unstable); `null` when `places` is 1. */
	oneFewer: QueueFigures | null;
}

/** The search gives up above this many places unless told otherwise. */
export const DEFAULT_MAX_PLACES = 100_000;

/**
 * Returns the fewest places whose expected UKP days a year (Erlang C, L_q × 365, days) are at most
 * `maxUkpDaysPerYear` (days ≥ 0), or `null` when even `maxPlaces` places do not get there, and for
 * a target of 0 with arrivals (some patient always waits, however many places). Expected UKP days only fall as places are added beyond the offered
 * load, so the first count that meets the target is the answer; one sweep of the Erlang B
 * recursion finds it. Throws a RangeError on a bad demand or target.
 */
export function computePlacesNeeded(
	demand: QueueDemand,
	maxUkpDaysPerYear: number,
	maxPlaces = DEFAULT_MAX_PLACES,
): PlacesNeeded | null {
	assertQueueSystem({ ...demand, places: 1 });
	if (!(maxUkpDaysPerYear >= 0))
		throw new RangeError(`maxUkpDaysPerYear must be a number ≥ 0, not ${maxUkpDaysPerYear}`);
	const load = demand.arrivalsPerDay * demand.meanStayDays;
	if (maxUkpDaysPerYear === 0 && load > 0) return null; // only an underflow would reach exactly 0
	let erlangB = 1;
	let previous: QueueFigures | null = null;
	for (let places = 1; places <= maxPlaces; places++) {
		erlangB = (load * erlangB) / (places + load * erlangB);
		const figures = queueFiguresFromErlangB({ ...demand, places }, erlangB);
		if (figures.ukpDaysPerYear !== null && figures.ukpDaysPerYear <= maxUkpDaysPerYear)
			return { places, figures, oneFewer: previous };
		previous = figures;
	}
	return null;
}
