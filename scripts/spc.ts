// Prints the SPC (XmR) chart of every KPI series: `npm run spc -- --data DIR --format json|csv`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Month } from '../src/lib/dates';
import { DataError } from '../src/lib/issues';
import { computeKpis } from '../src/lib/kpi/compute';
import { computeSpc, DEFAULT_SPC_SETTINGS, formatSpcCsv, formatSpcJson, parseSpcSettings, SPC_FILE, spcInputsFromValues, type MonthlyKpiValue, type SpcSettings } from '../src/lib/spc';
import type { Targets } from '../src/lib/targets';
import { dataDir, loadDataset } from '../src/loaders/dataset';
import { reportDataError } from './report-data-error';

/** Where the script writes and reads; tests pass their own. */
export interface SpcIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** Returns a file's text, or `null` when there is no such file. */
	readFile: (path: string) => string | null;
}

/** What the SPC export needs from the KPI engine. */
export interface MonthlyKpis {
	values: MonthlyKpiValue[];
	targets: Targets;
	/** Every month of the data, oldest first. */
	months: Month[];
	/** Every area id of the KPI export: `all`, clusters, municipalities and short-term units. */
	areas: string[];
}

/**
 * Returns the monthly KPI values of a data folder as the KPI export computes them (every number, no
 * suppression), with the targets and the data's months and areas; throws `DataError` on bad data.
 * Like the KPI export it needs only the contract CSV files: targets and manifest fall back to
 * `data/` with a warning on stderr. The one place that knows the KPI engine's loader API, which is
 * being redesigned (`loadProject`).
 */
export function loadMonthlyKpis(dir: string): MonthlyKpis {
	const dataset = loadDataset(dir, { defaults: 'data' });
	const results = computeKpis(dataset);
	return {
		values: results.records.filter((r) => r.periodType === 'month').map((r) => ({ kpi: r.kpi, area: r.area, month: r.period, value: r.value })),
		targets: dataset.targets,
		months: results.months,
		areas: [...results.areas, ...results.units].map((a) => a.id),
	};
}

const USAGE = 'use --data DIR and --format json|csv';

/**
 * Returns the exit code of the SPC export for `argv`: 0 with the JSON or CSV on `io.stdout`; 2 with
 * one line naming the option on `io.stderr` for a usage error; 1 with one `FILE:LINE: COLUMN:
 * message` line per data problem (through reportDataError, on the console's stderr like every data
 * script; the loader's fallback warnings go there too).
 */
export function main(argv: string[], io: SpcIo): number {
	const options = parseOptions(argv);
	if (typeof options === 'string') {
		io.stderr(`${options}\n`);
		return 2;
	}
	try {
		const kpis = loadMonthlyKpis(options.data);
		const result = computeSpc(spcInputsFromValues(kpis.values, kpis.targets), readSettings(options.data, kpis, io));
		io.stdout(options.format === 'json' ? formatSpcJson(result) : formatSpcCsv(result));
		return 0;
	} catch (error) {
		return reportDataError(error);
	}
}

/** Returns the options, or the one-line usage error. */
function parseOptions(argv: string[]): { data: string; format: 'json' | 'csv' } | string {
	let values: { data?: string; format?: string };
	try {
		({ values } = parseArgs({ args: argv, options: { data: { type: 'string' }, format: { type: 'string' } }, strict: true, allowPositionals: false }));
	} catch (error) {
		return usageError(error);
	}
	const format = values.format ?? 'json';
	if (format !== 'json' && format !== 'csv') return `--format must be json or csv, not "${format}"`;
	return { data: values.data ?? dataDir(), format };
}

// node:util's messages run to several sentences; one line naming the option is what the user needs.
function usageError(error: unknown): string {
	const code = (error as { code?: string }).code;
	const name = /'([^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${name}: unknown option; ${USAGE}`;
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${name}: needs a value; ${USAGE}`;
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `"${name}": unexpected argument; ${USAGE}`;
	throw error;
}

/** Returns the settings in `DIR/spc.yaml`, or the defaults when the folder has none; throws `DataError`. */
function readSettings(dir: string, kpis: MonthlyKpis, io: SpcIo): SpcSettings {
	const path = join(dir, SPC_FILE);
	const text = io.readFile(path);
	if (text === null) return DEFAULT_SPC_SETTINGS;
	const { settings, issues } = parseSpcSettings(text, path, kpis);
	if (settings === null) throw new DataError(issues);
	return settings;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	// A reader that stops early (`| head`) is not an error.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
	process.exitCode = main(process.argv.slice(2), {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
	});
}
