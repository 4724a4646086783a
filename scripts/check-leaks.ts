// Scans a built public site for small counts: `npm run check:leaks -- --site dist --data data`.
// Exit 1 and one line per leak when any is found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findCsvLeaks, findHtmlLeaks, type Leak } from '../src/lib/privacy/find-leaks';
import { suppressionThreshold } from '../src/lib/site';
import { dataDir, getProject } from '../src/loaders/project';
import { argValue } from './cli-args';

const argv = process.argv.slice(2);
const site = argValue(argv, 'site', 'dist')!;
const project = getProject(argValue(argv, 'data', dataDir()), { scope: 'numbers' });
const threshold = suppressionThreshold(project.manifest);
const clusterOf = new Map(project.dataset.municipalities.map((m) => [m.code, m.cluster]));

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'pagefind') return []; // built from the HTML pages checked here
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const leaks: Leak[] = [];
let checked = 0;
for (const file of files(site)) {
	if (file.endsWith('.html')) leaks.push(...findHtmlLeaks(readFileSync(file, 'utf8'), file, threshold));
	else if (file.endsWith('.csv')) leaks.push(...findCsvLeaks(readFileSync(file, 'utf8'), file, threshold, clusterOf));
	else continue;
	checked++;
}
for (const leak of leaks) console.error(`${leak.file}: ${leak.message}`);
console.log(`${checked} files checked, ${leaks.length} small-count leaks (threshold ${threshold}).`);
process.exitCode = leaks.length > 0 ? 1 : 0;
