import { DataError } from '../lib/issues';
import type { Audience } from '../lib/edition';
import {
	loadProject,
	type LoadProjectOptions,
	type Project,
	type ProjectLoad,
} from '../lib/project/load-project';
import { clusterSlug, type Area } from '../lib/areas';
import { buildSite, type Site } from '../lib/site';
import { nodeIo } from './node-io';

/** Returns the data folder: `DATA_DIR` from the environment, else `data`. */
export function dataDir(): string {
	return process.env.DATA_DIR ?? 'data';
}

/** Returns the folder of report definitions: `REPORTS_DIR` from the environment, else `reports`. */
export function reportsDir(): string {
	return process.env.REPORTS_DIR ?? 'reports';
}

/**
 * Returns the audience of this build: `AUDIENCE=partner` for a partner build (ASU packs with every
 * number, not for publication), else `public`. Read here and nowhere else.
 */
export function buildAudience(): Audience {
	return process.env.AUDIENCE === 'partner' ? 'partner' : 'public';
}

const loads = new Map<string, ProjectLoad>();
const sites = new Map<string, Promise<Site>>();

/** Returns what loading a data folder from disk gave, once per folder, options and "today". */
export function readProject(
	dir: string = dataDir(),
	options: LoadProjectOptions = {},
): ProjectLoad {
	const full = { reportsDir: reportsDir(), today: process.env.TODAY || undefined, ...options };
	const key = JSON.stringify([
		dir,
		full.scope ?? 'site',
		full.reportsDir,
		full.fallbackDir ?? '',
		full.today ?? '',
	]);
	if (!loads.has(key)) loads.set(key, loadProject(dir, nodeIo, full));
	return loads.get(key)!;
}

/** Returns the validated project of a data folder, or throws a {@link DataError} with every problem. */
export function getProject(dir: string = dataDir(), options: LoadProjectOptions = {}): Project {
	const { project, problems } = readProject(dir, options);
	if (!project) throw new DataError(problems);
	return project;
}

/**
 * Returns the site of this build: the data folder's project for the build's audience, made once
 * (a public site is audited for privacy, which takes a moment: every page awaits the same promise).
 */
export function getSite(): Promise<Site> {
	const key = `${dataDir()}\n${reportsDir()}\n${buildAudience()}`;
	if (!sites.has(key)) sites.set(key, buildSite(getProject(), buildAudience()));
	return sites.get(key)!;
}

/** Returns the static paths of a page per cluster (`[cluster]` is `klynge-<slug>`), each with its cluster as prop. */
export async function clusterPaths(): Promise<
	{ params: { cluster: string }; props: { cluster: Area } }[]
> {
	return (await getSite()).areas.clusters.map((cluster) => ({
		params: { cluster: clusterSlug(cluster.id) },
		props: { cluster },
	}));
}
