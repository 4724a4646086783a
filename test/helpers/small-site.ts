import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryIo } from '../../src/lib/project/io';
import { loadProject, type Project } from '../../src/lib/project/load-project';

// A small site for tests of what the pages get: four municipalities (Frøya and Holtålen with
// Norwegian letters and few patients; Holtålen has one readmission in 2024), 24 months, one
// short-term unit, and the repository's own
// targets, manifest, action plan, comparison files and catalogue settings. No reports.

export const SMALL_MUNICIPALITIES = `municipality,name,cluster,population_67plus,population_80plus
5001,Trondheim,Trondheim,26000,8000
5014,Frøya,Øyregionen,1100,300
5026,Holtålen,Gauldal,500,150
5035,Stjørdal,Værnesregionen,4000,1100
`;

/** Per municipality: ukp_stays, ukp_stays_zero_days, ukp_days, discharged_home, readmission_base, readmissions_30d, the same every month. */
const COUNTS: Record<string, number[]> = {
	'5001': [100, 80, 60, 30, 100, 15],
	'5014': [10, 8, 6, 3, 10, 1],
	'5026': [2, 1, 3, 1, 2, 0],
	'5035': [20, 15, 12, 6, 20, 3],
};

/** Holtålen's one readmission: a count of 1 in the year 2024 that the public site must hide. */
const ONE_READMISSION = { month: '2024-03', municipality: '5026' };

/** The months of the small site: 2023-01 … 2024-12. */
export const SMALL_MONTHS = ['2023', '2024'].flatMap((y) =>
	Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`),
);

/** The repository's data files that the small site keeps (the others describe the real municipalities). */
const KEPT = ['targets.yaml', 'manifest.yaml', 'action-plan.yaml', 'catalogue.yaml'];

/** Returns the small site's data folder as path → text (`data/…`), with `overrides` laid over it. */
export function smallSiteFiles(
	overrides: Record<string, string | null> = {},
): Record<string, string> {
	const row = (month: string, code: string) => {
		const counts = [...COUNTS[code]];
		if (month === ONE_READMISSION.month && code === ONE_READMISSION.municipality) counts[5] = 1;
		return `${month},${code},${counts.join(',')}`;
	};
	const ukp = SMALL_MONTHS.flatMap((month) => Object.keys(COUNTS).map((code) => row(month, code)));
	const files: Record<string, string | null> = {
		'data/municipalities.csv': SMALL_MUNICIPALITIES,
		'data/ukp_monthly.csv': `month,municipality,ukp_stays,ukp_stays_zero_days,ukp_days,discharged_home,readmission_base,readmissions_30d\n${ukp.join('\n')}\n`,
		'data/short_term_monthly.csv': `month,unit,stays_ended,bed_days\n${SMALL_MONTHS.map((m) => `${m},oya-helsehus,10,250`).join('\n')}\n`,
		...Object.fromEntries(
			KEPT.map((name) => [`data/${name}`, readFileSync(join('data', name), 'utf8')]),
		),
		...Object.fromEntries(
			readdirSync('data/comparison').map((name) => [
				`data/comparison/${name}`,
				readFileSync(join('data/comparison', name), 'utf8'),
			]),
		),
		...overrides,
	};
	return Object.fromEntries(
		Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== null),
	);
}

/** Returns the small site's project, loaded as the build loads it; throws with the problems when it does not load. */
export function smallSiteProject(overrides: Record<string, string | null> = {}): Project {
	const { project, problems } = loadProject('data', memoryIo(smallSiteFiles(overrides)), {
		reportsDir: 'reports',
	});
	if (!project)
		throw new Error(
			problems.map((p) => `${p.file}:${p.line}: ${p.column}: ${p.message}`).join('\n'),
		);
	return project;
}
