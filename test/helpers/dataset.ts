import { readFileSync } from 'node:fs';
import { DATA_FILES, parseDataset, type Dataset, type DatasetTexts } from '../../src/lib/dataset';

const MUNICIPALITIES = `municipality,name,cluster,population_67plus,population_80plus
5001,Trondheim,Trondheim,26000,8000
5033,Tydal,Værnesregionen,200,60
5035,Stjørdal,Værnesregionen,4000,1100
`;

const SHORT_TERM = `month,unit,stays_ended,bed_days
2023-01,oya-helsehus,10,250
`;

/** The repository's own targets and manifest, so tests use the numbers ASU set. */
const TARGETS = readFileSync('data/targets.yaml', 'utf8');
const MANIFEST = readFileSync('data/manifest.yaml', 'utf8');

/** Returns contract file texts named `data/<file>`, with small defaults for the files not given. */
export function makeTexts(
	overrides: Partial<Record<keyof typeof DATA_FILES, string | null>>,
): DatasetTexts {
	const defaults = {
		municipalities: MUNICIPALITIES,
		ukp: '',
		shortTerm: SHORT_TERM,
		targets: TARGETS,
		manifest: MANIFEST,
	};
	const texts = { ...defaults, ...overrides };
	return Object.fromEntries(
		Object.entries(DATA_FILES).map(([key, name]) => [
			key,
			{ path: `data/${name}`, text: texts[key as keyof typeof texts] },
		]),
	) as DatasetTexts;
}

/** Returns a data set from a UKP CSV body (rows without header) and optional other files. */
export function makeDataset(
	ukpRows: string,
	overrides: Partial<Record<keyof typeof DATA_FILES, string>> = {},
): Dataset {
	const header =
		'month,municipality,ukp_stays,ukp_stays_zero_days,ukp_days,discharged_home,readmission_base,readmissions_30d\n';
	return parseDataset(makeTexts({ ukp: header + ukpRows, ...overrides }));
}

/** Returns the messages of the DataError thrown by `fn`, formatted `FILE:LINE: COLUMN: message`. */
export function errorLines(fn: () => unknown): string[] {
	try {
		fn();
	} catch (error) {
		return String((error as Error).message).split('\n');
	}
	throw new Error('expected a DataError, but nothing was thrown');
}
