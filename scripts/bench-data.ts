/**
 * Writes a seeded synthetic NATIONAL data set for the benchmark (`npm run bench`): 357
 * municipalities with made-up codes in 11 clusters, 240 months (2006-11 … 2026-10) and 8
 * short-term units, plus copies of the repository's targets, manifest, action plan and comparison
 * files so the whole site builds from it. The numbers only need to be plausible in size and
 * shape: the benchmark measures speed, not statistics.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { MUNICIPALITY_COLUMNS, SHORT_TERM_COLUMNS, UKP_COLUMNS } from '../src/lib/schema';
import { monthRange } from '../src/lib/dates';
import { mulberry32 } from './generate-synthetic-data';

/** The size of the national set, as issue 7 asks for it. */
export const NATIONAL = {
	municipalities: 357,
	clusters: 11,
	firstMonth: '2006-11',
	lastMonth: '2026-10',
	units: 8,
} as const;

export const BENCH_SEED = 20061101;

/** What was written, for the benchmark's report. */
export interface BenchDataSummary {
	municipalities: number;
	months: number;
	ukpRows: number;
	shortTermRows: number;
	units: number;
}

interface Place {
	code: string;
	name: string;
	cluster: string;
	pop67: number;
	pop80: number;
}

/** Returns a Poisson draw; the normal approximation above 30 keeps large municipalities fast. */
function poisson(rand: () => number, lambda: number): number {
	if (lambda <= 0) return 0;
	if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rand)));
	const limit = Math.exp(-lambda);
	let k = 0;
	for (let p = rand(); p > limit; p *= rand()) k++;
	return k;
}

/** Returns a standard normal draw (Box–Muller; 1 − u keeps the logarithm finite). */
function normal(rand: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Returns a binomial draw, by the normal approximation where n is large (the exact loop would dominate the run time). */
function binomial(rand: () => number, n: number, p: number): number {
	if (n > 50)
		return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(rand))));
	let k = 0;
	for (let i = 0; i < n; i++) if (rand() < p) k++;
	return k;
}

/** Returns 357 made-up municipalities: codes 0101 … 9357 (some with a leading zero), log-normal sizes like Norway's. */
function places(rand: () => number): Place[] {
	return Array.from({ length: NATIONAL.municipalities }, (_, i) => {
		const code = String(101 + i * 26).padStart(4, '0');
		// Median about 700 inhabitants 67+, a few above 50 000 (Oslo has about 90 000).
		const pop67 = Math.max(60, Math.round(700 * Math.exp(1.1 * normal(rand))));
		return {
			code,
			name: `Testkommune ${code}`,
			cluster: `Samarbeidsområde ${String.fromCharCode(65 + (i % NATIONAL.clusters))}`,
			pop67,
			pop80: Math.round(pop67 * (0.25 + 0.1 * rand())),
		};
	});
}

/** Returns the row of one municipality and month: about one UKP stay per 100 inhabitants 67+ a month. */
function ukpRow(rand: () => number, month: string, place: Place): string {
	const stays = poisson(rand, place.pop67 * 0.01);
	const zero = binomial(rand, stays, 0.8 + 0.1 * rand());
	const withDays = stays - zero;
	const days = withDays + poisson(rand, withDays * 2);
	const base = binomial(rand, stays, 0.95);
	return [
		month,
		place.code,
		stays,
		zero,
		days,
		binomial(rand, stays, 0.3),
		base,
		binomial(rand, base, 0.15),
	].join(',');
}

/** Returns the ids of the short-term units; Øya helsehus first, because the targets name it. */
function unitIds(): string[] {
	return [
		'oya-helsehus',
		...Array.from({ length: NATIONAL.units - 1 }, (_, i) => `korttid-${i + 1}`),
	];
}

function csv(header: readonly string[], lines: string[]): string {
	return [header.join(','), ...lines].join('\n') + '\n';
}

/** Returns the manifest of the repository with bench wording and a display name for every unit. */
function manifest(repoData: string): string {
	const m = parse(readFileSync(join(repoData, 'manifest.yaml'), 'utf8')) as Record<string, unknown>;
	m.title = 'Syntetiske nasjonale benchmarkdata';
	m.source = `scripts/bench-data.ts, frø ${BENCH_SEED}: ${NATIONAL.municipalities} oppdiktede kommuner, ${NATIONAL.firstMonth} … ${NATIONAL.lastMonth}`;
	m.unit_names = Object.fromEntries(
		unitIds().map((id, i) => [id, i === 0 ? 'Øya helsehus' : `Korttidsenhet ${i}`]),
	);
	// Twenty years reach back before the default first month (2010-01).
	m.first_month = NATIONAL.firstMonth;
	return stringify(m);
}

/**
 * Writes the national set into `dir` (created if needed) and returns its size. The same seed
 * always gives the same bytes. `repoData` is the folder whose YAML files are copied.
 */
export function writeNationalData(
	dir: string,
	repoData = 'data',
	seed = BENCH_SEED,
): BenchDataSummary {
	mkdirSync(dir, { recursive: true });
	const rand = mulberry32(seed);
	const all = places(rand);
	const months = monthRange(NATIONAL.firstMonth, NATIONAL.lastMonth);
	const ukp = months.flatMap((month) => all.map((place) => ukpRow(rand, month, place)));
	const short = months.flatMap((month) =>
		unitIds().map((unit) => {
			const stays = 40 + Math.floor(80 * rand());
			return [month, unit, stays, Math.round(stays * (18 + 8 * rand()))].join(',');
		}),
	);
	writeFileSync(
		join(dir, 'municipalities.csv'),
		csv(
			MUNICIPALITY_COLUMNS,
			all.map((p) => [p.code, p.name, p.cluster, p.pop67, p.pop80].join(',')),
		),
	);
	writeFileSync(join(dir, 'ukp_monthly.csv'), csv(UKP_COLUMNS, ukp));
	writeFileSync(join(dir, 'short_term_monthly.csv'), csv(SHORT_TERM_COLUMNS, short));
	writeFileSync(join(dir, 'manifest.yaml'), manifest(repoData));
	for (const name of ['targets.yaml', 'action-plan.yaml', 'comparison'])
		cpSync(join(repoData, name), join(dir, name), { recursive: true });
	return {
		municipalities: all.length,
		months: months.length,
		ukpRows: ukp.length,
		shortTermRows: short.length,
		units: NATIONAL.units,
	};
}
