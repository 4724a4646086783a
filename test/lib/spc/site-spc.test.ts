import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthRange } from '../../../src/lib/dates';
import type { KpiRecord, KpiResults } from '../../../src/lib/kpi/types';
import { parseYaml } from '../../../src/lib/parse-yaml';
import { describeSpcChart, spcTableRows } from '../../../src/lib/spc/describe';
import { DEFAULT_SPC_SETTINGS } from '../../../src/lib/spc/settings';
import { computeSiteSpc } from '../../../src/lib/spc/site-spc';
import { TargetsSchema, type Targets } from '../../../src/lib/targets';
import { formatKpiValue } from '../../../src/lib/kpi/present';

const TARGETS: Targets = parseYaml(
	readFileSync('data/targets.yaml', 'utf8'),
	'data/targets.yaml',
	TargetsSchema,
).value!;
const MONTHS = monthRange('2023-01', '2024-02'); // 14 months

// The mean UKP stay of one municipality: 2,0 days every month but 8,0 in March 2023, which the
// public edition hides (a small count); the partner edition shows it.
const VALUES = MONTHS.map((m, i) => (m === '2023-03' ? 8 : 2 + (i % 2) * 0.2));
function results(hideMarch: boolean): KpiResults {
	const records = MONTHS.map(
		(period, i) =>
			({
				kpi: 'mean_ukp_days',
				area: '5014',
				period,
				periodType: 'month',
				value: hideMarch && period === '2023-03' ? null : VALUES[i],
				suppressed: hideMarch && period === '2023-03',
			}) as KpiRecord,
	);
	return {
		records,
		latestMonth: '2024-02',
		series: (kpi: string, area: string) => records.filter((r) => r.kpi === kpi && r.area === area),
		seriesKeys: () => [{ kpi: 'mean_ukp_days', area: '5014' }],
	} as unknown as KpiResults;
}

describe('computeSiteSpc(kpis, targets, settings, until)', () => {
	const partner = computeSiteSpc(results(false), TARGETS, DEFAULT_SPC_SETTINGS);
	const open = computeSiteSpc(results(true), TARGETS, DEFAULT_SPC_SETTINGS);

	it('draws no limit from a month hidden for privacy: the hidden month is left out like a month without data', () => {
		expect(partner.points('mean_ukp_days', '5014')).toHaveLength(14);
		expect(open.points('mean_ukp_days', '5014').map((p) => p.month)).not.toContain('2023-03');
		expect(open.points('mean_ukp_days', '5014')).toHaveLength(13);
		// Without the 8-day month the mean is lower and the limits narrower.
		expect(open.series('mean_ukp_days', '5014')!.segments[0].mean).toBeLessThan(
			partner.series('mean_ukp_days', '5014')!.segments[0].mean!,
		);
		expect(open.hiddenMonths('mean_ukp_days', '5014')).toEqual(['2023-03']);
		expect(partner.hiddenMonths('mean_ukp_days', '5014')).toEqual([]);
	});

	it('looks series up by KPI and area, with the target of the area', () => {
		expect(open.series('mean_ukp_days', '5014')).toMatchObject({
			kpi: 'mean_ukp_days',
			area: '5014',
			direction: 'lower',
			target: 2,
		});
		expect(open.series('ukp_days', '5014')).toBeUndefined();
		expect(open.points('ukp_days', '5014')).toEqual([]);
	});

	it("gives the charts as they stood at a report's period: later months left out, verdicts recomputed", () => {
		const before = open.upTo('2023-12');
		expect(before.until).toBe('2023-12');
		expect(before.points('mean_ukp_days', '5014').at(-1)!.month).toBe('2023-12');
		expect(before.series('mean_ukp_days', '5014')!.segments[0].mean).toBeNull(); // 11 points: too few for limits
		expect(open.upTo('2024-02')).toBe(open);
		expect(open.upTo('2030-01')).toBe(open);
	});
});

describe('describeSpcChart(series, points, options) and spcTableRows(series, points)', () => {
	const spc = computeSiteSpc(results(true), TARGETS, DEFAULT_SPC_SETTINGS);
	const series = spc.series('mean_ukp_days', '5014')!;
	const points = spc.points('mean_ukp_days', '5014');
	const text = describeSpcChart(series, points, {
		label: 'Liggetid som UKP',
		areaName: 'Frøya',
		format: (v) => formatKpiValue('mean_ukp_days', v, 'døgn'),
		hidden: spc.hiddenMonths('mean_ukp_days', '5014'),
	});

	it('says what the chart shows, with the numbers the Norwegian way', () => {
		expect(text).toMatch(
			/^Liggetid som UKP per måned for Frøya, jan\. 2023–feb\. 2024 \(13 måneder\), med gjennomsnitt og prosessgrenser\. Hele perioden: gjennomsnitt 2,1\u00a0døgn, prosessgrenser /,
		);
		expect(text).toContain('Mot målet (2,0\u00a0døgn per måned): ');
		expect(text).toContain('Siste måned (feb. 2024, 2,2\u00a0døgn): ');
	});

	it('says that a month hidden for privacy is neither drawn nor in the limits', () => {
		expect(text).toContain(
			'1 måned er skjult av personvernhensyn; de er ikke tegnet, og grensene bygger ikke på dem.',
		);
	});

	it('gives one table row per point, rules joined by «;» and the target on each', () => {
		const rows = spcTableRows(series, points);
		expect(rows).toHaveLength(13);
		expect(rows[0]).toMatchObject({
			kpi: 'mean_ukp_days',
			area: '5014',
			month: '2023-01',
			value: 2,
			segment: 0,
			target: 2,
		});
		expect(rows.every((r) => typeof r.rules === 'string')).toBe(true);
	});
});
