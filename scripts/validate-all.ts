import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseComparison } from '../src/lib/comparison/parse-comparison';
import { parseStaysByDays, STAYS_BY_DAYS_FILE } from '../src/lib/comparison/stays-by-days';
import { DataError, type DataIssue } from '../src/lib/issues';
import { loadActionPlan } from '../src/loaders/action-plan';
import { loadConference } from '../src/loaders/conference';
import { loadDataset } from '../src/loaders/dataset';
import { loadReports, reportsDir } from '../src/loaders/reports';

/** The loaders of every data file; each throws a DataError listing its problems. */
const LOADERS: ((dir: string) => unknown)[] = [loadDataset, (dir) => loadActionPlan(dir), validateComparison, loadConference];

/**
 * Loads every data file of `dir` and every report definition in `reports`, and throws one
 * DataError with every problem of every file.
 */
export function validateAllData(dir: string, reports: string = reportsDir()): void {
	const issues: DataIssue[] = [];
	for (const load of [...LOADERS, () => validateReports(dir, reports)]) {
		try {
			load(dir);
		} catch (error) {
			if (!(error instanceof DataError)) throw error;
			issues.push(...error.issues);
		}
	}
	if (issues.length > 0) throw new DataError(dedupe(issues));
}

/** Checks the reports' front matter, and their periods against the latest month when the data loads. */
function validateReports(dir: string, reports: string): void {
	let latest: string | undefined;
	try {
		const dataset = loadDataset(dir);
		latest = [...dataset.ukp, ...dataset.shortTerm].reduce((max, r) => (r.month > max ? r.month : max), '');
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
	}
	loadReports(reports, latest);
}

// Several loaders read the manifest; its problems are reported once.
function dedupe(issues: DataIssue[]): DataIssue[] {
	const seen = new Set<string>();
	return issues.filter((i) => {
		const key = `${i.file}:${i.line}:${i.column}:${i.message}`;
		return !seen.has(key) && !!seen.add(key);
	});
}

/**
 * Checks `comparison/*.yaml` and the optional stays-by-days file of `dir` as
 * src/loaders/comparison.ts reads them; throws a DataError with the problems of both.
 * (That loader reads DATA_DIR and caches one model per process, so it cannot check a folder
 * passed in; this mirrors its reads until it takes a folder.)
 */
function validateComparison(dir: string): void {
	const issues: DataIssue[] = [];
	const folder = join(dir, 'comparison');
	const files = existsSync(folder)
		? readdirSync(folder)
				.filter((name) => name.endsWith('.yaml'))
				.map((name) => ({ name, path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') }))
		: [];
	try {
		parseComparison(files, folder);
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		issues.push(...error.issues);
	}
	issues.push(...staysByDaysIssues(dir));
	if (issues.length > 0) throw new DataError(issues);
}

/** Returns the problems of the optional stays-by-days file; none when the monthly data itself is bad (reported by loadDataset). */
function staysByDaysIssues(dir: string): DataIssue[] {
	const path = join(dir, STAYS_BY_DAYS_FILE);
	if (!existsSync(path)) return [];
	let dataset;
	try {
		dataset = loadDataset(dir);
	} catch (error) {
		if (error instanceof DataError) return [];
		throw error;
	}
	const monthly = new Map(dataset.ukp.map((r) => [`${r.month}|${r.municipality}`, r]));
	const codes = new Set(dataset.municipalities.map((m) => m.code));
	return parseStaysByDays(readFileSync(path, 'utf8'), path, monthly, join(dir, 'ukp_monthly.csv'), codes).issues;
}
