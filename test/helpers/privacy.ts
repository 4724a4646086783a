import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeSwedishDaysExact } from '../../src/lib/comparison/payment-models';
import { parseStaysByDays, STAYS_BY_DAYS_FILE } from '../../src/lib/comparison/stays-by-days';
import type { Lined } from '../../src/lib/parse-rows';
import { buildProtectedTable, type ProtectedTable } from '../../src/lib/privacy/protected-table';
import { ukpTableSources } from '../../src/lib/privacy/ukp-table';
import type { UkpRow } from '../../src/lib/schema';
import { getProject } from '../../src/loaders/project';

/** Real codes and clusters of the St. Olav area (a few of them). */
export const MUNICIPALITIES = [
	{ code: '5001', name: 'Trondheim', cluster: 'Trondheim' },
	{ code: '5021', name: 'Oppdal', cluster: 'Gauldal og fjellregionen' },
	{ code: '5022', name: 'Rennebu', cluster: 'Gauldal og fjellregionen' },
	{ code: '5025', name: 'Røros', cluster: 'Gauldal og fjellregionen' },
	{ code: '5027', name: 'Midtre Gauldal', cluster: 'Gauldal og fjellregionen' },
	{ code: '5028', name: 'Melhus', cluster: 'Gauldal og fjellregionen' },
	{ code: '5033', name: 'Tydal', cluster: 'Værnesregionen' },
	{ code: '5034', name: 'Meråker', cluster: 'Værnesregionen' },
	{ code: '5035', name: 'Stjørdal', cluster: 'Værnesregionen' },
];

/** Counts in contract order: stays, zero-day stays, days, sent home, readmission base, readmissions. */
export type Counts = [
	number | null,
	number | null,
	number | null,
	number | null,
	number | null,
	number | null,
];

/**
 * A row with no count from 1 to 4 anywhere, complements included: 40 stays (30 zero-day, so 10 with
 * days, 28 not sent home), 25 days, 12 sent home, base 40 with 6 readmissions.
 */
export const BIG: Counts = [40, 30, 25, 12, 40, 6];

/** Returns a UKP row. */
export function row(month: string, municipality: string, counts: Counts = BIG): UkpRow {
	const [ukpStays, ukpStaysZeroDays, ukpDays, dischargedHome, readmissionBase, readmissions30d] =
		counts;
	return {
		month,
		municipality,
		ukpStays,
		ukpStaysZeroDays,
		ukpDays,
		dischargedHome,
		readmissionBase,
		readmissions30d,
	};
}

/** Returns a row for every municipality and month: `counts` where given (`code|month`), else {@link BIG}. */
export function grid(
	months: string[],
	counts: Record<string, Counts> = {},
	codes = MUNICIPALITIES.map((m) => m.code),
): UkpRow[] {
	return months.flatMap((month) =>
		codes.map((code) => row(month, code, counts[`${code}|${month}`])),
	);
}

/** Returns the protected table of UKP rows over {@link MUNICIPALITIES} (no short-term units). */
export function tableOf(
	rows: UkpRow[],
	options: { threshold?: number; payableDays?: Map<string, number> } = {},
): ProtectedTable {
	const payableDays = options.payableDays && { freeDays: 3, byMonth: options.payableDays };
	const sources = ukpTableSources({
		municipalities: MUNICIPALITIES,
		ukp: rows,
		shortTerm: [],
		payableDays,
	});
	return buildProtectedTable(sources, { threshold: options.threshold ?? 4 });
}

/**
 * Returns the protected table of a data folder, with the Swedish payable days (3 free days) where
 * the folder has `ukp_stays_by_days.csv`; threshold 4 unless given.
 */
export function tableOfFolder(dir: string, threshold = 4): ProtectedTable {
	const ds = getProject(dir, { scope: 'numbers' }).dataset;
	return buildProtectedTable(
		ukpTableSources({
			municipalities: ds.municipalities,
			ukp: ds.ukp,
			shortTerm: ds.shortTerm,
			payableDays: payableDaysOf(dir, ds.ukp),
		}),
		{ threshold },
	);
}

function payableDaysOf(
	dir: string,
	ukp: Lined<UkpRow>[],
): { freeDays: number; byMonth: Map<string, number> } | undefined {
	const path = join(dir, STAYS_BY_DAYS_FILE);
	if (!existsSync(path)) return undefined;
	const monthly = new Map(ukp.map((r) => [`${r.month}|${r.municipality}`, r]));
	const parsed = parseStaysByDays(
		readFileSync(path, 'utf8'),
		path,
		monthly,
		join(dir, 'ukp_monthly.csv'),
		new Set(ukp.map((r) => r.municipality)),
	);
	if (parsed.issues.length > 0) throw new Error(`${path}: ${parsed.issues.length} problems`);
	return {
		freeDays: 3,
		byMonth: new Map(
			[...parsed.stays].map(([key, stays]) => [key, computeSwedishDaysExact(stays, 3)]),
		),
	};
}
