import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConferenceFileSchema, type ConferenceFile } from '../lib/conference';
import { DataError } from '../lib/issues';
import { parseYaml } from '../lib/parse-yaml';
import { dataDir } from './dataset';

/** The conference file's name in the data folder. */
export const CONFERENCE_FILE = 'conference.yaml';

/**
 * Returns `conference.yaml` of the data folder, validated, or `null` when the folder has none (test
 * data sets need not describe a conference). Throws `DataError` listing every problem in the file.
 */
export function loadConference(dir: string = dataDir()): ConferenceFile | null {
	const path = join(dir, CONFERENCE_FILE);
	if (!existsSync(path)) return null;
	const { value, issues } = parseYaml(readFileSync(path, 'utf8'), path, ConferenceFileSchema);
	if (!value) throw new DataError(issues);
	return value;
}
