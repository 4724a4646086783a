/**
 * Writes a synthetic `ukp_stays_by_days.csv` consistent with `ukp_monthly.csv` in the same folder:
 * per municipality and month, Σ stays = ukp_stays, stays at 0 days = ukp_stays_zero_days and
 * Σ days = ukp_days. Months with an empty count get no rows (the calculator then approximates).
 *
 *   npx tsx scripts/generate-stays-by-days.ts [--data DIR] [--seed N]
 *
 * The output depends only on the monthly file and the seed (own PRNG, no clock).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	OVER_30,
	STAYS_BY_DAYS_COLUMNS,
	STAYS_BY_DAYS_FILE,
} from '../src/lib/comparison/stays-by-days';
import { parseRows } from '../src/lib/parse-rows';
import { UkpRowSpec } from '../src/lib/schema';
import { printProblems, readOptions, runIfMain, withUsage, type CliIo } from './lib/cli';
import { mulberry32 as random } from '../src/lib/random';

const DEFAULT_SEED = 20240611;

/**
 * Returns `n` stay lengths of at least one day that sum to exactly `days`: one day each, and the
 * rest spread by heavy-tailed random weights (most stays short, a few long, as UKP stays are).
 */
function splitDays(n: number, days: number, rand: () => number): number[] {
	const extra = days - n;
	const weights = Array.from({ length: n }, () => Math.pow(-Math.log(1 - rand()), 1.6));
	const total = weights.reduce((a, b) => a + b, 0);
	const shares = weights.map((w) => (extra * w) / total);
	const lengths = shares.map((s) => 1 + Math.floor(s));
	// Hand the days lost to rounding down to the largest remainders, so the sum is exact.
	let left = days - lengths.reduce((a, b) => a + b, 0);
	const order = shares
		.map((s, i) => [s - Math.floor(s), i] as const)
		.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (let k = 0; left > 0; k = (k + 1) % n, left--) lengths[order[k][1]]++;
	return lengths;
}

/** Writes `ukp_stays_by_days.csv` into `--data` from its `ukp_monthly.csv` and returns the exit code. */
export function main(argv: string[], io: CliIo): number {
	return withUsage(io, () => {
		const options = readOptions(
			argv,
			{ data: { type: 'string' }, seed: { type: 'string' } },
			'use --data DIR and --seed N',
		);
		return writeStaysByDays(options.data ?? 'data', Number(options.seed ?? DEFAULT_SEED), io);
	});
}

function writeStaysByDays(dir: string, seed: number, io: CliIo): number {
	const rand = random(seed);
	const monthlyPath = join(dir, 'ukp_monthly.csv');
	const parsed = parseRows(readFileSync(monthlyPath, 'utf8'), monthlyPath, UkpRowSpec);
	if (parsed.issues.length > 0) return printProblems(parsed.issues, io);
	const rows = [...parsed.rows].sort(
		(a, b) => a.month.localeCompare(b.month) || a.municipality.localeCompare(b.municipality),
	);
	const out = [STAYS_BY_DAYS_COLUMNS.join(',')];
	for (const r of rows) {
		if (r.ukpStays === null || r.ukpStaysZeroDays === null || r.ukpDays === null) continue;
		const counts = new Map<number, number>();
		const withDays = r.ukpStays - r.ukpStaysZeroDays;
		const lengths = withDays > 0 ? splitDays(withDays, r.ukpDays, rand) : [];
		let over30 = 0;
		let over30Sum = 0;
		for (const d of lengths) {
			if (d > 30) (over30++, (over30Sum += d));
			else counts.set(d, (counts.get(d) ?? 0) + 1);
		}
		if (r.ukpStaysZeroDays > 0 || r.ukpStays === 0)
			out.push(`${r.month},${r.municipality},0,${r.ukpStaysZeroDays},`);
		for (const d of [...counts.keys()].sort((a, b) => a - b))
			out.push(`${r.month},${r.municipality},${d},${counts.get(d)},`);
		if (over30 > 0) out.push(`${r.month},${r.municipality},${OVER_30},${over30},${over30Sum}`);
	}
	writeFileSync(join(dir, STAYS_BY_DAYS_FILE), out.join('\n') + '\n');
	io.stdout(`Wrote ${out.length - 1} rows to ${join(dir, STAYS_BY_DAYS_FILE)}\n`);
	return 0;
}

runIfMain(import.meta.url, main);
