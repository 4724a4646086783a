import { buildAreaModel, type AreaModel } from '../areas';
import {
	checkCapacityAreas,
	DEFAULT_CAPACITY_SETTINGS,
	type CapacitySettings,
} from '../capacity/settings';
import { ASSUMPTIONS_FILE, NO_ASSUMPTIONS, type AssumptionsFile } from '../assumptions';
import {
	COMPARISON_COLUMNS,
	computeComparison,
	type ComparisonModel,
} from '../comparison/compute-comparison';
import type { ComparisonData } from '../comparison/parse-comparison';
import type { StaysByDays } from '../comparison/payment-models';
import type { ConferenceFile } from '../conference';
import type { CatalogueSettings } from '../downloads/catalogue-settings';
import { DATA_FILES, readDataset, type Dataset, type DatasetTexts } from '../dataset';
import { addIssues, type DataIssue } from '../issues';
import { KPI_DEFINITIONS, KPI_IDS } from '../kpi/definitions';
import { goalYearOf } from '../kpi/goal-year';
import type { Manifest } from '../manifest';
import type { Report } from '../reports/parse-report';
import { rollupDataset, type DataRollup, type RollupNeeds } from '../rollup';
import {
	SHORT_TERM_COLUMNS,
	type ShortTermCountColumn,
	type ShortTermRow,
	type UkpCountColumn,
	type UkpRow,
} from '../schema';
import { ARCHIVE_DIR, type ArchivedPack } from '../snapshots/schema';
import {
	DEFAULT_SPC_SETTINGS,
	parseSpcSettings,
	SPC_FILE,
	type SpcSettings,
} from '../spc/settings';
import type { Targets } from '../targets';
import { joinPath, type ProjectIo } from './io';
import { readArchive } from './read-archive';
import {
	readAssumptions,
	readCapacity,
	readCatalogue,
	readComparisonFiles,
	readConference,
	readPlan,
	readReports,
	type LoadedPlan,
} from './read-site-files';

/** The files of a data folder beyond the five contract files; optional ones may be absent. */
export const SITE_FILES = {
	actionPlan: 'action-plan.yaml',
	comparison: 'comparison',
	staysByDays: 'ukp_stays_by_days.csv',
	conference: 'conference.yaml',
	capacity: 'capacity.yaml',
	assumptions: ASSUMPTIONS_FILE,
	catalogue: 'catalogue.yaml',
} as const;

/**
 * `numbers`: only the monthly contract files, for the KPI export and other tools (targets and
 * manifest may come from `fallbackDir`); `site`: every file of the folder and the reports.
 */
export type LoadScope = 'numbers' | 'site';

export interface LoadProjectOptions {
	scope?: LoadScope;
	/** The folder of report definitions (site scope); default `reports`. */
	reportsDir?: string;
	/** Numbers scope: where `targets.yaml` and `manifest.yaml` come from when the folder lacks them. */
	fallbackDir?: string;
	/** "Today" for the action plan (`YYYY-MM-DD`); default the manifest's `as_of`. */
	today?: string;
}

/** Every model of a data folder, validated. */
export interface Project {
	dataDir: string;
	/** Every file read, with its text (what a frozen meeting pack hashes). */
	files: { path: string; text: string }[];
	manifest: Manifest;
	targets: Targets;
	dataset: Dataset;
	areas: AreaModel;
	rollup: DataRollup;
	/** The action plan on "today" (site scope). */
	plan: LoadedPlan | null;
	/** The comparison with Halland and Midtjylland and the payment models (site scope). */
	comparison: ComparisonModel | null;
	/** What the comparison is computed from, for outputs that compute it from other rows (a public build's). */
	comparisonFiles: {
		data: ComparisonData;
		staysByDays: ReadonlyMap<string, StaysByDays> | null;
	} | null;
	conference: ConferenceFile | null;
	/** Places counted per area and the what-if settings of the capacity model (site scope; defaults without a file). */
	capacity: CapacitySettings;
	/** Our assumptions and the data's caveats (site scope; none when the folder has no file). */
	assumptions: AssumptionsFile;
	/** Report definitions, newest meeting first (site scope). */
	reports: Report[];
	/** The frozen meeting packs of `<reports>/arkiv/`, their PDFs checked against their hashes (site scope). */
	archive: ArchivedPack[];
	/** SPC settings and rebases from `spc.yaml` (the defaults when the folder has none). */
	spc: SpcSettings;
	/** Who publishes the open-data catalogue, under what terms (`catalogue.yaml`, site scope); `null` when the folder has none. */
	catalogue: CatalogueSettings | null;
}

/** What loading gave: the project when every file passed, every problem, and notes for stderr. */
export interface ProjectLoad {
	project: Project | null;
	problems: DataIssue[];
	warnings: string[];
}

