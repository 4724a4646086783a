import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checkCapacityAreas,
	computeDemographyGrowth,
	DEFAULT_CAPACITY_SETTINGS,
	parseCapacitySettings,
} from '../../../src/lib/capacity/settings';

const PLACES = `places:
  all:
    places: 120
    counts: korttidsplasser
    source: Kommunenes oversikt
    date: 2025-01-01
  "cluster:Fosen":
    places: 30
    counts: korttidsplasser
    source: Fosen Helse IKS
    url: https://example.org/plasser
    date: 2025-01-01
`;

describe('parseCapacitySettings(text, file)', () => {
	it('reads the bundled data/capacity.yaml: no places (the demo data is synthetic), a sourced projection, an assumed CV', () => {
		const { value, issues } = parseCapacitySettings(
			readFileSync('data/capacity.yaml', 'utf8'),
			'data/capacity.yaml',
		);
		expect(issues).toEqual([]);
		expect(value!.places).toEqual({});
		expect(value!.demography).toMatchObject({
			from: { year: 2022, count: 240293 },
			to: { year: 2040, count: 491876 },
		});
		expect(value!.demography!.url).toMatch(/^https:\/\/www\.helsedirektoratet\.no\//);
		expect(value!.simulation.stay_cv).toMatchObject({ value: 1, assumption: true });
	});

	it('gives every default for an empty file or one with only comments', () => {
		for (const text of ['', '# kommentar\n'])
			expect(parseCapacitySettings(text, 'c.yaml')).toEqual({
				value: DEFAULT_CAPACITY_SETTINGS,
				issues: [],
			});
		expect(DEFAULT_CAPACITY_SETTINGS).toEqual({
			places: {},
			scenarios: {
				place_changes: [-10, -5, 5, 10],
				stay_changes_days: [-2],
				arrival_changes: [0.1],
			},
			simulation: {
				runs: 100,
				years: 5,
				warmup_days: 365,
				seed: 20231004,
				stay_cv: { value: 1, assumption: true },
			},
		});
	});

	it('reads counted places per area with source and date', () => {
		const { value, issues } = parseCapacitySettings(PLACES, 'c.yaml');
		expect(issues).toEqual([]);
		expect(Object.keys(value!.places)).toEqual(['all', 'cluster:Fosen']);
		expect(value!.places['cluster:Fosen']).toEqual({
			places: 30,
			counts: 'korttidsplasser',
			source: 'Fosen Helse IKS',
			url: 'https://example.org/plasser',
			date: '2025-01-01',
		});
	});

	it.each([
		[
			'places:\n  Fosen:\n    places: 3\n    counts: x\n    source: y\n    date: 2025-01-01\n',
			2,
			'places.Fosen',
			'"Fosen" must be "all" or "cluster:<name>"',
		],
		[
			'places:\n  all:\n    places: 0\n    counts: x\n    source: y\n    date: 2025-01-01\n',
			3,
			'places.all.places',
			'"0" must be ≥ 1',
		],
		[
			'places:\n  all:\n    places: 3\n    counts: x\n    date: 2025-01-01\n',
			2,
			'places.all.source',
			'is missing; give the source of the figure',
		],
		[
			'places:\n  all:\n    places: 3\n    counts: x\n    source: y\n    date: 2025-02-30\n',
			6,
			'places.all.date',
			'"2025-02-30" must be a date written YYYY-MM-DD',
		],
		[
			'simulation:\n  stay_cv:\n    value: 2\n    assumption: false\n',
			2,
			'simulation.stay_cv.source',
			'is missing; give a source, or write assumption: true',
		],
		[
			'simulation:\n  stay_cv:\n    value: 2\n',
			2,
			'simulation.stay_cv.assumption',
			'is missing; say whether the figure is our assumption (true or false)',
		],
		[
			'scenarios:\n  arrival_changes: [-1]\n',
			2,
			'scenarios.arrival_changes.0',
			'"-1" must be > -1',
		],
		[
			'demography:\n  population: x\n  from: { year: 2040, count: 1 }\n  to: { year: 2022, count: 2 }\n  source: y\n  assumption: z\n',
			4,
			'demography.to.year',
			'must be after from.year',
		],
		[
			'runs: 5\n',
			1,
			'runs',
			'unknown key; expected one of places, scenarios, demography, simulation',
		],
	])('reports %j at line %s, column %s: %s', (text, line, column, message) => {
		expect(parseCapacitySettings(text, 'c.yaml')).toEqual({
			value: null,
			issues: [{ file: 'c.yaml', line, column, message }],
		});
	});
});

describe('checkCapacityAreas(settings, clusters, text, file)', () => {
	it('reports a cluster that is not in municipalities.csv, at its line', () => {
		const settings = parseCapacitySettings(PLACES, 'c.yaml').value!;
		expect(checkCapacityAreas(settings, ['Fosen', 'Trondheim'], PLACES, 'c.yaml')).toEqual([]);
		expect(checkCapacityAreas(settings, ['Trondheim', 'Værnesregionen'], PLACES, 'c.yaml')).toEqual(
			[
				{
					file: 'c.yaml',
					line: 7,
					column: 'places.cluster:Fosen',
					message: 'unknown cluster "Fosen"; expected one of Trondheim, Værnesregionen',
				},
			],
		);
	});
});

describe('computeDemographyGrowth(demography)', () => {
	it('returns the relative growth: 240 293 → 491 876 is +104,7 %', () => {
		const growth = computeDemographyGrowth({
			population: 'x',
			from: { year: 2022, count: 240293 },
			to: { year: 2040, count: 491876 },
			source: 'y',
			assumption: 'z',
		});
		expect(growth).toBeCloseTo(0.047 + 1, 3);
	});
});
