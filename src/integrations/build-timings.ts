import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Returns what `work` returns and records how long it took, so the build script and the benchmark
 * can show each stage of `astro build` apart: a line `label<TAB>seconds` in the file named by
 * BUILD_TIMINGS, when it is set.
 */
export async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
	const started = performance.now();
	const result = await work();
	const file = process.env.BUILD_TIMINGS;
	if (file) appendFileSync(file, `${label}\t${((performance.now() - started) / 1000).toFixed(3)}\n`);
	return result;
}