/** The rollup groups every consumer reads: each KPI's cells, and the comparison's. */
const NEEDS: RollupNeeds = {
	ukp: [
		...KPI_IDS.filter((id) => KPI_DEFINITIONS[id].source === 'ukp').map(
			(id) => KPI_DEFINITIONS[id].needs as UkpCountColumn[],
		),
		[...COMPARISON_COLUMNS],
	],
	shortTerm: KPI_IDS.filter((id) => KPI_DEFINITIONS[id].source === 'short_term').map(
		(id) => KPI_DEFINITIONS[id].needs as ShortTermCountColumn[],
	),
};

/**
 * Returns every model of the data folder `dir` (and, in site scope, the report definitions),
 * reading each file once through `io`, with every problem of every file at once. The one list
 * of project files: the build, `npm run validate`, the KPI export and the tests all load here.
 */
export function loadProject(
	dir: string,
	io: ProjectIo,
	options: LoadProjectOptions = {},
): ProjectLoad {
	const scope = options.scope ?? 'site';
	const files: Project['files'] = [];
	const warnings: string[] = [];
	const read = (path: string) => {
		const result = io.read(path);
		if ('text' in result) files.push({ path, text: result.text });
		return result;
	};
	// Step 1: the contract files.
	const texts = contractTexts(
		dir,
		read,
		scope === 'numbers' ? options.fallbackDir : undefined,
		warnings,
	);
	const { dataset, manifest, issues } = readDataset(texts);
	const problems = [...issues];
	const spc = { path: joinPath(dir, SPC_FILE), read: read(joinPath(dir, SPC_FILE)) };
	if (scope === 'numbers')
		return finish({ dir, files, dataset, problems, warnings, spc, site: null });

	// Step 2: the other files of the folder, and the reports.
	const latest = dataset ? latestMonth(dataset) : undefined;
	const plan = readPlan(joinPath(dir, SITE_FILES.actionPlan), read, manifest, options.today);
	const comparison = readComparisonFiles(dir, SITE_FILES, read, io, dataset);
	const conference = readConference(joinPath(dir, SITE_FILES.conference), read);
	const capacity = readCapacity(joinPath(dir, SITE_FILES.capacity), read);
	const assumptions = readAssumptions(joinPath(dir, SITE_FILES.assumptions), read, {
		areas: dataset ? areaIdsOf(dataset) : null,
		measures: plan.value ? plan.value.activities.flatMap((a) => a.measures.map((m) => m.id)) : null,
		series: comparison.value ? comparison.value.data.series.map((s) => s.id) : null,
	});
	const reports = readReports(options.reportsDir ?? 'reports', read, io, {
		latestMonth: latest,
		asOf: manifest?.as_of,
		conferences: conference.value?.conferences.map((c) => c.number) ?? null,
		goalYear: dataset ? goalYearOf(dataset.targets) : undefined,
	});
	const archive = readArchive(joinPath(options.reportsDir ?? 'reports', ARCHIVE_DIR), io);
	const catalogue = readCatalogue(joinPath(dir, SITE_FILES.catalogue), read);
	for (const part of [
		plan,
		comparison,
		conference,
		capacity,
		assumptions,
		reports,
		archive,
		catalogue,
	])
		addIssues(problems, part.problems);
	const site = {
		plan: plan.value,
		comparisonInput: comparison.value,
		conference: conference.value,
		capacity: { ...capacity.value, path: joinPath(dir, SITE_FILES.capacity) },
		assumptions: assumptions.value,
		reports: reports.value,
		archive: archive.value,
		catalogue: catalogue.value,
	};
	return finish({ dir, files, dataset, problems, warnings, spc, site });
}

interface Parts {
	dir: string;
	files: Project['files'];
	dataset: Dataset | null;
	problems: DataIssue[];
	warnings: string[];
	/** `spc.yaml`, checked against the data's months and areas once those are known. */
	spc: { path: string; read: ReturnType<ProjectIo['read']> };
	site: {
		plan: LoadedPlan | null;
		comparisonInput: ReturnType<typeof readComparisonFiles>['value'];
		conference: ConferenceFile | null;
		capacity: { settings: CapacitySettings; text: string | null; path: string };
		assumptions: AssumptionsFile;
		reports: Report[];
		archive: ArchivedPack[];
		catalogue: CatalogueSettings | null;
	} | null;
}

/** Returns the areas and the rollup of a validated data set: what the KPIs are computed from. */
export function modelNumbers(
	dataset: Pick<Dataset, 'manifest' | 'targets' | 'municipalities'> & {
		ukp: readonly UkpRow[];
		shortTerm: readonly ShortTermRow[];
	},
): Pick<Project, 'manifest' | 'targets' | 'areas' | 'rollup'> {
	const units = dataset.shortTerm.map((r) => r.unit);
	const areas = buildAreaModel(dataset.municipalities, units, dataset.manifest.unit_names ?? {});
	return {
		manifest: dataset.manifest,
		targets: dataset.targets,
		areas,
		rollup: rollupDataset(dataset, areas, NEEDS),
	};
}

