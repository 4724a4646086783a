import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../lib/issues';
import { computeComparison, type ComparisonModel } from '../lib/comparison/compute-comparison';
import { parseComparison } from '../lib/comparison/parse-comparison';
import { parseStaysByDays, STAYS_BY_DAYS_FILE } from '../lib/comparison/stays-by-days';
import { dataDir } from './dataset';
import { getSiteData } from './site-data';

let cached: ComparisonModel | undefined;

/** Returns the comparison model: `data/comparison/*.yaml` and the optional stays-by-days file, validated (throws `DataError`). */
export function getComparison(): ComparisonModel {
	if (cached) return cached;
	const dir = dataDir();
	const { dataset } = getSiteData();
	const folder = join(dir, 'comparison');
	const files = existsSync(folder)
		? readdirSync(folder)
				.filter((name) => name.endsWith('.yaml'))
				.map((name) => ({ name, path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') }))
		: [];
	const data = parseComparison(files, folder);
	const staysPath = join(dir, STAYS_BY_DAYS_FILE);
	let stays = null;
	if (existsSync(staysPath)) {
		const monthly = new Map(dataset.ukp.map((r) => [`${r.month}|${r.municipality}`, r]));
		const codes = new Set(dataset.municipalities.map((m) => m.code));
		const parsed = parseStaysByDays(readFileSync(staysPath, 'utf8'), staysPath, monthly, join(dir, 'ukp_monthly.csv'), codes);
		if (parsed.issues.length > 0) throw new DataError(parsed.issues);
		stays = parsed.stays;
	}
	cached = computeComparison(data, dataset.municipalities, dataset.ukp, stays);
	return cached;
}
