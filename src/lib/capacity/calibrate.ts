import { addMonths, dayNumber, isMonth, monthIndex, type Month } from '../dates';
import { computeQueueFigures, DAYS_PER_YEAR, type QueueFigures } from './erlang';
import { computePlacesNeeded, type QueueDemand } from './places-needed';
import type { CountedPlaces } from './settings';

// Calibration turns one area's sums into the model's inputs, keeping every figure on the way so
// a page can print the workings. It assumes that all UKP days are spent waiting for a place: the
// data do not say which UKP days belonged to patients who then went home.

/** The label of a places figure that the model estimated rather than counted. */
export const ESTIMATED_PLACES_LABEL = 'beregnet, ikke en opptelling';

/** One area's sums for calibration; every count a whole number ≥ 0. */
export interface CalibrationInput {
	/** The months the UKP sums cover, first and last included (normally the latest 12). */
	period: { from: Month; to: Month };
	/** Σ ukp_stays, Σ discharged_home (over the same rows) and Σ ukp_days over the period. */
	ukp: { stays: number; dischargedHome: number; days: number };
	/** Σ bed_days and Σ stays_ended of the short-term units (any months; only their ratio is used). */
	shortTerm: { bedDays: number; staysEnded: number };
	/** Places counted by someone, with source and date; absent: estimated from the observed UKP days. */
	places?: GivenPlaces | null;
}

/** A counted number of places with what it counts and where it comes from (as in `data/capacity.yaml`). */
export type GivenPlaces = CountedPlaces;

/** Why a calibrated figure is missing. */
export type CalibrationGap =
	'no_arrivals' | 'no_short_term_stays' | 'no_ukp_days' | 'beyond_search';

/** A place count with the UKP days a year the model expects there (`null`: unstable). */
export interface PlacesTrial {
	places: number;
	ukpDaysPerYear: number | null;
}

/** The places the model uses: counted (given) or estimated, with the estimate's workings. */
export type CalibratedPlaces =
	| ({ method: 'given' } & GivenPlaces)
	| {
			method: 'estimated';
			/** Returns "beregnet, ikke en opptelling", to print next to the figure. */
			label: typeof ESTIMATED_PLACES_LABEL;
			/** Returns the places whose Erlang C UKP days a year come closest to the observed; `null` with `gap`. */
			places: number | null;
			/** Returns the fewest places at or under the observed UKP days and the count one below it (over, or unstable). */
			bracket: PlacesTrial[];
			gap: CalibrationGap | null;
	  };

/** Every input and intermediate figure of a calibration (days, per day, places). */
export interface Calibration {
	period: { from: Month; to: Month; days: number };
	/** `perDay` = needingPlace ÷ days (patients a day); needingPlace = ukpStays − dischargedHome. */
	arrivals: {
		ukpStays: number;
		dischargedHome: number;
		needingPlace: number;
		days: number;
		perDay: number;
	};
	/** `meanDays` = bedDays ÷ staysEnded (days); `null` without ended stays. */
	stay: { bedDays: number; staysEnded: number; meanDays: number | null };
	/** `ukpDaysPerYear` = ukpDays × 365 ÷ days in the period (days a year). */
	observed: { ukpDays: number; ukpDaysPerYear: number };
	places: CalibratedPlaces;
	/** Returns the Erlang C figures with the calibrated inputs; `null` when an input is missing. */
	model: QueueFigures | null;
	/** Returns why an input is missing, or `null` when the model could be calibrated. */
	gap: CalibrationGap | null;
}

/**
 * Returns the model's inputs for one area with their workings: arrivals a day = (Σ ukp_stays −
 * Σ discharged_home) ÷ days in the period (UKP stays that needed a place, 0-day stays included);
 * mean stay = Σ bed_days ÷ Σ stays_ended (days); places as given, or estimated as the count whose
 * expected UKP days a year come closest to the observed (Σ ukp_days × 365 ÷ days in the period).
 * A figure that cannot be had is `null`, with the reason in `gap`. Throws a RangeError on a bad
 * period or count.
 */
