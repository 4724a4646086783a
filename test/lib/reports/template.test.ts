import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/reports/parse-report';
import { computeMonthlyTemplateValues, fillTemplate, REPORT_TEMPLATES } from '../../../src/lib/reports/template';
import { getProject } from '../../../src/loaders/project';

describe('computeMonthlyTemplateValues(month, options)', () => {
	it.each([
		['2026-10', { month: '2026-10', month_long: 'oktober 2026', meeting_date: '2026-11-01', year2: '26', data_cutoff: '2026-11-01', example: 'false' }],
		['2026-12', { month: '2026-12', month_long: 'desember 2026', meeting_date: '2027-01-01', year2: '27', data_cutoff: '2027-01-01', example: 'false' }],
	])('gives the placeholders for %s', (month, values) => {
		expect(computeMonthlyTemplateValues(month)).toEqual(values);
	});
	it('takes the meeting and the data cut-off the editor gives', () => {
		expect(computeMonthlyTemplateValues('2026-10', { meetingDate: '2026-11-25', dataCutoff: '2026-11-20' })).toMatchObject({ meeting_date: '2026-11-25', data_cutoff: '2026-11-20', example: 'false' });
	});
	it('refuses data newer than the meeting unless the report is an example, whose cut-off stays at the meeting', () => {
		expect(() => computeMonthlyTemplateValues('2026-10', { dataCutoff: '2026-11-20' })).toThrow('the data (as_of 2026-11-20) is newer than the meeting (2026-11-01)');
		expect(computeMonthlyTemplateValues('2026-10', { dataCutoff: '2026-11-20', example: true })).toMatchObject({ meeting_date: '2026-11-01', data_cutoff: '2026-11-01', example: 'true' });
	});
	it('rejects a bad month or meeting date', () => {
		expect(() => computeMonthlyTemplateValues('2026-13')).toThrow('--month must be a month written YYYY-MM, got "2026-13"');
		expect(() => computeMonthlyTemplateValues('2026-10', { meetingDate: '25.11.2026' })).toThrow('--meeting must be a date written YYYY-MM-DD, got "25.11.2026"');
	});
});

describe('fillTemplate(template, values)', () => {
	it('replaces placeholders and names the ones without a value', () => {
		expect(fillTemplate('a {{x}} {{ x }}', { x: '1' })).toBe('a 1 1');
		expect(() => fillTemplate('{{x}} {{y}}', {})).toThrow('placeholders without a value: x, y');
	});
	it('makes a valid monthly report on KPI 1–3 from the shipped template, reported every month', () => {
		const text = fillTemplate(readFileSync(REPORT_TEMPLATES.maanedsrapport.file, 'utf8'), { ...computeMonthlyTemplateValues('2026-09') });
		const { report, issues } = parseReport(text, 'reports/maanedsrapport-2026-09.md', 'maanedsrapport-2026-09');
		expect(issues).toEqual([]);
		expect(report!).toMatchObject({ period: '2026-09', frequency: 'monthly', data_cutoff: '2026-10-01', example: false });
		expect(report!.sections.find((s) => s.type === 'kpi-summary')!.kpis).toEqual(['ukp_days', 'zero_day_share', 'mean_ukp_days']);
	});
	it('makes a valid report on KPI 1–5 from the template of tiltak 1.2, with its reporting frequency', () => {
		const text = fillTemplate(readFileSync(REPORT_TEMPLATES.kpi.file, 'utf8'), { ...computeMonthlyTemplateValues('2026-09') });
		const { report, issues } = parseReport(text, 'reports/kpi-rapport-2026-09.md', 'kpi-rapport-2026-09');
		expect(issues).toEqual([]);
		expect(report!.frequency).toBe('quarterly');
		for (const type of ['kpi-summary', 'kpi-trends', 'kpi-areas', 'definitions'] as const) {
			expect(report!.sections.find((s) => s.type === type)!.kpis).toEqual(['ukp_days', 'zero_day_share', 'mean_ukp_days', 'direct_home_share', 'readmission_share']);
		}
	});
});

describe('npm run report -- --month M', () => {
	// The bundled data is as of 2026-11-20, so a meeting on or after that day can take it.
	const report = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/new-report.ts', ...args], { encoding: 'utf8' });

	it('writes reports/maanedsrapport-M.md from the template with the data date as cut-off, and refuses to overwrite it', () => {
		const out = mkdtempSync(join(tmpdir(), 'reports-'));
		const run = () => report('--month', '2026-09', '--meeting', '2026-11-25', '--out', out);
		const first = run();
		expect(first.status).toBe(0);
		expect(first.stdout).toContain(`Wrote ${out}/maanedsrapport-2026-09.md`);
		const text = readFileSync(join(out, 'maanedsrapport-2026-09.md'), 'utf8');
		expect(text).toContain('title: Månedsrapport UKP, september 2026');
		expect(text).toContain('data_cutoff: 2026-11-20');
		const second = run();
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('exists already');
	});

	it('refuses a meeting before the data date, unless the report is an example', () => {
		const out = mkdtempSync(join(tmpdir(), 'reports-'));
		const early = report('--month', '2026-09', '--out', out);
		expect(early.status).toBe(2);
		expect(early.stderr).toContain('the data (as_of 2026-11-20) is newer than the meeting (2026-10-01)');
		expect(report('--month', '2026-09', '--out', out, '--example').status).toBe(0);
		expect(readFileSync(join(out, 'maanedsrapport-2026-09.md'), 'utf8')).toContain('example: true');
	});

	it('writes the KPI 1–5 report with --template kpi, and names an unknown template', () => {
		const out = mkdtempSync(join(tmpdir(), 'reports-'));
		expect(report('--template', 'kpi', '--month', '2026-12', '--meeting', '2027-01-20', '--out', out).status).toBe(0);
		expect(readFileSync(join(out, 'kpi-rapport-2026-12.md'), 'utf8')).toContain('frequency: quarterly');
		const bad = report('--template', 'ukerapport', '--month', '2026-12', '--out', out);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('--template: "ukerapport" is not a template (maanedsrapport, kpi)');
	});
});

describe('the project loader on the reports', () => {
	it('loads the shipped reports: an ASU pack, a monthly report and a one-page fact sheet', () => {
		const reports = getProject('data', { reportsDir: 'reports' }).reports;
		expect(reports.map((r) => [r.layout, r.audience])).toEqual(
			expect.arrayContaining([
				['pack', 'partner'],
				['one-page', 'public'],
			]),
		);
		expect(reports.some((r) => r.slug.startsWith('maanedsrapport-'))).toBe(true);
		expect(reports.find((r) => r.slug.startsWith('kpi-rapport-'))?.frequency).toBe('quarterly');
	});
});
