import { computePlanStatus, parseActionPlan, resolveToday, type PlanStatus } from '../action-plan';
import {
	DEFAULT_CAPACITY_SETTINGS,
	parseCapacitySettings,
	type CapacitySettings,
} from '../capacity/settings';
import {
	NO_ASSUMPTIONS,
	parseAssumptions,
	type AssumptionsFile,
	type KnownIds,
} from '../assumptions';
import { parseComparison, type ComparisonData } from '../comparison/parse-comparison';
import type { StaysByDays } from '../comparison/payment-models';
import { parseStaysByDays } from '../comparison/stays-by-days';
import { ConferenceFileSchema, type ConferenceFile } from '../conference';
import { DATA_FILES, type Dataset } from '../dataset';
import { parseCatalogueSettings, type CatalogueSettings } from '../downloads/catalogue-settings';
import { addIssues, DataError, type DataIssue } from '../issues';
import type { Manifest } from '../manifest';
import { parseYaml } from '../parse-yaml';
import {
	checkReportConferences,
	checkReportDataDates,
	checkReportPeriods,
	parseReport,
	type Report,
} from '../reports/parse-report';
import { joinPath, type ProjectIo, type ReadResult } from './io';

/** The action plan as the pages show it. */
export interface LoadedPlan extends PlanStatus {
	/** True when statuses and comments are demo text (manifest `plan_status_demo`). */
	statusDemo: boolean;
}

/** A part of the project: its model when its files passed, and their problems. */
export interface Part<T> {
	value: T;
	problems: DataIssue[];
}

type Read = (path: string) => ReadResult;

/** Returns the action plan on "today" (`today`, else the manifest's `as_of`); the file is required. */
export function readPlan(
	path: string,
	read: Read,
	manifest: Manifest | null,
	today: string | undefined,
): Part<LoadedPlan | null> {
	const text = required(path, read);
	if (typeof text !== 'string') return { value: null, problems: [text] };
	const { plan, issues } = parseActionPlan(text, path);
	if (!plan || !manifest) return { value: null, problems: issues };
	const status = computePlanStatus(plan, resolveToday(manifest.as_of, today));
	return { value: { ...status, statusDemo: manifest.plan_status_demo ?? false }, problems: issues };
}

/** Returns `comparison/*.yaml` and the optional stays-by-days file, checked against the monthly data when it passed. */
export function readComparisonFiles(
	dir: string,
	names: { comparison: string; staysByDays: string },
	read: Read,
	io: ProjectIo,
	dataset: Dataset | null,
): Part<{ data: ComparisonData; staysByDays: ReadonlyMap<string, StaysByDays> | null } | null> {
	const folder = joinPath(dir, names.comparison);
	const problems: DataIssue[] = [];
	const files = (io.list(folder) ?? [])
		.filter((name) => name.endsWith('.yaml'))
		.flatMap((name) => {
			const path = joinPath(folder, name);
			const text = required(path, read);
			if (typeof text === 'string') return [{ name, path, text }];
			problems.push(text);
			return [];
		});
	let data: ComparisonData | null = null;
	try {
		data = parseComparison(files, folder);
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		addIssues(problems, error.issues);
	}
	const stays = readStaysByDays(
		joinPath(dir, names.staysByDays),
		joinPath(dir, DATA_FILES.ukp),
		read,
		dataset,
	);
	addIssues(problems, stays.problems);
	return { value: data ? { data, staysByDays: stays.value } : null, problems };
}

/** Returns `capacity.yaml`, or the defaults when the folder has none; its areas are checked once the clusters are known. */
export function readCapacity(
	path: string,
	read: Read,
): Part<{ settings: CapacitySettings; text: string | null }> {
	const result = read(path);
	if ('missing' in result)
		return { value: { settings: DEFAULT_CAPACITY_SETTINGS, text: null }, problems: [] };
	if ('problem' in result)
		return {
			value: { settings: DEFAULT_CAPACITY_SETTINGS, text: null },
			problems: [problemAt(path, result.problem)],
		};
	const { value, issues } = parseCapacitySettings(result.text, path);
	return {
		value: { settings: value ?? DEFAULT_CAPACITY_SETTINGS, text: result.text },
		problems: issues,
	};
}

/** Returns `conference.yaml`, or `null` when the folder has none (test data sets need not describe a conference). */
export function readConference(path: string, read: Read): Part<ConferenceFile | null> {
	const result = read(path);
	if ('missing' in result) return { value: null, problems: [] };
	if ('problem' in result) return { value: null, problems: [problemAt(path, result.problem)] };
	const { value, issues } = parseYaml(result.text, path, ConferenceFileSchema);
	return { value: value ?? null, problems: issues };
}

