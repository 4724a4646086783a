import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues';
import { checkReportConferences, checkReportDataDates, checkReportPeriods, parseReport } from '../../../src/lib/reports/parse-report';

const FILE = 'reports/test.md';
const VALID = `---
title: Testrapport
meeting: ASU
meeting_date: 2026-11-18
sak: 31/23
period: 2026-10
audience: partner
data_cutoff: 2026-11-10
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
		expect(report).toMatchObject({ slug: 'test', meeting: 'ASU', sak: '31/23', sak_demo: false, layout: 'pack', audience: 'partner', data_cutoff: '2026-11-10', example: false, body: 'Litt tekst med <b>HTML</b>.' });
		expect(report!.frequency).toBeUndefined();
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
		['an unknown section', withLine('  - legend', '  - pie-chart'), ['reports/test.md:13: sections.2.type: "pie-chart" is not a section: use one of narrative, since-last-meeting, kpi-summary, goal-year, kpi-trends, kpi-areas, spc-summary, spc-charts, gantt, plan-status, deviations, comparison, legend, definitions, data-status, capacity']],
		['an unknown KPI', withLine('    kpis:', '    kpis: [1, 7]'), ['reports/test.md:12: sections.1.kpis.1: 7 is not a KPI: use 1–6 or one of ukp_days, zero_day_share, mean_ukp_days, direct_home_share, readmission_share, short_term_los']],
		['an unknown key', withLine('audience', 'audience: partner\nauthor: Ola'), ['reports/test.md:8: author: unknown key; expected one of title, meeting, meeting_date, sak, sak_demo, period, data_cutoff, example, frequency, conference, audience, layout, subtitle, sections']],
		['a report without a data cut-off', withLine('data_cutoff', null), ['reports/test.md:1: data_cutoff: is missing']],
		['a data cut-off after the meeting', withLine('data_cutoff', 'data_cutoff: 2026-11-19'), ['reports/test.md:8: data_cutoff: 2026-11-19 is after the meeting date (2026-11-18): a report holds only data from before its meeting']],
		['a cut-off after the meeting even in an example', withLine('data_cutoff', 'data_cutoff: 2026-11-19\nexample: true'), ['reports/test.md:8: data_cutoff: 2026-11-19 is after the meeting date (2026-11-18): a report holds only data from before its meeting']],
		['an unknown frequency', withLine('data_cutoff', 'data_cutoff: 2026-11-10\nfrequency: weekly'), ['reports/test.md:9: frequency: "weekly" must be one of monthly, quarterly, yearly, per-meeting']],
		['YAML syntax', withLine('title', 'title: [Testrapport'), ['reports/test.md:2: -: YAML syntax: the [ opened here is never closed with ]']],
		['no front matter', 'title: x\n', ['reports/test.md:1: -: must start with front matter between two "---" lines']],
		['an unclosed front matter', '---\ntitle: x\n', ['reports/test.md:1: -: front matter has no closing "---" line']],
		['text without a narrative section', withLine('  - narrative', null), ['reports/test.md:9: sections: the text below the front matter is not shown: add a "narrative" section']],
	])('reports %s as FILE:LINE: COLUMN: message', (_, text, expected) => {
		expect(messages(text)).toEqual(expected);
	});

	it('reports every problem at once', () => {
		const text = withLine('period', 'period: 2026-13').replace('audience: partner', 'audience: x');
		expect(messages(text)).toEqual(['reports/test.md:6: period: "2026-13" must be a month written YYYY-MM', 'reports/test.md:7: audience: "x" must be partner or public']);
	});
});

describe('parseReport(text, file, slug, goalYear): the goal-year section', () => {
	const text = withLine('  - legend', '  - goal-year\n  - type: goal-year\n    year: 2024\n    title: Halvveis?');

	it('heads a goal-year section «Nådde vi målene for <year>?» with the 100 % milestone year', () => {
		const { report, issues } = parseReport(text, FILE, 'test', '2025');
		expect(issues).toEqual([]);
		expect(report!.sections.slice(2).map((s) => [s.type, s.heading, s.year])).toEqual([
			['goal-year', 'Nådde vi målene for 2025?', '2025'],
			['goal-year', 'Halvveis?', '2024'],
		]);
	});

	it('leaves the year open when no milestone year is known, and other sections have none', () => {
		const { report } = parseReport(text, FILE, 'test');
		expect(report!.sections.map((s) => s.year)).toEqual([null, null, null, '2024']);
		expect(report!.sections[2].heading).toBe('Nådde vi målene?');
	});
});

describe('checkReportDataDates(reports, asOf)', () => {
	// Meeting 2026-11-18, cut-off 2026-11-10 (line 8 of VALID).
	const parsed = (text: string) => ({ report: parseReport(text, FILE, 'test').report!, text });
	const messagesFor = (text: string, asOf: string) => checkReportDataDates([parsed(text)], asOf).map(formatIssue);

	it.each([
		['on the cut-off', '2026-11-10', []],
		['older than the cut-off', '2026-11-01', []],
	])('accepts data %s', (_, asOf, expected) => {
		expect(messagesFor(VALID, asOf)).toEqual(expected);
	});

	it('refuses data newer than the cut-off but before the meeting, and says how to fix it', () => {
		expect(messagesFor(VALID, '2026-11-12')).toEqual(["reports/test.md:8: data_cutoff: the data (as_of 2026-11-12) is newer than the report's cut-off (2026-11-10): set data_cutoff: 2026-11-12, or set example: true"]);
	});

	it('refuses data newer than the meeting', () => {
		expect(messagesFor(VALID, '2026-11-20')).toEqual(['reports/test.md:8: data_cutoff: the data (as_of 2026-11-20) is newer than the meeting (2026-11-18): build the report from the extract it was made for, or set example: true']);
	});

	it('accepts any data for a report that says it is an example', () => {
		expect(messagesFor(withLine('data_cutoff', 'data_cutoff: 2026-11-10\nexample: true'), '2026-11-20')).toEqual([]);
	});
});

describe('checkReportConferences(reports, numbers)', () => {
	const text = withLine('data_cutoff', 'data_cutoff: 2026-11-10\nconference: 3');
	const entry = { report: parseReport(text, FILE, 'test').report!, text };

	it('refuses a conference number conference.yaml does not have, at the line of conference', () => {
		expect(checkReportConferences([entry], [1, 2]).map(formatIssue)).toEqual(['reports/test.md:9: conference: 3 is not a conference in conference.yaml (1, 2)']);
		expect(checkReportConferences([entry], [3])).toEqual([]);
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