// The models that need every file to be right: areas, the rollup and the comparison.
function finish({
	dir,
	files,
	dataset,
	problems,
	warnings,
	spc: spcFile,
	site,
}: Parts): ProjectLoad {
	if (!dataset) return { project: null, problems, warnings };
	const { areas, rollup } = modelNumbers(dataset);
	const spc = readSpcSettings(spcFile, rollup, areas);
	addIssues(problems, spc.problems);
	const capacity = site?.capacity;
	if (capacity?.text)
		addIssues(
			problems,
			checkCapacityAreas(
				capacity.settings,
				areas.clusters.map((c) => c.name),
				capacity.text,
				capacity.path,
			),
		);
	if (problems.length > 0) return { project: null, problems, warnings };
	const input = site?.comparisonInput;
	const comparison = input
		? computeComparison({
				data: input.data,
				areas,
				rollup: rollup.ukp,
				ukp: dataset.ukp,
				staysByDays: input.staysByDays,
			})
		: null;
	const project: Project = {
		dataDir: dir,
		files,
		manifest: dataset.manifest,
		targets: dataset.targets,
		dataset,
		areas,
		rollup,
		plan: site?.plan ?? null,
		comparison,
		comparisonFiles: input ?? null,
		conference: site?.conference ?? null,
		capacity: capacity?.settings ?? DEFAULT_CAPACITY_SETTINGS,
		assumptions: site?.assumptions ?? NO_ASSUMPTIONS,
		reports: site?.reports ?? [],
		archive: site?.archive ?? [],
		spc: spc.value,
		catalogue: site?.catalogue ?? null,
	};
	return { project, problems, warnings };
}

// The rebases name months and areas, so the file is checked once the data is known.
function readSpcSettings(
	file: Parts['spc'],
	rollup: DataRollup,
	areas: AreaModel,
): { value: SpcSettings; problems: DataIssue[] } {
	if ('missing' in file.read) return { value: DEFAULT_SPC_SETTINGS, problems: [] };
	if ('problem' in file.read)
		return {
			value: DEFAULT_SPC_SETTINGS,
			problems: [{ file: file.path, line: 1, column: '-', message: file.read.problem }],
		};
	const areaIds = [...areas.ukpAreas, ...areas.units].map((a) => a.id);
	const { settings, issues } = parseSpcSettings(file.read.text, file.path, {
		months: rollup.months,
		areas: areaIds,
	});
	return { value: settings ?? DEFAULT_SPC_SETTINGS, problems: issues };
}

// The five contract files; in numbers scope, targets and manifest may come from the fallback
// folder, and a missing short-term file means "no short-term stays", each with a warning.
function contractTexts(
	dir: string,
	read: ProjectIo['read'],
	fallback: string | undefined,
	warnings: string[],
): DatasetTexts {
	const entries = Object.entries(DATA_FILES).map(([key, name]) => {
		const path = joinPath(dir, name);
		const result = read(path);
		if ('text' in result) return [key, { path, text: result.text }];
		if ('problem' in result) return [key, { path, text: null, problem: result.problem }];
		return [
			key,
			fallback
				? fallbackText(key as keyof typeof DATA_FILES, path, fallback, read, warnings)
				: { path, text: null },
		];
	});
	return Object.fromEntries(entries) as DatasetTexts;
}

function fallbackText(
	key: keyof typeof DATA_FILES,
	path: string,
	fallback: string,
	read: ProjectIo['read'],
	warnings: string[],
): { path: string; text: string | null } {
	if (key === 'shortTerm') {
		warnings.push(
			`warning: ${path} not found; no short-term stays, so short_term_los has no values`,
		);
		return { path, text: `${SHORT_TERM_COLUMNS.join(',')}\n` };
	}
	if (key !== 'targets' && key !== 'manifest') return { path, text: null };
	const other = joinPath(fallback, DATA_FILES[key]);
	const result = read(other);
	if (!('text' in result)) return { path, text: null };
	warnings.push(`warning: ${path} not found; using ${other}`);
	return { path: other, text: result.text };
}

// The ids an assumption may name as `applies_to.areas`: the area model's, without building its sums.
function areaIdsOf(dataset: Dataset): string[] {
	const areas = buildAreaModel(
		dataset.municipalities,
		dataset.shortTerm.map((r) => r.unit),
	);
	return [...areas.ukpAreas, ...areas.units].map((a) => a.id);
}

function latestMonth(dataset: Dataset): string {
	let latest = '';
	for (const rows of [dataset.ukp, dataset.shortTerm])
		for (const r of rows) if (r.month > latest) latest = r.month;
	return latest;
}
