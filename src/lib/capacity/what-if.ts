import { computeQueueFigures, type QueueFigures, type QueueSystem } from './erlang';
import { computePlacesNeeded } from './places-needed';

// The what-if of the capacity page: today's calibrated queue of an area with the reader's changes.
// The browser runs this module, so it imports nothing but the queue formulas (no zod, no data).

/** One area as the what-if starts from it: its calibrated queue and its target. */
export interface WhatIfArea {
	id: string;
	name: string;
	/** Today's calibrated queue (arrivals a day, mean stay in days, places). */
	system: QueueSystem;
	/** UKP days a year the area should get under (days), or `null` without a target. */
	targetDays: number | null;
}

/** The reader's changes to today's queue. */
export interface WhatIfChange {
	/** Places added (+) or taken away (−), whole number. */
	places: number;
	/** Days added to (+) or taken from (−) the mean stay. */
	stayDays: number;
	/** Relative change in arrivals (0.1 = +10 %, 1.05 = +105 %). */
	arrivals: number;
}

/** What the changed queue gives. */
export interface WhatIfResult {
	/** Returns the changed queue, or `null` when the changes leave no place or no stay. */
	system: QueueSystem | null;
	/** Returns the Erlang C figures of the changed queue (`stable: false` when it grows without bound). */
	figures: QueueFigures | null;
	/** Returns the fewest places that bring expected UKP days under the target with the changed demand; `null` without a target or beyond reach. */
	placesNeeded: number | null;
}

/**
 * Returns the figures of an area's queue after the changes: places + `places`, mean stay +
 * `stayDays`, arrivals × (1 + `arrivals`); `system` and `figures` `null` when fewer than one place,
 * no stay or negative arrivals would be left.
 */
export function computeWhatIf(area: WhatIfArea, change: WhatIfChange): WhatIfResult {
	const system = {
		arrivalsPerDay: area.system.arrivalsPerDay * (1 + change.arrivals),
		meanStayDays: area.system.meanStayDays + change.stayDays,
		places: area.system.places + Math.round(change.places),
	};
	if (!(system.places >= 1 && system.meanStayDays > 0 && system.arrivalsPerDay >= 0))
		return { system: null, figures: null, placesNeeded: null };
	const needed = area.targetDays === null ? null : computePlacesNeeded(system, area.targetDays);
	return { system, figures: computeQueueFigures(system), placesNeeded: needed?.places ?? null };
}
