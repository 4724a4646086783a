import { describe, expect, it } from 'vitest';
import {
	formatSeriesConfidence,
	pointConfidence,
	pointSource,
	type Series,
} from '../../../src/lib/comparison/series';

// The national UKP-day series: SAMDATA (high), a derived 2019 value and two later values from
// secondary sources (medium), each with its own source.
const SERIES: Series = {
	id: 'no-ukp-days-national',
	title: 'Overliggerdøgn, hele landet',
	country: 'NO',
	area: 'Norge',
	measure: 'ukp_days',
	unit: 'døgn',
	synthetic: false,
	source: { title: 'SAMDATA', url: 'https://example.org/samdata' },
	period: '2019–2023',
	definition: 'Overliggerdøgn.',
	comparable: true,
	confidence: 'high',
	points: [
		{ period: '2019', value: 61500, derived: true },
		{ period: '2021', value: 63700 },
		{
			period: '2022',
			value: 71800,
			confidence: 'medium',
			source: { title: 'Altinget', url: 'https://example.org/altinget' },
		},
		{
			period: '2023',
			value: 80725,
			confidence: 'medium',
			source: { title: 'NRK', url: 'https://example.org/nrk' },
		},
	],
};

describe('pointConfidence(series, point) and pointSource(series, point)', () => {
	it('gives a value its own confidence and source, a derived value «derived», and the rest the series’', () => {
		expect(SERIES.points.map((p) => pointConfidence(SERIES, p))).toEqual([
			'derived',
			'high',
			'medium',
			'medium',
		]);
		expect(SERIES.points.map((p) => pointSource(SERIES, p).title)).toEqual([
			'SAMDATA',
			'SAMDATA',
			'Altinget',
			'NRK',
		]);
	});
});

describe('formatSeriesConfidence(series)', () => {
	it('names each level with its periods when the values differ', () => {
		expect(formatSeriesConfidence(SERIES)).toBe(
			'utledet tall (2019), høy sikkerhet (2021), middels sikkerhet (2022, 2023)',
		);
	});

	it('gives one level when every value has the series’', () => {
		expect(formatSeriesConfidence({ ...SERIES, points: [SERIES.points[1]] })).toBe('høy sikkerhet');
	});
});
