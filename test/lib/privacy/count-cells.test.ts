import { describe, expect, it } from 'vitest';
import {
	countCellAttributes,
	kpiCellAttributes,
	parseCountCells,
	parseKpiCells,
} from '../../../src/lib/privacy/count-cells';

describe('countCellAttributes(measure, area, period, value, scope)', () => {
	it.each([
		[
			['ukp_stays', 'cluster:Trøndelag sørvest', '2025-03', 12],
			{ 'data-count': '12', 'data-sum': 'ukp_stays|cluster:Trøndelag sørvest|2025-03' },
		],
		[
			['ukp_days', 'all', '2025', 940, 'shown'],
			{ 'data-count': '940', 'data-sum': 'ukp_days|all|2025|shown' },
		],
		[['ukp_days', '5033', '2025', null], {}],
		[['ukp_days', '5033', '2025', undefined], {}],
	] as const)('gives %j the attributes %j', (args, attributes) => {
		expect(
			countCellAttributes(...(args as unknown as Parameters<typeof countCellAttributes>)),
		).toEqual(attributes);
	});
});

describe('parseCountCells(html)', () => {
	it('reads every data-count, with what data-sum says it sums (entities decoded), in page order', () => {
		const html =
			'<td class="num" data-count="12" data-sum="ukp_stays|cluster:A &amp; B|2025-03">12</td><strong data-count="940" data-sum="ukp_days|all|2025|shown">940</strong><td data-count="3">3</td><td data-count="4" data-sum="x|y">4</td>';
		expect(parseCountCells(html)).toEqual([
			{
				value: 12,
				sum: { measure: 'ukp_stays', area: 'cluster:A & B', period: '2025-03', scope: 'all' },
			},
			{ value: 940, sum: { measure: 'ukp_days', area: 'all', period: '2025', scope: 'shown' } },
			{ value: 3, sum: null },
			{ value: 4, sum: null },
		]);
	});
});

describe('kpiCellAttributes(kpi, area, period, value) and parseKpiCells(html)', () => {
	it('marks a share with its full-precision value, and reads it back', () => {
		const attributes = kpiCellAttributes(
			'zero_day_share',
			'cluster:Fosen',
			'2026-10',
			0.9032901938059366,
		);
		expect(attributes).toEqual({
			'data-kpi': 'zero_day_share|cluster:Fosen|2026-10',
			'data-value': '0.9032901938059366',
		});
		expect(kpiCellAttributes('zero_day_share', 'all', '2026', null)).toEqual({});
		const html = `<td class="num" ${Object.entries(attributes)
			.map(([k, v]) => `${k}="${v}"`)
			.join(' ')}>90,3 %</td>`;
		expect(parseKpiCells(html)).toEqual([
			{
				kpi: 'zero_day_share',
				area: 'cluster:Fosen',
				period: '2026-10',
				value: 0.9032901938059366,
			},
		]);
	});
});
