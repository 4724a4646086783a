import { appendFileSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * Returns what `work` returns and records how long it took, so the build script and the benchmark
 * can show each stage of `astro build` apart: a line `label<TAB>wall seconds<TAB>CPU seconds` in
 * the file named by BUILD_TIMINGS, when it is set. CPU counts this process and the processes it
 * started and waited for during the stage (PNG renderers, Pagefind, Chromium).
 */
export async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
	const [started, cpu] = [performance.now(), cpuSeconds()];
	const result = await work();
	const file = process.env.BUILD_TIMINGS;
	if (file)
		appendFileSync(
			file,
			`${label}\t${((performance.now() - started) / 1000).toFixed(3)}\t${(cpuSeconds() - cpu).toFixed(3)}\n`,
		);
	return result;
}

/**
 * Returns the CPU seconds (user + system) this process has used, with those of its children that
 * have ended (Linux /proc/self/stat; without /proc, this process alone).
 */
export function cpuSeconds(): number {
	const own = process.cpuUsage();
	return (own.user + own.system) / 1e6 + childrenCpuSeconds();
}

/** Returns the CPU seconds of this process's ended children (and theirs), from /proc; 0 without it. */
export function childrenCpuSeconds(): number {
	try {
		// "pid (name) state …": after the name, cutime and cstime are the 14th and 15th fields, in ticks.
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
	} catch {
		return 0;
	}
}

/** Linux reports process times in USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100;
