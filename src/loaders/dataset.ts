import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, parseDataset, type Dataset, type DatasetTexts } from '../lib/dataset';
import { SHORT_TERM_COLUMNS } from '../lib/schema';

/** Returns the data folder: `DATA_DIR` from the environment, else `data`. */
export function dataDir(): string {
	return process.env.DATA_DIR ?? 'data';
}

export interface LoadOptions {
	/**
	 * A folder to take `targets.yaml` and `manifest.yaml` from when `dir` lacks them, and to treat a
	 * missing `short_term_monthly.csv` as "no short-term data". For the KPI export, whose values do
	 * not depend on them; the site build stays strict. Each fallback is reported on stderr.
	 */
	defaults?: string;
}

/** Reads the contract files of a data folder and returns the validated data set (throws `DataError`). */
export function loadDataset(dir: string = dataDir(), options: LoadOptions = {}): Dataset {
	const texts = Object.fromEntries(
		Object.entries(DATA_FILES).map(([key, name]) => {
			const path = join(dir, name);
			if (existsSync(path)) return [key, { path, text: readFileSync(path, 'utf8') }];
			return [key, options.defaults ? fallback(key as keyof typeof DATA_FILES, path, options.defaults) : { path, text: null }];
		}),
	) as DatasetTexts;
	return parseDataset(texts);
}

function fallback(key: keyof typeof DATA_FILES, path: string, defaults: string): { path: string; text: string | null } {
	if (key === 'shortTerm') {
		console.warn(`warning: ${path} not found; no short-term stays, so short_term_los has no values`);
		return { path, text: `${SHORT_TERM_COLUMNS.join(',')}\n` };
	}
	const other = join(defaults, DATA_FILES[key]);
	if ((key === 'targets' || key === 'manifest') && existsSync(other)) {
		console.warn(`warning: ${path} not found; using ${other}`);
		return { path: other, text: readFileSync(other, 'utf8') };
	}
	return { path, text: null };
}
