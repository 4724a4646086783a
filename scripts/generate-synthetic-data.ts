/**
 * Writes synthetic demo data for the St. Olav helsefellesskap: `municipalities.csv`,
 * `ukp_monthly.csv` and `short_term_monthly.csv`.
 *
 *   npx tsx scripts/generate-synthetic-data.ts [--out DIR] [--seed N]
 *
 * The output depends only on the seed (own PRNG, no clock), so a re-run reproduces the committed
 * files byte for byte. Calibration sources are in data/manifest.yaml; the numbers are made up.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUNICIPALITY_COLUMNS, SHORT_TERM_COLUMNS, UKP_COLUMNS } from '../src/lib/schema';
import { readOptions, runIfMain, UsageError, withUsage, type CliIo } from './lib/cli';

export const DEFAULT_SEED = 20231004;
export const FIRST_MONTH = '2022-01';
export const LAST_MONTH = '2026-10';

/** The text of each generated CSV file, keyed by its file name in the data folder. */
export interface SyntheticFiles {
	'municipalities.csv': string;
	'ukp_monthly.csv': string;
	'short_term_monthly.csv': string;
}

// ---------------------------------------------------------------------------------------------
// Municipalities

interface MunicipalitySpec {
	code: string;
	name: string;
	cluster: string;
	pop67: number;
	pop80: number;
	/**
	 * UKP stays per inhabitant 67+ relative to the average. Trondheim lies next to the hospital and
	 * sends more short admissions; remote municipalities with their own intermediate beds (KAD,
	 * Røros sykehus nearby) send fewer, which keeps the smallest ones at a few stays a month.
	 */
	use: number;
}

const TRONDHEIM = 'Trondheim';
const FOSEN = 'Fosen';
const VAERNES = 'Værnesregionen';
const SORVEST = 'Trøndelag sørvest';
const GAULDAL = 'Gauldal og fjellregionen';

// Kommunenummer valid since 2020 (Trøndelag kept them through the 2024 county reform; Rindal
// joined Trøndelag in 2019 as 5061). Inhabitants 67+/80+ are ESTIMATES: 1.1.2023 totals from
// Trondheimsregionen (SSB) where given, otherwise rounded totals, times a plausible age share.
const MUNICIPALITIES: readonly MunicipalitySpec[] = [
	{ code: '5001', name: 'Trondheim', cluster: TRONDHEIM, pop67: 26000, pop80: 8500, use: 1.15 },
	{ code: '5014', name: 'Frøya', cluster: SORVEST, pop67: 850, pop80: 210, use: 0.55 },
	{ code: '5020', name: 'Osen', cluster: FOSEN, pop67: 230, pop80: 70, use: 0.45 },
	{ code: '5021', name: 'Oppdal', cluster: GAULDAL, pop67: 1340, pop80: 370, use: 0.6 },
	{ code: '5022', name: 'Rennebu', cluster: GAULDAL, pop67: 590, pop80: 170, use: 0.6 },
	{ code: '5025', name: 'Røros', cluster: GAULDAL, pop67: 1170, pop80: 330, use: 0.45 },
	{ code: '5026', name: 'Holtålen', cluster: GAULDAL, pop67: 460, pop80: 130, use: 0.25 },
	{ code: '5027', name: 'Midtre Gauldal', cluster: GAULDAL, pop67: 1230, pop80: 340, use: 0.8 },
	{ code: '5028', name: 'Melhus', cluster: GAULDAL, pop67: 2600, pop80: 730, use: 1.0 },
	{ code: '5029', name: 'Skaun', cluster: SORVEST, pop67: 1180, pop80: 330, use: 0.9 },
	{ code: '5031', name: 'Malvik', cluster: VAERNES, pop67: 2130, pop80: 560, use: 1.0 },
	{ code: '5032', name: 'Selbu', cluster: VAERNES, pop67: 840, pop80: 230, use: 0.6 },
	{ code: '5033', name: 'Tydal', cluster: VAERNES, pop67: 190, pop80: 60, use: 0.45 },
	{ code: '5034', name: 'Meråker', cluster: VAERNES, pop67: 540, pop80: 150, use: 0.55 },
	{ code: '5035', name: 'Stjørdal', cluster: VAERNES, pop67: 3930, pop80: 1060, use: 0.85 },
	{ code: '5036', name: 'Frosta', cluster: VAERNES, pop67: 530, pop80: 140, use: 0.6 },
	{ code: '5054', name: 'Indre Fosen', cluster: FOSEN, pop67: 2000, pop80: 550, use: 0.7 },
	{ code: '5055', name: 'Heim', cluster: SORVEST, pop67: 1310, pop80: 350, use: 0.6 },
	{ code: '5056', name: 'Hitra', cluster: SORVEST, pop67: 1020, pop80: 270, use: 0.55 },
	{ code: '5057', name: 'Ørland', cluster: FOSEN, pop67: 1820, pop80: 480, use: 0.7 },
	{ code: '5058', name: 'Åfjord', cluster: FOSEN, pop67: 890, pop80: 250, use: 0.55 },
	{ code: '5059', name: 'Orkland', cluster: SORVEST, pop67: 3550, pop80: 940, use: 0.8 },
	{ code: '5061', name: 'Rindal', cluster: SORVEST, pop67: 460, pop80: 130, use: 0.5 },
];

