import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthRange } from '../../../src/lib/dates';
import { formatIssue } from '../../../src/lib/issues';
import {
	DEFAULT_SPC_SETTINGS,
	parseSpcSettings,
	type SpcDataContext,
} from '../../../src/lib/spc/settings';

const F = 'data/spc.yaml';
const DATA: SpcDataContext = {
	months: monthRange('2022-01', '2026-10'),
	areas: ['all', 'cluster:Fosen', '5001', '5020', 'oya-helsehus'],
};
const parse = (text: string) => parseSpcSettings(text, F, DATA);
const errors = (text: string) => parse(text).issues.map(formatIssue);

describe('parseSpcSettings(text, file, data)', () => {
	it('reads the bundled file without problems', () => {
		const { settings, issues } = parse(readFileSync(F, 'utf8'));
		expect(issues).toEqual([]);
		expect(settings).toEqual({
			...DEFAULT_SPC_SETTINGS,
			rebase_note: expect.stringContaining('Demodataene har ikke noe trappetrinn'),
		});
	});

	it('gives the defaults 6, 6, 12 and no rebases for an empty file, one of comments only, or one missing keys', () => {
		expect(DEFAULT_SPC_SETTINGS).toEqual({
			shift_points: 6,
			trend_points: 6,
			min_points: 12,
			rebases: [],
		});
		expect(parse('').settings).toEqual(DEFAULT_SPC_SETTINGS);
		expect(parse('# ingen innstillinger\n').settings).toEqual(DEFAULT_SPC_SETTINGS);
		expect(parse('min_points: 15\n').settings).toEqual({ ...DEFAULT_SPC_SETTINGS, min_points: 15 });
	});

	it('reads rebases with and without kpis and areas; the months may be unquoted', () => {
		const text =
			'rebases:\n  - from: 2024-01\n    reason: Handlingsplanen settes i verk\n  - from: "2025-10"\n    kpis: [ukp_days]\n    areas: ["all", "5001", oya-helsehus]\n    reason: Nytt nivå\n';
		expect(parse(text)).toEqual({
			settings: {
				...DEFAULT_SPC_SETTINGS,
				rebases: [
					{ from: '2024-01', reason: 'Handlingsplanen settes i verk' },
					{
						from: '2025-10',
						kpis: ['ukp_days'],
						areas: ['all', '5001', 'oya-helsehus'],
						reason: 'Nytt nivå',
					},
				],
			},
			issues: [],
		});
	});

	it('reports every problem at once, each at its line', () => {
		const text = [
			'shift_points: 2', // 1
			'trend_points: 6.5', // 2
			'min_points: 100', // 3
			'rebases:', // 4
			'  - from: "2021-05"', // 5
			'    kpis: [ukp_days, ukp_dagar]', // 6
			'    areas: ["all", "9999"]', // 7
			'    reason: Ny rutine', // 8
			'  - from: "2024-1"', // 9
			'    reason: ""', // 10
			'  - from: "2024-01"', // 11
			'    areas: ["cluster:Fosen"]', // 12
			'  - from: "2022-01"', // 13
			'    reason: Første måned', // 14
			'    kpi: [ukp_days]', // 15
			'  - from: "2026-11"', // 16
			'    reason: "   "', // 17
			'',
		].join('\n');
		expect(errors(text)).toEqual([
			'data/spc.yaml:1: shift_points: "2" must be ≥ 3',
			'data/spc.yaml:2: trend_points: "6.5" must be a whole number',
			'data/spc.yaml:3: min_points: "100" must be ≤ 60',
			'data/spc.yaml:5: rebases.0.from: "2021-05" is outside the data (2022-01 … 2026-10)',
			'data/spc.yaml:6: rebases.0.kpis.1: "ukp_dagar" is not a KPI id; use one of ukp_days, zero_day_share, mean_ukp_days, direct_home_share, readmission_share, short_term_los',
			'data/spc.yaml:7: rebases.0.areas.1: "9999" is not an area of the data; use "all", a municipality code, "cluster:<name>" or a unit id',
			'data/spc.yaml:9: rebases.1.from: "2024-1" must be a month written YYYY-MM',
			'data/spc.yaml:10: rebases.1.reason: must not be empty',
			'data/spc.yaml:11: rebases.2.reason: is missing',
			'data/spc.yaml:13: rebases.3.from: "2022-01" is the data\'s first month; a rebase there splits nothing',
			'data/spc.yaml:15: rebases.3.kpi: unknown key; expected one of from, kpis, areas, reason',
			'data/spc.yaml:16: rebases.4.from: "2026-11" is outside the data (2022-01 … 2026-10)',
			'data/spc.yaml:17: rebases.4.reason: must not be empty',
		]);
		expect(parse(text).settings).toBeNull();
	});

	it('reports empty lists and a misspelt top-level key', () => {
		expect(
			errors(
				'rebases:\n  - from: "2024-01"\n    kpis: []\n    areas: []\n    reason: R\nmin_point: 10\n',
			),
		).toEqual([
			'data/spc.yaml:3: rebases.0.kpis: must not be empty',
			'data/spc.yaml:4: rebases.0.areas: must not be empty',
			'data/spc.yaml:6: min_point: unknown key; expected one of shift_points, trend_points, min_points, rebases, rebase_note',
		]);
	});

	it('reports a YAML syntax error alone', () => {
		expect(errors('rebases:\n  - from: "2024-01\n    reason: R\n')).toEqual([
			'data/spc.yaml:2: -: YAML syntax: the quote " opened here is never closed',
		]);
	});
});
