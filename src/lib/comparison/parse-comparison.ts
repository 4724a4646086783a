import { DataError, type DataIssue } from '../issues';
import { parseYaml, yamlLineOf } from '../parse-yaml';
import { DefinitionsSchema, type Definitions } from './definitions';
import { PaymentSettingsSchema, type PaymentSettings } from './payment-settings';
import { SeriesSchema, type Series } from './series';

/** The settings files of `data/comparison/`; every other `.yaml` file there is one series. */
export const COMPARISON_FILES = {
	settings: 'payment-models.yaml',
	definitions: 'definitions.yaml',
} as const;

/** The validated comparison data. */
export interface ComparisonData {
	/** Series in file-name order. */
	series: Series[];
	settings: PaymentSettings;
	definitions: Definitions;
	/** Returns the series with an id, or throws when the data has none (a programming error). */
	byId(id: string): Series;
}

/** One file of `data/comparison/`: its name (without folder), the path to report, and its text. */
export interface ComparisonText {
	name: string;
	path: string;
	text: string;
}

/**
 * Returns the comparison data, or throws a {@link DataError} with every problem in every file:
 * a series without source, URL, period, definition or `synthetic` flag is rejected; ids must be
 * unique; the rate series named by the settings must exist and be yearly `daily_rate` in NOK.
 */
export function parseComparison(
	files: ComparisonText[],
	folder = 'data/comparison',
): ComparisonData {
	const issues: DataIssue[] = [];
	const find = (name: string) => files.find((f) => f.name === name);
	const settingsFile = find(COMPARISON_FILES.settings);
	const definitionsFile = find(COMPARISON_FILES.definitions);
	if (!settingsFile)
		issues.push({
			file: `${folder}/${COMPARISON_FILES.settings}`,
			line: 1,
			column: '-',
			message: 'file not found',
		});
	if (!definitionsFile)
		issues.push({
			file: `${folder}/${COMPARISON_FILES.definitions}`,
			line: 1,
			column: '-',
			message: 'file not found',
		});
	const settings = settingsFile
		? parseYaml(settingsFile.text, settingsFile.path, PaymentSettingsSchema)
		: null;
	const definitions = definitionsFile
		? parseYaml(definitionsFile.text, definitionsFile.path, DefinitionsSchema)
		: null;
	issues.push(...(settings?.issues ?? []), ...(definitions?.issues ?? []));

	// Every other file is a series.
	const series: Series[] = [];
	const ids = new Map<string, string>();
	let seriesFailed = false;
	for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
		if (file.name === COMPARISON_FILES.settings || file.name === COMPARISON_FILES.definitions)
			continue;
		const parsed = parseYaml(file.text, file.path, SeriesSchema);
		issues.push(...parsed.issues);
		if (!parsed.value) {
			seriesFailed = true;
			continue;
		}
		const first = ids.get(parsed.value.id);
		if (first)
			issues.push({
				file: file.path,
				line: yamlLineOf(file.text, ['id']),
				column: 'id',
				message: `"${parsed.value.id}" is also the id of ${first}`,
			});
		ids.set(parsed.value.id, file.path);
		series.push(parsed.value);
	}
	// A series that failed may be the rate series: naming it missing would be a false second error.
	if (settings?.value && settingsFile && !seriesFailed)
		issues.push(...checkRateSeries(settings.value, series, settingsFile, folder));
	if (issues.length > 0 || !settings?.value || !definitions?.value) throw new DataError(issues);
	const index = new Map(series.map((s) => [s.id, s]));
	return {
		series,
		settings: settings.value,
		definitions: definitions.value,
		byId(id) {
			const s = index.get(id);
			if (!s) throw new Error(`no comparison series with id ${id}`);
			return s;
		},
	};
}

function checkRateSeries(
	settings: PaymentSettings,
	series: Series[],
	file: ComparisonText,
	folder: string,
): DataIssue[] {
	const line = yamlLineOf(file.text, ['rate_series']);
	const rates = series.find((s) => s.id === settings.rate_series);
	if (!rates)
		return [
			{
				file: file.path,
				line,
				column: 'rate_series',
				message: `"${settings.rate_series}" is not the id of a series in ${folder}`,
			},
		];
	if (rates.measure !== 'daily_rate' || rates.unit !== 'NOK')
		return [
			{
				file: file.path,
				line,
				column: 'rate_series',
				message: `"${settings.rate_series}" must be a daily_rate series in NOK`,
			},
		];
	return [];
}
