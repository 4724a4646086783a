import { addIssues, DataError, type DataIssue } from './issues';
import { DEFAULT_FIRST_MONTH, ManifestSchema, type Manifest } from './manifest';
import { parseRows, type Lined, type ParsedRows, type RowSpec } from './parse-rows';
import { parseYaml } from './parse-yaml';
import {
	MunicipalityRowSpec,
	ShortTermRowSpec,
	UkpRowSpec,
	type Municipality,
	type ShortTermRow,
	type UkpRow,
} from './schema';
import { TargetsSchema, type Targets } from './targets';
import {
	validateMonths,
	validateMunicipalities,
	validateShortTermRows,
	validateUkpRows,
} from './validate-dataset';

/** The file names of the data contract, relative to the data folder. */
export const DATA_FILES = {
	municipalities: 'municipalities.csv',
	ukp: 'ukp_monthly.csv',
	shortTerm: 'short_term_monthly.csv',
	targets: 'targets.yaml',
	manifest: 'manifest.yaml',
} as const;

/** A validated data set: every row passed every rule. */
export interface Dataset {
	manifest: Manifest;
	targets: Targets;
	municipalities: Lined<Municipality>[];
	ukp: Lined<UkpRow>[];
	shortTerm: Lined<ShortTermRow>[];
}

/** The text of each contract file (`null` when it could not be read, with the reason when it is not "not found"), and the path to name it by in messages. */
export type DatasetTexts = Record<
	keyof typeof DATA_FILES,
	{ path: string; text: string | null; problem?: string }
>;

/** What reading the contract files gave: the data set when every file passed, and every problem. */
export interface DatasetRead {
	dataset: Dataset | null;
	/** The manifest, when it parsed, even if other files did not (other files need "today" from it). */
	manifest: Manifest | null;
	issues: DataIssue[];
}

/**
 * Returns the validated data set, or `null` with every problem in every file (a missing file is
 * one problem). Cross-file rules run only on rows that parsed.
 */
export function readDataset(files: DatasetTexts): DatasetRead {
	const issues: DataIssue[] = [];
	for (const { path, text, problem } of Object.values(files)) {
		if (text === null)
			issues.push({ file: path, line: 1, column: '-', message: problem ?? 'file not found' });
	}
	const yamlOf = <S extends Parameters<typeof parseYaml>[2]>(
		key: 'manifest' | 'targets',
		schema: S,
	) => (files[key].text === null ? null : parseYaml(files[key].text, files[key].path, schema));
	const csvOf = <C extends Record<string, unknown>, R>(
		key: 'municipalities' | 'ukp' | 'shortTerm',
		spec: RowSpec<C, R>,
	): ParsedRows<R> =>
		files[key].text === null
			? { rows: [], issues: [] }
			: parseRows(files[key].text, files[key].path, spec);

	// Parse each file on its own.
	const manifest = yamlOf('manifest', ManifestSchema);
	const targets = yamlOf('targets', TargetsSchema);
	const municipalities = csvOf('municipalities', MunicipalityRowSpec);
	const ukp = csvOf('ukp', UkpRowSpec);
	const shortTerm = csvOf('shortTerm', ShortTermRowSpec);
	for (const parsed of [manifest, targets, municipalities, ukp, shortTerm])
		if (parsed) addIssues(issues, parsed.issues);

	// Rules across rows and files.
	addIssues(issues, validateMunicipalities(municipalities.rows, files.municipalities.path));
	// Codes are checked against the list only when the list itself is clean: one bad population
	// cell must not turn every UKP row of that municipality into a second, misleading error.
	const codes =
		files.municipalities.text !== null && municipalities.issues.length === 0
			? new Set(municipalities.rows.map((m) => m.code))
			: null;
	addIssues(issues, validateUkpRows(ukp.rows, files.ukp.path, codes, files.municipalities.path));
	addIssues(issues, validateShortTermRows(shortTerm.rows, files.shortTerm.path));
	if (manifest?.value) {
		const bounds = {
			first: manifest.value.first_month ?? DEFAULT_FIRST_MONTH,
			last: manifest.value.as_of.slice(0, 7),
		};
		addIssues(
			issues,
			validateMonths(ukp.rows, files.ukp.path, bounds),
			validateMonths(shortTerm.rows, files.shortTerm.path, bounds),
		);
	}
	if (files.ukp.text !== null && ukp.rows.length === 0 && ukp.issues.length === 0) {
		issues.push({ file: files.ukp.path, line: 1, column: '-', message: 'no data rows' });
	}

	const parsedManifest = manifest?.value ?? null;
	if (issues.length > 0 || !parsedManifest || !targets?.value)
		return { dataset: null, manifest: parsedManifest, issues };
	const dataset = {
		manifest: parsedManifest,
		targets: targets.value,
		municipalities: municipalities.rows,
		ukp: ukp.rows,
		shortTerm: shortTerm.rows,
	};
	return { dataset, manifest: parsedManifest, issues };
}

/** Returns the validated data set, or throws a {@link DataError} listing every problem in every file. */
export function parseDataset(files: DatasetTexts): Dataset {
	const { dataset, issues } = readDataset(files);
	if (!dataset) throw new DataError(issues);
	return dataset;
}
