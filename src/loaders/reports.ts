import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, type DataIssue } from '../lib/issues';
import { checkReportPeriods, parseReport, type Report } from '../lib/reports/parse-report';

/** The folder of report definitions: `REPORTS_DIR` from the environment, else `reports`. */
export function reportsDir(): string {
	return process.env.REPORTS_DIR ?? 'reports';
}

const cache = new Map<string, Report[]>();

/**
 * Reads every `*.md` in the reports folder (not its subfolders: `maler/` holds templates) and
 * returns the reports, newest meeting first. With `latestMonth`, a reporting period after it is an
 * error. Throws `DataError` listing every problem in every file.
 */
export function loadReports(dir: string = reportsDir(), latestMonth?: string): Report[] {
	const key = `${dir}\n${latestMonth ?? ''}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).sort() : [];
	const issues: DataIssue[] = [];
	const parsed: { report: Report; text: string }[] = [];
	for (const name of names) {
		const file = join(dir, name);
		const text = readFileSync(file, 'utf8');
		const result = parseReport(text, file, name.replace(/\.md$/, ''));
		issues.push(...result.issues);
		if (result.report) parsed.push({ report: result.report, text });
	}
	if (latestMonth) issues.push(...checkReportPeriods(parsed, latestMonth));
	if (issues.length > 0) throw new DataError(issues);
	const reports = parsed.map((p) => p.report).sort((a, b) => b.meeting_date.localeCompare(a.meeting_date) || a.slug.localeCompare(b.slug));
	cache.set(key, reports);
	return reports;
}