// ---------------------------------------------------------------------------------------------
// Calibration (PUBLIC_FIGURES.md; DOMAIN.md)

/**
 * Expected helsefellesskap UKP-døgn in 2023 (≈ 26 beds a day): below the ≈ 31 beds a day
 * Adresseavisen reported for St. Olav, which also counts patients from outside these municipalities.
 */
const UKP_DAYS_2023 = 9500;

/** Levels before the effort (2022–2023) and where the effort has brought them by 2026. */
const LEVELS = {
	// Midt-Norge registers few zero-day stays (SAMDATA warning), hence 85 % against 86 % nationally.
	zeroShare: { before: 0.85, after: 0.905 },
	// SAMDATA: 3,5 days per stay with overliggerdøgn nationally in 2021; St. Olav a bit above.
	meanDays: { before: 3.6, after: 2.16 },
	homeShare: { before: 0.22, after: 0.292 },
	// NKI 67+: 15–16 % crude nationally; the target is to hold 16 %.
	readmissionShare: { before: 0.158, after: 0.157 },
} as const;

/** Elderly population growth per year, which raises the number of stays. */
const GROWTH_PER_YEAR = 0.02;
/** Share of UKP discharges that can be followed for 30 days (the rest die or move out of area). */
const FOLLOW_UP_SHARE = 0.95;

/** Municipality cells and rows left empty on purpose, so the site shows gaps (listed in the manifest). */
const GAPS = {
	missingRow: [{ month: '2024-07', municipality: '5061' }],
	emptyCells: [
		{ month: '2025-03', municipality: '5036', columns: ['readmission_base', 'readmissions_30d'] },
		{ month: '2025-04', municipality: '5036', columns: ['readmission_base', 'readmissions_30d'] },
		{ month: '2025-11', municipality: '5034', columns: ['discharged_home'] },
	],
} as const;

/**
 * Late registrations (etterregistreringer), added to the drawn numbers to show a revision: the ASU
 * pack of 18 November 2026 was frozen (reports/arkiv/asu-2026-11-18/) from the data without them,
 * so /rapporter/arkiv/asu-2026-11-18/ and the next pack's "Siden forrige møte" show the month as
 * revised. They draw nothing from the random stream. Listed in the manifest's notes.
 */
export const LATE_REGISTRATIONS = [
	{ month: '2026-09', municipality: '5001', column: 'discharged_home', add: 15 },
] as const;

interface ShortTermUnitSpec {
	id: string;
	/** Bed-days used a month: the unit's beds are full, so a shorter stay means more stays. */
	bedDaysPerMonth: number;
	losBefore2023: number;
	losBaseline: number;
	losAfter: number;
}

