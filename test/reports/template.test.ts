import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/reports/parse-report';
import { computeMonthlyTemplateValues, fillTemplate } from '../../src/lib/reports/template';
import { getProject } from '../../src/loaders/project';

describe('computeMonthlyTemplateValues(month)', () => {
	it.each([
		['2026-10', { month: '2026-10', month_long: 'oktober 2026', meeting_date: '2026-11-01', year2: '26' }],
		['2026-12', { month: '2026-12', month_long: 'desember 2026', meeting_date: '2027-01-01', year2: '27' }],
	])('gives the placeholders for %s', (month, values) => {
		expect(computeMonthlyTemplateValues(month)).toEqual(values);
	});
	it('rejects a bad month', () => {
		expect(() => computeMonthlyTemplateValues('2026-13')).toThrow('--month must be a month written YYYY-MM, got "2026-13"');
	});
});

describe('fillTemplate(template, values)', () => {
	it('replaces placeholders and names the ones without a value', () => {
		expect(fillTemplate('a {{x}} {{ x }}', { x: '1' })).toBe('a 1 1');
		expect(() => fillTemplate('{{x}} {{y}}', {})).toThrow('placeholders without a value: x, y');
	});
	it('makes a valid monthly report on KPI 1–3 from the shipped template', () => {
		const text = fillTemplate(readFileSync('reports/maler/maanedsrapport.md', 'utf8'), { ...computeMonthlyTemplateValues('2026-09') });
		const { report, issues } = parseReport(text, 'reports/maanedsrapport-2026-09.md', 'maanedsrapport-2026-09');
		expect(issues).toEqual([]);
		expect(report!.period).toBe('2026-09');
		expect(report!.sections.find((s) => s.type === 'kpi-summary')!.kpis).toEqual(['ukp_days', 'zero_day_share', 'mean_ukp_days']);
	});
});

describe('npm run report -- --month M', () => {
	it('writes reports/maanedsrapport-M.md from the template, and refuses to overwrite it', () => {
		const out = mkdtempSync(join(tmpdir(), 'reports-'));
		const run = () => spawnSync('npx', ['tsx', 'scripts/new-report.ts', '--month', '2026-09', '--out', out], { encoding: 'utf8' });
		const first = run();
		expect(first.status).toBe(0);
		expect(first.stdout).toContain(`Wrote ${out}/maanedsrapport-2026-09.md`);
		expect(readFileSync(join(out, 'maanedsrapport-2026-09.md'), 'utf8')).toContain('title: Månedsrapport UKP, september 2026');
		const second = run();
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('exists already');
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
	});
});
