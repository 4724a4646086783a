import { formatNumber, formatPercent } from '../format';
import { computeQueueFigures, type QueueFigures, type QueueSystem } from './erlang';
import { computePlacesNeeded } from './places-needed';
import { computeDemographyGrowth, type CapacitySettings } from './settings';

// The prepared what-ifs: each changes one input of today's calibrated queue and gives the Erlang C
// figures there, so the page can show them without JavaScript.

/** What a scenario changes. */
export type ScenarioKind = 'today' | 'places' | 'stay' | 'arrivals' | 'demography';

/** One what-if: the queue with one input changed, and its figures. */
export interface Scenario {
	kind: ScenarioKind;
	/** Returns the change in words (bokmål), e.g. «5 plasser flere», «10 % flere ankomster». */
	label: string;
	/** Returns the change: places (whole), days of stay, or arrivals as a fraction (0.1 = +10 %); 0 for today. */
	change: number;
	system: QueueSystem;
	figures: QueueFigures;
	/** Returns the fewest places that bring expected UKP days under the target with this demand; `null` beyond reach. */
	placesNeeded: number | null;
}

/**
 * Returns today's queue and one scenario per change in `settings.scenarios` (places, then stay,
 * then arrivals), then, when `settings.demography` is given, arrivals scaled by its growth (e.g.
 * the 80+ toward 2040: «+105 % ankomster (demografi 2022–2040)»). A change that would leave no place or no stay is left out. Throws a
 * RangeError when `today` is not a valid queue system.
 */
export function computeScenarios(
	today: QueueSystem,
	settings: Pick<CapacitySettings, 'scenarios' | 'demography'>,
	targetDays: number,
): Scenario[] {
	const make = (
		kind: ScenarioKind,
		label: string,
		change: number,
		system: QueueSystem,
	): Scenario => ({
		kind,
		label,
		change,
		system,
		figures: computeQueueFigures(system),
		placesNeeded: computePlacesNeeded(system, targetDays)?.places ?? null,
	});
	const { place_changes, stay_changes_days, arrival_changes } = settings.scenarios;
	const scenarios = [make('today', 'I dag (kalibrert)', 0, today)];
	for (const n of place_changes.filter((n) => n !== 0 && today.places + n >= 1))
		scenarios.push(make('places', placesLabel(n), n, { ...today, places: today.places + n }));
	for (const d of stay_changes_days.filter((d) => d !== 0 && today.meanStayDays + d > 0))
		scenarios.push(
			make('stay', stayLabel(d), d, { ...today, meanStayDays: today.meanStayDays + d }),
		);
	for (const f of arrival_changes.filter((f) => f !== 0))
		scenarios.push(
			make('arrivals', arrivalsLabel(f), f, {
				...today,
				arrivalsPerDay: today.arrivalsPerDay * (1 + f),
			}),
		);
	const demography = settings.demography;
	if (demography) {
		const growth = computeDemographyGrowth(demography);
		const label = `${signed(formatPercent(growth, 0), growth)} ankomster (demografi ${demography.from.year}–${demography.to.year})`;
		scenarios.push(
			make('demography', label, growth, {
				...today,
				arrivalsPerDay: today.arrivalsPerDay * (1 + growth),
			}),
		);
	}
	return scenarios;
}

/** Returns «5 plasser flere», «1 plass færre». */
export function placesLabel(n: number): string {
	return `${formatNumber(Math.abs(n))} ${Math.abs(n) === 1 ? 'plass' : 'plasser'} ${n > 0 ? 'flere' : 'færre'}`;
}

/** Returns «2 døgn kortere opphold», «0,5 døgn lengre opphold». */
export function stayLabel(days: number): string {
	return `${formatNumber(Math.abs(days), Number.isInteger(days) ? 0 : 1)} døgn ${days > 0 ? 'lengre' : 'kortere'} opphold`;
}

/** Returns «10 % flere ankomster», «5 % færre ankomster». */
export function arrivalsLabel(fraction: number): string {
	return `${formatPercent(Math.abs(fraction), Number.isInteger(fraction * 100) ? 0 : 1)} ${fraction > 0 ? 'flere' : 'færre'} ankomster`;
}

// A growth shows its sign: «+105 %» (nb-NO already writes «−5 %»).
function signed(text: string, value: number): string {
	return value > 0 ? `+${text}` : text;
}