// Øya helsehus: Trondheim's short-term unit (no public LOS figure; ~25 days is the strategy's
// starting point, 20 days the target). Orkdal helsetun: a smaller unit in Orkland.
const SHORT_TERM_UNITS: readonly ShortTermUnitSpec[] = [
	{
		id: 'oya-helsehus',
		bedDaysPerMonth: 2500,
		losBefore2023: 25.8,
		losBaseline: 25.0,
		losAfter: 21.0,
	},
	{
		id: 'orkdal-helsetun',
		bedDaysPerMonth: 480,
		losBefore2023: 22.5,
		losBaseline: 22.0,
		losAfter: 19.5,
	},
];

// ---------------------------------------------------------------------------------------------
// Seeded randomness

import { mulberry32 } from '../src/lib/random';

export { mulberry32 };

class Random {
	constructor(private readonly next: () => number) {}

	uniform(): number {
		return this.next();
	}

	normal(): number {
		// Box–Muller; 1 − u keeps the logarithm finite.
		const u = 1 - this.next();
		const v = this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	poisson(lambda: number): number {
		if (lambda <= 0) return 0;
		// Knuth's method underflows for large λ; the normal approximation is close enough there.
		if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
		const limit = Math.exp(-lambda);
		let k = 0;
		let p = this.next();
		while (p > limit) {
			k++;
			p *= this.next();
		}
		return k;
	}

	binomial(n: number, p: number): number {
		let k = 0;
		for (let i = 0; i < n; i++) if (this.next() < p) k++;
		return k;
	}
}

// ---------------------------------------------------------------------------------------------
// Time

interface MonthInfo {
	month: string;
	year: number;
	/** 0 = January. */
	calendarMonth: number;
	/** Months since January 2022. */
	index: number;
}

function listMonths(first: string, last: string): MonthInfo[] {
	const toIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
	const out: MonthInfo[] = [];
	for (let i = toIndex(first); i <= toIndex(last); i++) {
		const year = Math.floor(i / 12);
		const calendarMonth = i % 12;
		out.push({
			month: `${year}-${String(calendarMonth + 1).padStart(2, '0')}`,
			year,
			calendarMonth,
			index: i - toIndex(first),
		});
	}
	return out;
}

/**
 * How far the effort has come: 0 before 2024, a straight climb through 2024 and most of 2025
 * (measures took time to bite), 1 from autumn 2025.
 */
function effortProgress(m: MonthInfo): number {
	const sinceStart = (m.year - 2024) * 12 + m.calendarMonth;
	if (sinceStart < 0) return 0;
	return Math.min(1, (sinceStart + 1) / 21);
}

const lerp = (from: number, to: number, t: number) => from + (to - from) * t;

/** More admissions of the elderly in winter (influenza, falls), fewest in summer. */
const winterFactor = (m: MonthInfo) =>
	1 + 0.1 * Math.cos((2 * Math.PI * (m.calendarMonth - 0.5)) / 12);

/** Days per stay rise in July (municipal holiday staffing) and around Christmas. */
const holidayExtraDays = (m: MonthInfo) =>
	m.calendarMonth === 6 ? 0.5 : m.calendarMonth === 11 || m.calendarMonth === 0 ? 0.2 : 0;

// ---------------------------------------------------------------------------------------------
// UKP rows

interface UkpRowValues {
	month: string;
	municipality: string;
	ukp_stays: number;
	ukp_stays_zero_days: number;
	ukp_days: number;
	discharged_home: number;
	readmission_base: number;
	readmissions_30d: number;
}

/** Stays per (inhabitant 67+ × use factor) a month, so that 2023 is expected to total {@link UKP_DAYS_2023}. */
function staysRate(): number {
	const weight = MUNICIPALITIES.reduce((sum, m) => sum + m.pop67 * m.use, 0);
	const months2023 = listMonths('2023-01', '2023-12');
	const daysPerStay = months2023.reduce(
		(sum, m) =>
			sum +
			winterFactor(m) *
				(1 - LEVELS.zeroShare.before) *
				(LEVELS.meanDays.before + holidayExtraDays(m)),
		0,
	);
	return UKP_DAYS_2023 / (weight * (1 + GROWTH_PER_YEAR) * daysPerStay);
}

/** A municipality's own pace: some take up the measures faster than others. */
interface MunicipalityTraits {
	pace: number;
	zeroOffset: number;
	meanOffset: number;
	homeOffset: number;
}

function drawTraits(rng: Random): Map<string, MunicipalityTraits> {
	const drawn = MUNICIPALITIES.map((m) => ({
		spec: m,
		traits: {
			pace: 0.85 + 0.5 * rng.uniform(),
			zeroOffset: 0.012 * rng.normal(),
			meanOffset: 0.25 * rng.normal(),
			homeOffset: 0.02 * rng.normal(),
		},
	}));
	// Centre the offsets on the helsefellesskap so that Trondheim's draw alone cannot move the
	// calibrated totals; municipalities still differ from each other.
	const weight = (m: MunicipalitySpec) => m.pop67 * m.use;
	const total = MUNICIPALITIES.reduce((sum, m) => sum + weight(m), 0);
	const centre = (key: 'zeroOffset' | 'meanOffset' | 'homeOffset') =>
		drawn.reduce((sum, d) => sum + d.traits[key] * weight(d.spec), 0) / total;
	const shift = {
		zeroOffset: centre('zeroOffset'),
		meanOffset: centre('meanOffset'),
		homeOffset: centre('homeOffset'),
	};
	return new Map(
		drawn.map(({ spec, traits }) => [
			spec.code,
			{
				pace: traits.pace,
				zeroOffset: traits.zeroOffset - shift.zeroOffset,
				meanOffset: traits.meanOffset - shift.meanOffset,
				homeOffset: traits.homeOffset - shift.homeOffset,
			},
		]),
	);
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, value));
}

