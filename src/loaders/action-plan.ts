import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computePlanStatus, parseActionPlan, resolveToday, type PlanStatus } from '../lib/action-plan';
import { DataError, type DataIssue } from '../lib/issues';
import { ManifestSchema } from '../lib/manifest';
import { parseYaml } from '../lib/parse-yaml';
import { dataDir } from './dataset';

/** The plan file's name in the data folder. */
export const ACTION_PLAN_FILE = 'action-plan.yaml';

/** The action plan as the pages show it. */
export interface LoadedActionPlan extends PlanStatus {
	/** True when statuses and comments are demo text (manifest `plan_status_demo`). */
	statusDemo: boolean;
}

const cache = new Map<string, LoadedActionPlan>();

/**
 * Reads `action-plan.yaml` and `manifest.yaml` in the data folder and returns the plan on "today":
 * the env `TODAY` (YYYY-MM-DD) when set, else the manifest's `as_of`. Throws `DataError` listing
 * every problem in both files.
 */
export function loadActionPlan(dir: string = dataDir(), today: string | undefined = process.env.TODAY): LoadedActionPlan {
	const key = `${dir}\n${today ?? ''}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const issues: DataIssue[] = [];
	const read = (name: string) => {
		const path = join(dir, name);
		if (existsSync(path)) return { path, text: readFileSync(path, 'utf8') };
		issues.push({ file: path, line: 1, column: '-', message: 'file not found' });
		return { path, text: null };
	};
	const planFile = read(ACTION_PLAN_FILE);
	const manifestFile = read('manifest.yaml');
	const plan = planFile.text === null ? null : parseActionPlan(planFile.text, planFile.path);
	const manifest = manifestFile.text === null ? null : parseYaml(manifestFile.text, manifestFile.path, ManifestSchema);
	issues.push(...(plan?.issues ?? []), ...(manifest?.issues ?? []));
	if (issues.length > 0 || !plan?.plan || !manifest?.value) throw new DataError(issues);

	const loaded = {
		...computePlanStatus(plan.plan, resolveToday(manifest.value.as_of, today)),
		statusDemo: manifest.value.plan_status_demo ?? false,
	};
	cache.set(key, loaded);
	return loaded;
}
