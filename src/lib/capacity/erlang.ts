// The first capacity model (DOMAIN.md "Capacity what-if"): patients ready for discharge arrive at
// rate λ a day and wait in hospital for one of c municipal places whose stays last S days on
// average (M/M/c). Erlang C comes from the Erlang B recursion, never from factorials, so it stays
// finite and accurate for 1–1 000 places and beyond.
// @see https://en.wikipedia.org/wiki/Erlang_(unit)#Erlang_C_formula

/** Days a year in "UKP days a year" (the 1 767-day target counts a calendar year). */
export const DAYS_PER_YEAR = 365;

/** The queue the model describes: one queue for one pool of places. */
export interface QueueSystem {
	/** Patients a day who need a place (λ, per day, ≥ 0). */
	arrivalsPerDay: number;
	/** Mean length of a stay in a place (S, days, > 0). */
	meanStayDays: number;
	/** Number of places (c, a whole number ≥ 1). */
	places: number;
}

/** Erlang C figures of a queue; the four queue figures are `null` when the queue is unstable. */
export interface QueueFigures {
	/** True when utilisation < 1; otherwise the queue grows without bound. */
	stable: boolean;
	/** Returns a = λ·S: places in use on average if nobody had to wait (erlangs, i.e. places). */
	offeredLoad: number;
	/** Returns ρ = a / c: the share of places in use (fraction, may exceed 1). */
	utilisation: number;
	/** Returns P(wait) = Erlang C(c, a): the share of patients who wait at all (fraction). */
	waitProbability: number | null;
	/** Returns L_q: patients waiting at an average moment (patients). */
	meanQueue: number | null;
	/** Returns W_q = L_q / λ: the mean wait per patient, waits of 0 included (days). */
	meanWaitDays: number | null;
	/** Returns L_q × 365: patient-days spent waiting in a year, i.e. UKP days a year (days). */
	ukpDaysPerYear: number | null;
}

/**
 * Returns the Erlang C figures of a queue system. Unstable (utilisation ≥ 1) gives `stable: false`
 * and `null` for the four queue figures. No arrivals gives zeros. Throws a RangeError on inputs
 * outside {@link QueueSystem}'s ranges.
 */
export function computeQueueFigures(system: QueueSystem): QueueFigures {
	assertQueueSystem(system);
	const load = system.arrivalsPerDay * system.meanStayDays;
	return queueFiguresFromErlangB(
		system,
		load < system.places ? computeErlangB(system.places, load) : 0,
	);
}

/**
 * Returns Erlang B(c, a), the share of arrivals an M/M/c/c loss system would turn away (fraction in
 * [0, 1]), by B₀ = 1, B_k = a·B_(k−1) / (k + a·B_(k−1)). Every step stays in [0, 1], so nothing
 * overflows; a vanishing value underflows harmlessly to 0.
 */
export function computeErlangB(places: number, load: number): number {
	let b = 1;
	for (let k = 1; k <= places; k++) b = (load * b) / (k + load * b);
	return b;
}

/**
 * Returns the queue figures for `system` given Erlang B(c, a) for its places and load, for callers
 * that step the recursion through many place counts themselves (places needed, calibration).
 * `erlangB` is ignored when the system is unstable.
 */
export function queueFiguresFromErlangB(system: QueueSystem, erlangB: number): QueueFigures {
	const { arrivalsPerDay, meanStayDays, places } = system;
	const offeredLoad = arrivalsPerDay * meanStayDays;
	const utilisation = offeredLoad / places;
	if (offeredLoad >= places)
		return {
			stable: false,
			offeredLoad,
			utilisation,
			waitProbability: null,
			meanQueue: null,
			meanWaitDays: null,
			ukpDaysPerYear: null,
		};
	const waitProbability = (places * erlangB) / (places - offeredLoad * (1 - erlangB));
	// P(wait)·a/(c − a) equals P(wait)·ρ/(1 − ρ) without the rounding of 1 − ρ near ρ = 1.
	const meanQueue = (waitProbability * offeredLoad) / (places - offeredLoad);
	// W_q = L_q / λ written as P(wait)·S/(c − a), which is also right (0) when λ = 0.
	const meanWaitDays = (waitProbability * meanStayDays) / (places - offeredLoad);
	return {
		stable: true,
		offeredLoad,
		utilisation,
		waitProbability,
		meanQueue,
		meanWaitDays,
		ukpDaysPerYear: meanQueue * DAYS_PER_YEAR,
	};
}

/** Returns nothing; throws a RangeError naming the first field outside {@link QueueSystem}'s ranges. */
export function assertQueueSystem({ arrivalsPerDay, meanStayDays, places }: QueueSystem): void {
	if (!(Number.isFinite(arrivalsPerDay) && arrivalsPerDay >= 0))
		throw new RangeError(`arrivalsPerDay must be a finite number ≥ 0, not ${arrivalsPerDay}`);
	if (!(Number.isFinite(meanStayDays) && meanStayDays > 0))
		throw new RangeError(`meanStayDays must be a finite number > 0, not ${meanStayDays}`);
	if (!(Number.isSafeInteger(places) && places >= 1))
		throw new RangeError(`places must be a whole number ≥ 1, not ${places}`);
}
