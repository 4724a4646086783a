import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, parseDataset, type Dataset, type DatasetTexts } from '../lib/dataset';

/** Returns the data folder: `DATA_DIR` from the environment, else `data`. */
export function dataDir(): string {
	return process.env.DATA_DIR ?? 'data';
}

/** Reads the contract files of a data folder and returns the validated data set (throws `DataError`). */
export function loadDataset(dir: string = dataDir()): Dataset {
	const texts = Object.fromEntries(
		Object.entries(DATA_FILES).map(([key, name]) => {
			const path = join(dir, name);
			return [key, { path, text: existsSync(path) ? readFileSync(path, 'utf8') : null }];
		}),
	) as DatasetTexts;
	return parseDataset(texts);
}
