import { describe, expect, it } from 'vitest';
import {
	calibrateCapacity,
	ESTIMATED_PLACES_LABEL,
	type CalibrationInput,
} from '../../../src/lib/capacity/calibrate';
import { computeQueueFigures } from '../../../src/lib/capacity/erlang';

// Worked numbers: 2025 has 365 days; (1 000 − 270) UKP stays that needed a place ÷ 365 = 2 a day;
// 2 000 bed-days ÷ 100 ended stays = 20 days; a = 40. Expected UKP days a year by places
// (reference values): 44 → 1 575,7; 45 → 994,86; 46 → 646,76.
const INPUT: CalibrationInput = {
	period: { from: '2025-01', to: '2025-12' },
	ukp: { stays: 1000, dischargedHome: 270, days: 1000 },
	shortTerm: { bedDays: 2000, staysEnded: 100 },
};

describe('calibrateCapacity(input)', () => {
	it('shows every input and intermediate figure', () => {
		const calibration = calibrateCapacity(INPUT);
		expect(calibration.period).toEqual({ from: '2025-01', to: '2025-12', days: 365 });
		expect(calibration.arrivals).toEqual({
			ukpStays: 1000,
			dischargedHome: 270,
			needingPlace: 730,
			days: 365,
			perDay: 2,
		});
		expect(calibration.stay).toEqual({ bedDays: 2000, staysEnded: 100, meanDays: 20 });
		expect(calibration.observed).toEqual({ ukpDays: 1000, ukpDaysPerYear: 1000 });
		expect(calibration.gap).toBeNull();
	});

	it('estimates places as the count whose expected UKP days come nearest the observed, labelled as an estimate', () => {
		const { places, model } = calibrateCapacity(INPUT);
		expect(places).toMatchObject({
			method: 'estimated',
			label: 'beregnet, ikke en opptelling',
			places: 45,
			gap: null,
		});
		expect(ESTIMATED_PLACES_LABEL).toBe('beregnet, ikke en opptelling');
		if (places.method !== 'estimated') throw new Error('expected an estimate');
		expect(places.bracket.map((b) => b.places)).toEqual([44, 45]);
		expect(places.bracket[0].ukpDaysPerYear! / 1575.7056572147062).toBeCloseTo(1, 10);
		expect(places.bracket[1].ukpDaysPerYear! / 994.8618436597504).toBeCloseTo(1, 10);
		expect(model).toEqual(computeQueueFigures({ arrivalsPerDay: 2, meanStayDays: 20, places: 45 }));
	});

	it('takes one place fewer when that comes nearer: 1 400 observed days → 44 places', () => {
		const { places } = calibrateCapacity({ ...INPUT, ukp: { ...INPUT.ukp, days: 1400 } });
		expect(places.places).toBe(44);
	});

	it('counts the days of the period: a leap year has 366, a quarter 90', () => {
		const leap = calibrateCapacity({
			...INPUT,
			period: { from: '2024-01', to: '2024-12' },
			ukp: { stays: 1000, dischargedHome: 268, days: 1000 },
		});
		expect(leap.arrivals.perDay).toBe(2);
		expect(leap.observed.ukpDaysPerYear).toBeCloseTo((1000 * 365) / 366, 12);
		const quarter = calibrateCapacity({
			...INPUT,
			period: { from: '2025-01', to: '2025-03' },
			ukp: { stays: 200, dischargedHome: 20, days: 250 },
		});
		expect(quarter.period.days).toBe(90);
		expect(quarter.arrivals.perDay).toBe(2);
		expect(quarter.observed.ukpDaysPerYear).toBeCloseTo((250 * 365) / 90, 12);
	});

	it('uses given places with their source and date, and the model there', () => {
		const given = {
			places: 46,
			counts: 'korttidsplasser',
			source: 'Kommunens oversikt',
			date: '2025-01-01',
		};
		const calibration = calibrateCapacity({ ...INPUT, places: given });
		expect(calibration.places).toEqual({ method: 'given', ...given });
		expect(calibration.model!.ukpDaysPerYear! / 646.7573111178465).toBeCloseTo(1, 10);
		expect(calibrateCapacity({ ...INPUT, places: { ...given, places: 40 } }).model).toMatchObject({
			stable: false,
			ukpDaysPerYear: null,
		});
	});

	it.each([
		['no_short_term_stays', { shortTerm: { bedDays: 0, staysEnded: 0 } }],
		['no_arrivals', { ukp: { stays: 50, dischargedHome: 50, days: 0 } }],
		['no_ukp_days', { ukp: { stays: 1000, dischargedHome: 270, days: 0 } }],
	] as const)('leaves places and model empty with gap %s', (gap, change) => {
		const calibration = calibrateCapacity({ ...INPUT, ...change });
		expect(calibration.gap).toBe(gap);
		expect(calibration.places).toMatchObject({ method: 'estimated', places: null, gap });
		expect(calibration.model).toBeNull();
	});

	it('needs a stay for the model even with given places', () => {
		const calibration = calibrateCapacity({
			...INPUT,
			shortTerm: { bedDays: 0, staysEnded: 0 },
			places: { places: 46, counts: 'x', source: 'y', date: '2025-01-01' },
		});
		expect(calibration).toMatchObject({
			gap: 'no_short_term_stays',
			model: null,
			stay: { meanDays: null },
		});
	});

	it.each([
		[{ period: { from: '2025-12', to: '2025-01' } }, /period/],
		[{ period: { from: '2025-13', to: '2025-12' } }, /period/],
		[{ ukp: { stays: 10, dischargedHome: 11, days: 0 } }, /dischargedHome/],
		[{ ukp: { stays: -1, dischargedHome: 0, days: 0 } }, /ukp\.stays/],
		[{ shortTerm: { bedDays: 1.5, staysEnded: 1 } }, /shortTerm\.bedDays/],
		[{ places: { places: 0, counts: 'x', source: 'y', date: '2025-01-01' } }, /places/],
	] as [Partial<CalibrationInput>, RegExp][])(
		'throws a RangeError on bad input %o',
		(change, field) => {
			expect(() => calibrateCapacity({ ...INPUT, ...change })).toThrow(field);
		},
	);
});
