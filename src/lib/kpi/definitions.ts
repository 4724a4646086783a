import type { ShortTermRow, UkpRow } from '../schema';

/** The six KPI ids, in the order ASU numbered them (sak 31/23). */
export const KPI_IDS = ['ukp_days', 'zero_day_share', 'mean_ukp_days', 'direct_home_share', 'readmission_share', 'short_term_los'] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** count: Σ numerator; share and mean: Σ numerator / Σ denominator (ratio of sums). */
export type KpiKind = 'count' | 'share' | 'mean';

interface UkpKpi {
	source: 'ukp';
	kind: KpiKind;
	/** The row's numerator, or `null` when a cell it needs is missing. */
	numerator: (row: UkpRow) => number | null;
	/** The row's denominator (1 for counts), or `null` when a cell it needs is missing. */
	denominator: (row: UkpRow) => number | null;
	/** The formula in plain Norwegian, shown on the KPI page. */
	formula: string;
}
interface ShortTermKpi {
	source: 'short_term';
	kind: KpiKind;
	numerator: (row: ShortTermRow) => number | null;
	denominator: (row: ShortTermRow) => number | null;
	formula: string;
}
export type KpiDefinition = UkpKpi | ShortTermKpi;

/**
 * The formulas of DOMAIN.md. A row adds to a KPI only when both its numerator and denominator are
 * present, so a missing cell never counts as 0 and both always cover the same rows.
 */
export const KPI_DEFINITIONS: Record<KpiId, KpiDefinition> = {
	ukp_days: {
		source: 'ukp',
		kind: 'count',
		numerator: (r) => r.ukpDays,
		denominator: () => 1,
		formula: 'Summen av UKP-døgn (døgn etter at pasienten ble meldt utskrivningsklar) for opphold som ble avsluttet i perioden.',
	},
	zero_day_share: {
		source: 'ukp',
		kind: 'share',
		numerator: (r) => r.ukpStaysZeroDays,
		denominator: (r) => r.ukpStays,
		formula: 'Antall UKP-opphold med 0 UKP-døgn delt på antall UKP-opphold.',
	},
	mean_ukp_days: {
		source: 'ukp',
		kind: 'mean',
		numerator: (r) => r.ukpDays,
		denominator: (r) => (r.ukpStays === null || r.ukpStaysZeroDays === null ? null : r.ukpStays - r.ukpStaysZeroDays),
		formula:
			'Summen av UKP-døgn delt på antall UKP-opphold med minst ett UKP-døgn (opphold med 0 døgn er ikke med i nevneren), som i Helsedirektoratets SAMDATA.',
	},
	direct_home_share: {
		source: 'ukp',
		kind: 'share',
		numerator: (r) => r.dischargedHome,
		denominator: (r) => r.ukpStays,
		formula: 'Antall UKP som ble skrevet ut rett hjem delt på antall UKP-opphold.',
	},
	readmission_share: {
		source: 'ukp',
		kind: 'share',
		numerator: (r) => r.readmissions30d,
		denominator: (r) => r.readmissionBase,
		formula:
			'Antall utskrivninger fulgt av en ny innleggelse innen 30 dager delt på antall utskrivninger som kan følges i 30 dager. Siste måned er foreløpig fordi 30 dager ikke har gått.',
	},
	short_term_los: {
		source: 'short_term',
		kind: 'mean',
		numerator: (r) => r.bedDays,
		denominator: (r) => r.staysEnded,
		formula: 'Summen av liggedøgn for korttidsopphold som ble avsluttet i perioden delt på antall avsluttede opphold.',
	},
};

/** Returns true for a valid KPI id. */
export function isKpiId(value: string): value is KpiId {
	return (KPI_IDS as readonly string[]).includes(value);
}