export function calibrateCapacity(input: CalibrationInput): Calibration {
	assertInput(input);
	const days = periodDays(input.period.from, input.period.to);
	// Step 1: arrivals, stay and the observed UKP days, each with its workings.
	const needingPlace = input.ukp.stays - input.ukp.dischargedHome;
	const arrivals = {
		ukpStays: input.ukp.stays,
		dischargedHome: input.ukp.dischargedHome,
		needingPlace,
		days,
		perDay: needingPlace / days,
	};
	const { bedDays, staysEnded } = input.shortTerm;
	const stay = { bedDays, staysEnded, meanDays: staysEnded > 0 ? bedDays / staysEnded : null };
	const observed = {
		ukpDays: input.ukp.days,
		ukpDaysPerYear: (input.ukp.days * DAYS_PER_YEAR) / days,
	};
	// Step 2: places, given or estimated.
	const demand =
		stay.meanDays === null
			? null
			: { arrivalsPerDay: arrivals.perDay, meanStayDays: stay.meanDays };
	const places: CalibratedPlaces = input.places
		? { method: 'given', ...input.places }
		: estimatePlaces(demand, observed.ukpDaysPerYear);
	// Step 3: the model with those inputs.
	const model =
		demand && places.places !== null
			? computeQueueFigures({ ...demand, places: places.places })
			: null;
	const gap =
		demand === null ? 'no_short_term_stays' : places.method === 'estimated' ? places.gap : null;
	return { period: { ...input.period, days }, arrivals, stay, observed, places, model, gap };
}

/** Returns the days from the first day of `from` to the last day of `to`. */
function periodDays(from: Month, to: Month): number {
	return dayNumber(`${addMonths(to, 1)}-01`) - dayNumber(`${from}-01`);
}

/**
 * Returns the estimated places: of the fewest places whose UKP days a year are at most the
 * observed (c) and one fewer (c − 1: over it, or unstable), the one whose model figure is nearer.
 */
function estimatePlaces(demand: QueueDemand | null, observedPerYear: number): CalibratedPlaces {
	const estimate = (
		places: number | null,
		bracket: PlacesTrial[],
		gap: CalibrationGap | null,
	): CalibratedPlaces => ({
		method: 'estimated',
		label: ESTIMATED_PLACES_LABEL,
		places,
		bracket,
		gap,
	});
	if (demand === null) return estimate(null, [], 'no_short_term_stays');
	if (demand.arrivalsPerDay === 0) return estimate(null, [], 'no_arrivals'); // no queue to fit
	if (observedPerYear === 0) return estimate(null, [], 'no_ukp_days'); // any count well above the load fits
	const needed = computePlacesNeeded(demand, observedPerYear);
	if (needed === null) return estimate(null, [], 'beyond_search');
	const at: PlacesTrial = { places: needed.places, ukpDaysPerYear: needed.figures.ukpDaysPerYear };
	if (needed.oneFewer === null) return estimate(at.places, [at], null);
	const below: PlacesTrial = {
		places: needed.places - 1,
		ukpDaysPerYear: needed.oneFewer.ukpDaysPerYear,
	};
	const belowIsNearer =
		below.ukpDaysPerYear !== null &&
		below.ukpDaysPerYear - observedPerYear < observedPerYear - at.ukpDaysPerYear!;
	return estimate(belowIsNearer ? below.places : at.places, [below, at], null);
}

function assertInput({ period, ukp, shortTerm, places }: CalibrationInput): void {
	if (
		!isMonth(period.from) ||
		!isMonth(period.to) ||
		monthIndex(period.to) < monthIndex(period.from)
	)
		throw new RangeError(
			`period must be two months YYYY-MM in order, not ${period.from}–${period.to}`,
		);
	const counts = {
		'ukp.stays': ukp.stays,
		'ukp.dischargedHome': ukp.dischargedHome,
		'ukp.days': ukp.days,
		'shortTerm.bedDays': shortTerm.bedDays,
		'shortTerm.staysEnded': shortTerm.staysEnded,
	};
	for (const [name, value] of Object.entries(counts))
		if (!(Number.isSafeInteger(value) && value >= 0))
			throw new RangeError(`${name} must be a whole number ≥ 0, not ${value}`);
	if (ukp.dischargedHome > ukp.stays)
		throw new RangeError(
			`ukp.dischargedHome (${ukp.dischargedHome}) must be ≤ ukp.stays (${ukp.stays})`,
		);
	if (places && !(Number.isSafeInteger(places.places) && places.places >= 1))
		throw new RangeError(`places.places must be a whole number ≥ 1, not ${places.places}`);
}