/** Returns `catalogue.yaml` (who publishes the open-data catalogue, under what terms), or `null` when the folder has none: the site then publishes its downloads without a DCAT description. */
export function readCatalogue(path: string, read: Read): Part<CatalogueSettings | null> {
	const result = read(path);
	if ('missing' in result) return { value: null, problems: [] };
	if ('problem' in result) return { value: null, problems: [problemAt(path, result.problem)] };
	const { value, issues } = parseCatalogueSettings(result.text, path);
	return { value, problems: issues };
}

/**
 * Returns `assumptions.yaml` with its references checked against the folder's other files, or
 * {@link NO_ASSUMPTIONS} when the folder has none (test data sets need not list any).
 */
export function readAssumptions(path: string, read: Read, known: KnownIds): Part<AssumptionsFile> {
	const result = read(path);
	if ('missing' in result) return { value: NO_ASSUMPTIONS, problems: [] };
	if ('problem' in result)
		return { value: NO_ASSUMPTIONS, problems: [problemAt(path, result.problem)] };
	const { value, issues } = parseAssumptions(result.text, path, known);
	return { value: value ?? NO_ASSUMPTIONS, problems: issues };
}

/** What the reports are checked against: the data folder's other files, each absent when its file failed. */
export interface ReportChecks {
	/** The latest month with data: a reporting period after it is a problem. */
	latestMonth?: string;
	/** The data's extract date (manifest `as_of`): data newer than a report's cut-off is a problem, unless the report is an example. */
	asOf?: string;
	/** The conference numbers of `conference.yaml`; `null` when the folder has none or it failed (test data sets need not describe a conference). */
	conferences?: readonly number[] | null;
	/** The default year of a `goal-year` section (the 100 % milestone's year). */
	goalYear?: string;
}

/**
 * Returns every `*.md` in the reports folder (not its subfolders: `maler/` holds templates),
 * newest meeting first, checked against the folder's data (see {@link ReportChecks}).
 */
export function readReports(
	dir: string,
	read: Read,
	io: ProjectIo,
	checks: ReportChecks = {},
): Part<Report[]> {
	const names = (io.list(dir) ?? []).filter((name) => name.endsWith('.md')).sort();
	const problems: DataIssue[] = [];
	const parsed: { report: Report; text: string }[] = [];
	for (const name of names) {
		const file = joinPath(dir, name);
		const text = required(file, read);
		if (typeof text !== 'string') {
			problems.push(text);
			continue;
		}
		const result = parseReport(text, file, name.replace(/\.md$/, ''), checks.goalYear);
		addIssues(problems, result.issues);
		if (result.report) parsed.push({ report: result.report, text });
	}
	if (checks.latestMonth) addIssues(problems, checkReportPeriods(parsed, checks.latestMonth));
	if (checks.asOf) addIssues(problems, checkReportDataDates(parsed, checks.asOf));
	if (checks.conferences !== null)
		addIssues(problems, checkReportConferences(parsed, checks.conferences ?? []));
	const reports = parsed
		.map((p) => p.report)
		.sort((a, b) => b.meeting_date.localeCompare(a.meeting_date) || a.slug.localeCompare(b.slug));
	return { value: problems.length ? [] : reports, problems };
}

// The stays-by-days file is checked against the monthly file, so only when that one passed.
function readStaysByDays(
	path: string,
	ukpPath: string,
	read: Read,
	dataset: Dataset | null,
): Part<ReadonlyMap<string, StaysByDays> | null> {
	const result = read(path);
	if ('missing' in result) return { value: null, problems: [] };
	if ('problem' in result) return { value: null, problems: [problemAt(path, result.problem)] };
	if (!dataset) return { value: null, problems: [] };
	const monthly = new Map(dataset.ukp.map((r) => [`${r.month}|${r.municipality}`, r]));
	const codes = new Set(dataset.municipalities.map((m) => m.code));
	const parsed = parseStaysByDays(result.text, path, monthly, ukpPath, codes);
	return { value: parsed.issues.length ? null : parsed.stays, problems: parsed.issues };
}

function required(path: string, read: Read): string | DataIssue {
	const result = read(path);
	if ('text' in result) return result.text;
	return problemAt(path, 'problem' in result ? result.problem : 'file not found');
}

function problemAt(file: string, message: string): DataIssue {
	return { file, line: 1, column: '-', message };
}