function ukpRow(
	rng: Random,
	rate: number,
	m: MonthInfo,
	spec: MunicipalitySpec,
	traits: MunicipalityTraits,
): UkpRowValues {
	const progress = clamp(effortProgress(m) * traits.pace, 0, 1);
	const growth = (1 + GROWTH_PER_YEAR) ** (m.index / 12);
	const stays = rng.poisson(
		rate * spec.pop67 * spec.use * growth * winterFactor(m) * Math.exp(0.05 * rng.normal()),
	);

	const zeroShare = clamp(
		lerp(LEVELS.zeroShare.before, LEVELS.zeroShare.after, progress) + traits.zeroOffset,
		0.6,
		0.98,
	);
	const zero = rng.binomial(stays, zeroShare);
	const withDays = stays - zero;
	const meanDays = Math.max(
		1,
		lerp(LEVELS.meanDays.before, LEVELS.meanDays.after, progress) +
			holidayExtraDays(m) +
			traits.meanOffset,
	);
	// Every stay with days has at least one; the extra days vary more than Poisson (a few long waits).
	const extra = rng.poisson(
		withDays * (meanDays - 1) * Math.exp(0.15 * rng.normal() - 0.15 ** 2 / 2),
	);

	const homeShare = clamp(
		lerp(LEVELS.homeShare.before, LEVELS.homeShare.after, progress) + traits.homeOffset,
		0.05,
		0.6,
	);
	const base = rng.binomial(stays, FOLLOW_UP_SHARE);
	const readmissionShare = lerp(
		LEVELS.readmissionShare.before,
		LEVELS.readmissionShare.after,
		progress,
	);
	return {
		month: m.month,
		municipality: spec.code,
		ukp_stays: stays,
		ukp_stays_zero_days: zero,
		ukp_days: withDays + extra,
		discharged_home: rng.binomial(stays, homeShare),
		readmission_base: base,
		readmissions_30d: rng.binomial(base, readmissionShare),
	};
}

function ukpCsv(rng: Random, months: MonthInfo[]): string {
	const rate = staysRate();
	const traits = drawTraits(rng);
	const ordered = [...MUNICIPALITIES].sort((a, b) => a.code.localeCompare(b.code));
	const lines: string[] = [UKP_COLUMNS.join(',')];
	for (const m of months) {
		for (const spec of ordered) {
			// Draw the row even when it is dropped, so a gap does not shift every later number.
			const row = withLateRegistrations(ukpRow(rng, rate, m, spec, traits.get(spec.code)!));
			if (GAPS.missingRow.some((g) => g.month === m.month && g.municipality === spec.code))
				continue;
			const empty = new Set<string>(
				GAPS.emptyCells
					.filter((g) => g.month === m.month && g.municipality === spec.code)
					.flatMap((g) => g.columns),
			);
			lines.push(UKP_COLUMNS.map((c) => (empty.has(c) ? '' : String(row[c]))).join(','));
		}
	}
	return lines.join('\n') + '\n';
}

