import { describe, expect, it } from 'vitest';
import { formatSpcCsv, formatSpcJson } from '../../../src/lib/spc/export';
import type { SpcResult } from '../../../src/lib/spc/types';

const RESULT: SpcResult = {
	points: [
		{
			kpi: 'ukp_days',
			area: 'all',
			month: '2024-01',
			value: 300,
			segment: 0,
			mean: 250,
			lpl: -8,
			upl: 258,
			rules: ['astronomical', 'shift'],
		},
		{
			kpi: 'ukp_days',
			area: '5001',
			month: '2024-01',
			value: 7,
			segment: 0,
			mean: null,
			lpl: null,
			upl: null,
			rules: [],
		},
	],
	series: [
		{
			kpi: 'ukp_days',
			area: 'all',
			variation: 'concern',
			assurance: 'fail',
			direction: 'lower',
			target: 147.25,
			latest: '2024-01',
			segments: [],
		},
		{
			kpi: 'ukp_days',
			area: '5001',
			variation: 'none',
			assurance: 'none',
			direction: 'lower',
			target: null,
			latest: '2024-01',
			segments: [],
		},
	],
};

describe('formatSpcCsv(result)', () => {
	it('writes one row per point with its series’ variation and assurance; rules space-separated, no limits empty', () => {
		expect(formatSpcCsv(RESULT)).toBe(
			'kpi,area,month,value,segment,mean,lpl,upl,rules,variation,assurance\n' +
				'ukp_days,all,2024-01,300,0,250,-8,258,astronomical shift,concern,fail\n' +
				'ukp_days,5001,2024-01,7,0,,,,,none,none\n',
		);
	});

	it('writes only the header without points', () => {
		expect(formatSpcCsv({ points: [], series: [] })).toBe(
			'kpi,area,month,value,segment,mean,lpl,upl,rules,variation,assurance\n',
		);
	});
});

describe('formatSpcJson(result)', () => {
	it('writes one object with points and series', () => {
		expect(Object.keys(JSON.parse(formatSpcJson(RESULT)))).toEqual(['points', 'series']);
		expect(formatSpcJson(RESULT).endsWith('}\n')).toBe(true);
	});
});
