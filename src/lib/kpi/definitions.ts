import type { ShortTermRow, UkpRow } from '../schema';

/** The six KPI ids, in the order ASU numbered them (sak 31/23). */
export const KPI_IDS = ['ukp_days', 'zero_day_share', 'mean_ukp_days', 'direct_home_share', 'readmission_share', 'short_term_los'] as const;
export type KpiId = (typeof KPI_IDS)[number];

/** count: Σ numerator; share and mean: Σ numerator / Σ denominator (ratio of sums). */
export type KpiKind = 'count' | 'share' | 'mean';

/** A numerator/denominator pair for one row, or `null` when a cell it needs is missing. */
export type Contribution = { num: number; den: number } | null;

interface UkpKpi {
	source: 'ukp';
	kind: KpiKind;
	contribution: (row: UkpRow) => Contribution;
	/** The formula in plain Norwegian, shown on the KPI page. */
	formula: string;
}
interface ShortTermKpi {
	source: 'short_term';
	kind: KpiKind;
	contribution: (row: ShortTermRow) => Contribution;
	formula: string;
}
export type KpiDefinition = UkpKpi | ShortTermKpi;

const both = (num: number | null, den: number | null): Contribution => (num === null || den === null ? null : { num, den });

/**
 * The formulas of DOMAIN.md. A row adds to a KPI only when every cell the KPI needs is present,
 * so a missing cell never counts as 0 and numerator and denominator always cover the same rows.
 */
export const KPI_DEFINITIONS: Record<KpiId, KpiDefinition> = {
	ukp_days: {
		source: 'ukp',
		kind: 'count',
		contribution: (r) => both(r.ukpDays, 1),
		formula: 'Summen av UKP-døgn (døgn etter at pasienten ble meldt utskrivningsklar) for opphold som ble avsluttet i perioden.',
	},
	zero_day_share: {
		source: 'ukp',
		kind: 'share',
		contribution: (r) => both(r.ukpStaysZeroDays, r.ukpStays),
		formula: 'Antall UKP-opphold med 0 UKP-døgn delt på antall UKP-opphold.',
	},
	mean_ukp_days: {
		source: 'ukp',
		kind: 'mean',
		contribution: (r) => both(r.ukpDays, r.ukpStays === null || r.ukpStaysZeroDays === null ? null : r.ukpStays - r.ukpStaysZeroDays),
		formula:
			'Summen av UKP-døgn delt på antall UKP-opphold med minst ett UKP-døgn (opphold med 0 døgn er ikke med i nevneren), som i Helsedirektoratets SAMDATA.',
	},
	direct_home_share: {
		source: 'ukp',
		kind: 'share',
		contribution: (r) => both(r.dischargedHome, r.ukpStays),
		formula: 'Antall UKP som ble skrevet ut rett hjem delt på antall UKP-opphold.',
	},
	readmission_share: {
		source: 'ukp',
		kind: 'share',
		contribution: (r) => both(r.readmissions30d, r.readmissionBase),
		formula:
			'Antall utskrivninger fulgt av en ny innleggelse innen 30 dager delt på antall utskrivninger som kan følges i 30 dager. Siste måned er foreløpig fordi 30 dager ikke har gått.',
	},
	short_term_los: {
		source: 'short_term',
		kind: 'mean',
		contribution: (r) => both(r.bedDays, r.staysEnded),
		formula: 'Summen av liggedøgn for korttidsopphold som ble avsluttet i perioden delt på antall avsluttede opphold.',
	},
};

/** Returns true for a valid KPI id. */
export function isKpiId(value: string): value is KpiId {
	return (KPI_IDS as readonly string[]).includes(value);
}
