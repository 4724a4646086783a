import { describe, expect, it } from 'vitest';
import { presentedFigures, shownValue } from '../../../src/lib/snapshots/figures';
import { normalizeSections } from '../../../src/lib/reports/sections';
import { TARGETS } from '../../helpers/snapshots';

const keys = (sections: Parameters<typeof normalizeSections>[0], period = '2023-03') =>
	presentedFigures(
		{ period, sections: normalizeSections(sections) },
		{ targets: TARGETS, clusters: ['cluster:Fosen', 'cluster:Trondheim'] },
	).map((k) => `${k.kpi} ${k.area} ${k.period}`);

describe('presentedFigures(report, { targets, clusters })', () => {
	it("gives a KPI summary the headline area's reporting month and year to date", () => {
		expect(keys([{ type: 'kpi-summary', kpis: ['ukp_days', 'short_term_los'] }])).toEqual([
			'ukp_days all 2023',
			'ukp_days all 2023-03',
			'short_term_los oya-helsehus 2023',
			'short_term_los oya-helsehus 2023-03',
		]);
	});

	it('gives trend charts every month from January of the baseline year (2023) to the period', () => {
		expect(keys([{ type: 'kpi-trends', kpis: ['zero_day_share'] }])).toEqual([
			'zero_day_share all 2023-01',
			'zero_day_share all 2023-02',
			'zero_day_share all 2023-03',
		]);
	});

	it('gives the area table all and each cluster, month and year to date, but not the unit KPI', () => {
		expect(keys([{ type: 'kpi-areas', kpis: ['readmission_share', 'short_term_los'] }])).toEqual([
			'readmission_share all 2023',
			'readmission_share all 2023-03',
			'readmission_share cluster:Fosen 2023',
			'readmission_share cluster:Fosen 2023-03',
			'readmission_share cluster:Trondheim 2023',
			'readmission_share cluster:Trondheim 2023-03',
		]);
	});

	it('lists a figure two sections show once, and nothing for sections without KPI figures', () => {
		expect(
			keys(
				[
					{ type: 'kpi-summary', kpis: ['ukp_days'] },
					{ type: 'kpi-trends', kpis: ['ukp_days'] },
					{ type: 'legend' },
					{ type: 'deviations' },
				],
				'2023-02',
			),
		).toEqual(['ukp_days all 2023', 'ukp_days all 2023-01', 'ukp_days all 2023-02']);
		expect(
			keys([{ type: 'narrative' }, { type: 'since-last-meeting' }, { type: 'gantt' }]),
		).toEqual([]);
	});
});

describe('shownValue(kpi, value)', () => {
	it.each([
		['ukp_days', 1766.6, '1\u00a0767\u00a0døgn'],
		['zero_day_share', 0.86449, '86,4\u00a0%'],
		['zero_day_share', 0.86451, '86,5\u00a0%'],
		['mean_ukp_days', 2.349, '2,3\u00a0døgn'],
		['short_term_los', 19.96, '20,0\u00a0døgn'],
		['readmission_share', null, '–'],
	] as const)('%s %s reads %s', (kpi, value, text) => {
		expect(shownValue(kpi, value)).toBe(text);
	});
});
