import type { DataIssue } from '../issues';
import { parseYaml, yamlLineOf } from '../parse-yaml';
import { type ReportFrontMatter, ReportFrontMatterSchema } from './schema';
import { normalizeSections, type ReportSection } from './sections';

/** A report definition from `reports/<slug>.md`, validated. */
export interface Report extends Omit<ReportFrontMatter, 'sections'> {
	/** The file name without `.md`: the page is /rapporter/<slug>/, the PDF /rapporter/<slug>.pdf. */
	slug: string;
	file: string;
	sections: ReportSection[];
	/** The markdown body, shown by the `narrative` section. */
	body: string;
}

const FENCE = /^---[ \t]*$/;

/**
 * Returns the report in a markdown text with YAML front matter between `---` lines, or `null` with
 * one issue per problem, lines counted in the whole file (the opening `---` is line 1; a missing
 * top-level key is reported there). `goalYear` is the default year of a `goal-year` section.
 */
export function parseReport(text: string, file: string, slug: string, goalYear?: string): { report: Report | null; issues: DataIssue[] } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (!FENCE.test(lines[0] ?? '')) return fail(file, 1, 'must start with front matter between two "---" lines');
	const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	if (end < 0) return fail(file, 1, 'front matter has no closing "---" line');
	const yaml = frontMatterOf(text);
	const body = lines.slice(end + 1).join('\n').trim();
	const parsed = parseYaml(yaml, file, ReportFrontMatterSchema);
	const issues = [...parsed.issues];
	if (!parsed.value) return { report: null, issues };

	const { sections: specs, ...rest } = parsed.value;
	const hasNarrative = specs.some((s) => s.type === 'narrative');
	const sectionsLine = yamlLineOf(yaml, ['sections']);
	if (body && !hasNarrative) issues.push({ file, line: sectionsLine, column: 'sections', message: 'the text below the front matter is not shown: add a "narrative" section' });
	if (!body && hasNarrative) issues.push({ file, line: sectionsLine, column: 'sections', message: 'has a "narrative" section but the text below the front matter is empty' });
	if (issues.length > 0) return { report: null, issues };
	return { report: { ...rest, slug, file, sections: normalizeSections(specs, goalYear), body }, issues: [] };
}

/**
 * Returns one issue per report whose reporting period lies after the latest month with data, at
 * the line of `period`, so a report is never printed with empty numbers.
 */
export function checkReportPeriods(reports: { report: Report; text: string }[], latestMonth: string): DataIssue[] {
	return reports
		.filter(({ report }) => report.period > latestMonth)
		.map(({ report, text }) => ({
			file: report.file,
			line: yamlLineOf(frontMatterOf(text), ['period']),
			column: 'period',
			message: `${report.period} is after the latest month with data (${latestMonth})`,
		}));
}

/**
 * Returns one issue per report that is not an example and whose data is newer than its
 * `data_cutoff` (the data's extract date, manifest `as_of`, is later), at the line of
 * `data_cutoff`: a pack never shows numbers from after the cut-off it names, nor from after its
 * meeting.
 */
export function checkReportDataDates(reports: { report: Report; text: string }[], asOf: string): DataIssue[] {
	return reports
		.filter(({ report }) => !report.example && asOf > report.data_cutoff)
		.map(({ report, text }) => ({
			file: report.file,
			line: yamlLineOf(frontMatterOf(text), ['data_cutoff']),
			column: 'data_cutoff',
			message:
				asOf > report.meeting_date
					? `the data (as_of ${asOf}) is newer than the meeting (${report.meeting_date}): build the report from the extract it was made for, or set example: true`
					: `the data (as_of ${asOf}) is newer than the report's cut-off (${report.data_cutoff}): set data_cutoff: ${asOf}, or set example: true`,
		}));
}

/** Returns one issue per report whose `conference` is not a conference number in `conference.yaml`, at the line of `conference`. */
export function checkReportConferences(reports: { report: Report; text: string }[], numbers: readonly number[]): DataIssue[] {
	return reports
		.filter(({ report }) => report.conference !== undefined && !numbers.includes(report.conference))
		.map(({ report, text }) => ({
			file: report.file,
			line: yamlLineOf(frontMatterOf(text), ['conference']),
			column: 'conference',
			message: `${report.conference} is not a conference in conference.yaml${numbers.length ? ` (${numbers.join(', ')})` : ''}`,
		}));
}

// The front matter from its opening `---`, a YAML document start, so YAML lines are file lines and
// a missing key is reported at the `---`.
function frontMatterOf(text: string): string {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	return lines.slice(0, end < 0 ? undefined : end).join('\n');
}

function fail(file: string, line: number, message: string): { report: null; issues: DataIssue[] } {
	return { report: null, issues: [{ file, line, column: '-', message }] };
}
