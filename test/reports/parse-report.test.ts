import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/issues';
import { checkReportPeriods, parseReport } from '../../src/lib/reports/parse-report';

const FILE = 'reports/test.md';
const VALID = `---
title: Testrapport
meeting: ASU
meeting_date: 2026-11-18
sak: 31/23
period: 2026-10
audience: partner
sections:
  - narrative
  - type: kpi-summary
    kpis: [1, mean_ukp_days]
  - legend
---

Litt tekst med <b>HTML</b>.
`;

/** Returns VALID with one front-matter line replaced (or removed, with `null`). */
function withLine(from: string, to: string | null): string {
	const lines = VALID.split('\n');
	const i = lines.findIndex((l) => l.startsWith(from));
	if (i < 0) throw new Error(`no line ${from}`);
	if (to === null) lines.splice(i, 1);
	else lines[i] = to;
	return lines.join('\n');
}

const messages = (text: string) => parseReport(text, FILE, 'test').issues.map(formatIssue);

describe('parseReport(text, file, slug)', () => {
	it('returns the report with sections resolved and the body', () => {
		const { report, issues } = parseReport(VALID, FILE, 'test');
		expect(issues).toEqual([]);
		expect(report).toMatchObject({ slug: 'test', meeting: 'ASU', sak: '31/23', sak_demo: false, layout: 'pack', audience: 'partner', body: 'Litt tekst med <b>HTML</b>.' });
		expect(report!.sections.map((s) => [s.id, s.heading])).toEqual([
			['sec-1-narrative', 'Sammendrag'],
			['sec-2-kpi-summary', 'KPI-status mot mål'],
			['sec-3-legend', 'Leseveiledning'],
		]);
		expect(report!.sections[1].kpis).toEqual(['ukp_days', 'mean_ukp_days']);
		expect(report!.sections[0].kpis).toHaveLength(6);
	});

	it.each([
		['a bad date', withLine('meeting_date', 'meeting_date: 18.11.2026'), ['reports/test.md:4: meeting_date: "18.11.2026" must be a date written YYYY-MM-DD']],
		['a bad case number', withLine('sak', 'sak: 31-23'), ['reports/test.md:5: sak: "31-23" must be a case number like "31/23"']],
		['an ASU report without a case number', withLine('sak', null), ['reports/test.md:1: sak: is required for an ASU report (e.g. "31/23")']],
		['a bad month', withLine('period', 'period: 2026-13'), ['reports/test.md:6: period: "2026-13" must be a month written YYYY-MM']],
		['an unknown audience', withLine('audience', 'audience: everyone'), ['reports/test.md:7: audience: "everyone" must be partner or public']],
		['an unknown section', withLine('  - legend', '  - pie-chart'), ['reports/test.md:12: sections.2.type: "pie-chart" is not a section: use one of narrative, kpi-summary, kpi-trends, kpi-areas, gantt, deviations, comparison, legend, definitions, data-status, capacity']],
		['an unknown KPI', withLine('    kpis:', '    kpis: [1, 7]'), ['reports/test.md:11: sections.1.kpis.1: 7 is not a KPI: use 1–6 or one of ukp_days, zero_day_share, mean_ukp_days, direct_home_share, readmission_share, short_term_los']],
		['an unknown key', withLine('audience', 'audience: partner\nauthor: Ola'), ['reports/test.md:8: author: unknown key; expected one of title, meeting, meeting_date, sak, sak_demo, period, audience, layout, subtitle, sections']],
		['YAML syntax', withLine('title', 'title: [Testrapport'), ['reports/test.md:2: -: YAML syntax: the [ opened here is never closed with ]']],
		['no front matter', 'title: x\n', ['reports/test.md:1: -: must start with front matter between two "---" lines']],
		['an unclosed front matter', '---\ntitle: x\n', ['reports/test.md:1: -: front matter has no closing "---" line']],
		['text without a narrative section', withLine('  - narrative', null), ['reports/test.md:8: sections: the text below the front matter is not shown: add a "narrative" section']],
	])('reports %s as FILE:LINE: COLUMN: message', (_, text, expected) => {
		expect(messages(text)).toEqual(expected);
	});

	it('reports every problem at once', () => {
		const text = withLine('period', 'period: 2026-13').replace('audience: partner', 'audience: x');
		expect(messages(text)).toEqual(['reports/test.md:6: period: "2026-13" must be a month written YYYY-MM', 'reports/test.md:7: audience: "x" must be partner or public']);
	});
});

describe('checkReportPeriods(reports, latestMonth)', () => {
	it('reports a period after the latest month with data at the line of period', () => {
		const text = withLine('period', 'period: 2026-12');
		const { report } = parseReport(text, FILE, 'test');
		expect(checkReportPeriods([{ report: report!, text }], '2026-10').map(formatIssue)).toEqual(['reports/test.md:6: period: 2026-12 is after the latest month with data (2026-10)']);
		expect(checkReportPeriods([{ report: report!, text }], '2026-12')).toEqual([]);
	});
});
