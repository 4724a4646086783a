import { describe, expect, it } from 'vitest';
import { computeQueueFigures } from '../../../src/lib/capacity/erlang';
import { computePlacesNeeded } from '../../../src/lib/capacity/places-needed';
import {
	arrivalsLabel,
	computeScenarios,
	placesLabel,
	stayLabel,
} from '../../../src/lib/capacity/scenarios';
import { DEFAULT_CAPACITY_SETTINGS, type Demography } from '../../../src/lib/capacity/settings';

// λ = 1 a day, S = 20 days (a = 20), 23 places: 1 011,6 expected UKP days a year (reference value).
const TODAY = { arrivalsPerDay: 1, meanStayDays: 20, places: 23 };
const DEMOGRAPHY: Demography = {
	population: 'innbyggere 80+',
	from: { year: 2022, count: 200 },
	to: { year: 2040, count: 410 },
	source: 'SSB',
	assumption: 'Vi antar …',
};

describe('computeScenarios(today, settings, targetDays)', () => {
	const scenarios = computeScenarios(TODAY, DEFAULT_CAPACITY_SETTINGS, 1767);

	it('gives today, ±5 and ±10 places, 2 days shorter stays and 10 % more arrivals, in that order', () => {
		expect(scenarios.map((s) => s.label)).toEqual([
			'I dag (kalibrert)',
			'10 plasser færre',
			'5 plasser færre',
			'5 plasser flere',
			'10 plasser flere',
			'2 døgn kortere opphold',
			'10\u00a0% flere ankomster',
		]);
		expect(scenarios.map((s) => s.system.places)).toEqual([23, 13, 18, 28, 33, 23, 23]);
		expect(scenarios[5].system.meanStayDays).toBe(18);
		expect(scenarios[6].system.arrivalsPerDay).toBeCloseTo(1.1, 12);
	});

	it('gives each the Erlang C figures and the places the target needs with its demand', () => {
		for (const s of scenarios) expect(s.figures).toEqual(computeQueueFigures(s.system));
		expect(scenarios[0].figures.ukpDaysPerYear).toBeCloseTo(1011.6, 1);
		expect(scenarios[1].figures.stable).toBe(false); // 13 places for a load of 20
		expect(scenarios[0].placesNeeded).toBe(23);
		expect(scenarios[6].placesNeeded).toBe(
			computePlacesNeeded({ arrivalsPerDay: 1.1, meanStayDays: 20 }, 1767)!.places,
		);
	});

	it('adds the demographic growth as arrivals, and leaves out changes that leave no place or stay', () => {
		const settings = {
			...DEFAULT_CAPACITY_SETTINGS,
			scenarios: { place_changes: [-23, 2], stay_changes_days: [-20, 0.5], arrival_changes: [] },
			demography: DEMOGRAPHY,
		};
		const more = computeScenarios(TODAY, settings, 1767);
		expect(more.map((s) => s.label)).toEqual([
			'I dag (kalibrert)',
			'2 plasser flere',
			'0,5 døgn lengre opphold',
			'+105\u00a0% ankomster (demografi 2022–2040)',
		]);
		expect(more[3].kind).toBe('demography');
		expect(more[3].change).toBeCloseTo(1.05, 12);
		expect(more[3].system.arrivalsPerDay).toBeCloseTo(2.05, 12);
	});
});

describe('scenario labels', () => {
	it.each([
		[placesLabel(1), '1 plass flere'],
		[placesLabel(-10), '10 plasser færre'],
		[stayLabel(-2), '2 døgn kortere opphold'],
		[stayLabel(1.5), '1,5 døgn lengre opphold'],
		[arrivalsLabel(0.1), '10\u00a0% flere ankomster'],
		[arrivalsLabel(-0.125), '12,5\u00a0% færre ankomster'],
	])('%s', (label, expected) => expect(label).toBe(expected));
});
