import { describe, expect, it } from 'vitest';
import { DEFAULT_SPC_SETTINGS } from '../../../src/lib/spc/settings';
import {
	ASSURANCE_WORDS,
	explainRule,
	VARIATION_WORDS,
	variationSide,
	whyNotAssessed,
} from '../../../src/lib/spc/present';
import type { SpcSegment, SpcSeries } from '../../../src/lib/spc/types';

const segment = (mean: number | null, from = '2024-01'): SpcSegment => ({
	segment: 0,
	from,
	to: '2024-12',
	points: 12,
	mean,
	lpl: mean && mean - 1,
	upl: mean && mean + 1,
	reason: null,
});
const series = (over: Partial<SpcSeries>): SpcSeries => ({
	kpi: 'zero_day_share',
	area: 'all',
	variation: 'common',
	assurance: 'hit_or_miss',
	direction: 'higher',
	target: 0.9,
	latest: '2024-12',
	segments: [segment(0.85)],
	...over,
});

describe('the SPC words', () => {
	it('names every variation and assurance as DOMAIN.md does, in bokmål', () => {
		expect(Object.values(VARIATION_WORDS)).toEqual([
			'Ingen vurdering',
			'Felles årsak',
			'Særskilt årsak – forbedring',
			'Særskilt årsak – bekymring',
		]);
		expect(Object.values(ASSURANCE_WORDS)).toEqual([
			'Ingen vurdering',
			'Når målet hver gang',
			'Når ikke målet',
			'Kan nå målet, men ikke sikkert',
		]);
	});

	it("explains the run rules with the settings' run lengths", () => {
		expect(explainRule('shift', { ...DEFAULT_SPC_SETTINGS, shift_points: 7 })).toBe(
			'7 punkter på rad over (eller under) gjennomsnittet',
		);
		expect(explainRule('trend', DEFAULT_SPC_SETTINGS)).toContain('6 punkter på rad');
	});
});

describe('variationSide(variation, direction)', () => {
	it.each([
		['improvement', 'higher', 'high'],
		['improvement', 'lower', 'low'],
		['concern', 'higher', 'low'],
		['concern', 'lower', 'high'],
		['common', 'lower', null],
		['none', 'higher', null],
	] as const)('%s when %s is better lies %s', (variation, direction, side) => {
		expect(variationSide(variation, direction)).toBe(side);
	});
});

describe('whyNotAssessed(series, kind, minPoints)', () => {
	it('says nothing when there is a verdict', () => {
		expect(whyNotAssessed(series({}), 'variation', 12)).toBeNull();
		expect(whyNotAssessed(series({}), 'assurance', 12)).toBeNull();
	});

	it.each([
		['no series', undefined, 'variation', 'ingen tall'],
		['no values', series({ variation: 'none', segments: [] }), 'variation', 'ingen tall'],
		[
			'too few points',
			series({ variation: 'none', assurance: 'none', segments: [segment(null)] }),
			'variation',
			'færre enn 12 måneder med tall',
		],
		[
			'too few since the rebase',
			series({ variation: 'none', segments: [segment(0.85), segment(null, '2025-01')] }),
			'variation',
			'færre enn 12 måneder med tall siden siste nye periode',
		],
		[
			'no target, said before too few points',
			series({ assurance: 'none', target: null, segments: [segment(null)] }),
			'assurance',
			'ikke noe mål for dette området',
		],
		[
			'a target but no limits',
			series({ assurance: 'none', segments: [segment(null)] }),
			'assurance',
			'færre enn 12 måneder med tall',
		],
	] as const)('%s: «%s»', (_case, s, kind, words) => {
		expect(whyNotAssessed(s, kind, 12)).toBe(words);
	});
});
