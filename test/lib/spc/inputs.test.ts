import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/parse-yaml';
import { assuranceTarget, spcInputsFromValues } from '../../../src/lib/spc/inputs';
import { TargetsSchema, type Targets } from '../../../src/lib/targets';

const TARGETS: Targets = parseYaml(
	readFileSync('data/targets.yaml', 'utf8'),
	'data/targets.yaml',
	TargetsSchema,
).value!;

describe('assuranceTarget(kpi, area, targets) with the bundled targets', () => {
	it.each([
		['ukp_days', 'all', 1767 / 12], // 147,25 a month
		['ukp_days', 'cluster:Fosen', null], // the count target does not split across areas
		['ukp_days', '5001', null],
		['zero_day_share', 'all', 0.9],
		['zero_day_share', 'cluster:Fosen', 0.9],
		['mean_ukp_days', '5001', 2],
		['direct_home_share', '5020', 0.3],
		['readmission_share', 'all', 0.16],
		['short_term_los', 'oya-helsehus', 20],
		['short_term_los', 'all', null], // the target is Øya helsehus's own
		['short_term_los', 'orkdal-helsetun', null],
	] as const)('%s in %s: %s', (kpi, area, expected) => {
		expect(assuranceTarget(kpi, area, TARGETS)).toBe(expected);
	});

	it('takes a split of the count target from area_targets, ÷ 12', () => {
		const split: Targets = {
			...TARGETS,
			kpis: {
				...TARGETS.kpis,
				ukp_days: { ...TARGETS.kpis.ukp_days, area_targets: { '5001': 1200 } },
			},
		};
		expect(assuranceTarget('ukp_days', '5001', split)).toBe(100);
		expect(assuranceTarget('ukp_days', '5020', split)).toBeNull();
	});
});

describe('spcInputsFromValues(values, targets)', () => {
	it('groups the monthly values by KPI and area, in first-seen order, with direction and target', () => {
		const inputs = spcInputsFromValues(
			[
				{ kpi: 'zero_day_share', area: '5001', month: '2024-01', value: 0.8 },
				{ kpi: 'ukp_days', area: 'all', month: '2024-01', value: 100 },
				{ kpi: 'zero_day_share', area: '5001', month: '2024-02', value: null },
			],
			TARGETS,
		);
		expect(inputs).toEqual([
			{
				kpi: 'zero_day_share',
				area: '5001',
				direction: 'higher',
				target: 0.9,
				values: [
					{ month: '2024-01', value: 0.8 },
					{ month: '2024-02', value: null },
				],
			},
			{
				kpi: 'ukp_days',
				area: 'all',
				direction: 'lower',
				target: 147.25,
				values: [{ month: '2024-01', value: 100 }],
			},
		]);
	});
});