function withLateRegistrations(row: UkpRowValues): UkpRowValues {
	const out = { ...row };
	for (const late of LATE_REGISTRATIONS)
		if (late.month === row.month && late.municipality === row.municipality)
			out[late.column] += late.add;
	return out;
}

// ---------------------------------------------------------------------------------------------
// Short-term rows

function shortTermLos(unit: ShortTermUnitSpec, m: MonthInfo): number {
	if (m.year < 2023) return unit.losBefore2023;
	if (m.year === 2023) return unit.losBaseline;
	return lerp(unit.losBaseline, unit.losAfter, effortProgress(m));
}

function shortTermCsv(rng: Random, months: MonthInfo[]): string {
	const lines: string[] = [SHORT_TERM_COLUMNS.join(',')];
	for (const m of months) {
		for (const unit of SHORT_TERM_UNITS) {
			// Fewer beds are open in July, so fewer stays end then.
			const capacity =
				unit.bedDaysPerMonth * (m.calendarMonth === 6 ? 0.85 : 1) * Math.exp(0.04 * rng.normal());
			const los = shortTermLos(unit, m) * Math.exp(0.06 * rng.normal());
			const stays = Math.max(1, Math.round(capacity / los));
			lines.push([m.month, unit.id, stays, Math.round(stays * los)].join(','));
		}
	}
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Files

function municipalitiesCsv(): string {
	const lines: string[] = [MUNICIPALITY_COLUMNS.join(',')];
	for (const m of [...MUNICIPALITIES].sort((a, b) => a.code.localeCompare(b.code))) {
		lines.push([m.code, m.name, m.cluster, m.pop67, m.pop80].join(','));
	}
	return lines.join('\n') + '\n';
}

/** Returns the three CSV texts for a seed; the same seed always gives the same bytes. */
export function generateSyntheticData(seed: number = DEFAULT_SEED): SyntheticFiles {
	const months = listMonths(FIRST_MONTH, LAST_MONTH);
	// Separate streams, so tuning one file does not reshuffle the other.
	const ukpRng = new Random(mulberry32(seed));
	const shortRng = new Random(mulberry32(seed ^ 0x5f3759df));
	return {
		'municipalities.csv': municipalitiesCsv(),
		'ukp_monthly.csv': ukpCsv(ukpRng, months),
		'short_term_monthly.csv': shortTermCsv(shortRng, months),
	};
}

// ---------------------------------------------------------------------------------------------
// CLI

/** Writes the synthetic data set into `--out` (default data/) from `--seed` and returns the exit code. */
export function main(argv: string[], io: CliIo): number {
	return withUsage(io, () => {
		const options = readOptions(
			argv,
			{ out: { type: 'string' }, seed: { type: 'string' } },
			'use --out DIR and --seed N',
		);
		const out = options.out ?? 'data';
		const seedText = options.seed ?? String(DEFAULT_SEED);
		if (!/^\d+$/.test(seedText))
			throw new UsageError(`--seed: "${seedText}" must be a whole number`);
		mkdirSync(out, { recursive: true });
		for (const [name, text] of Object.entries(generateSyntheticData(Number(seedText)))) {
			writeFileSync(join(out, name), text);
			io.stdout(`wrote ${join(out, name)}\n`);
		}
		// A folder elsewhere needs targets and manifest too before it can be loaded.
		for (const name of ['targets.yaml', 'manifest.yaml']) {
			if (!existsSync(join(out, name)) && existsSync(join('data', name)))
				copyFileSync(join('data', name), join(out, name));
		}
		return 0;
	});
}

runIfMain(import.meta.url, main);
