import type { KpiDefinition } from './types';

/**
 * KPI 3, Gjennomsnittlig liggetid som UKP: Σ ukp_days / Σ (ukp_stays − ukp_stays_zero_days), per
 * stay with at least one UKP day, as Helsedirektoratet's SAMDATA defines it.
 */
export const meanUkpDays: KpiDefinition = {
	id: 'mean_ukp_days',
	source: 'ukp',
	kind: 'mean',
	needs: ['ukp_stays', 'ukp_stays_zero_days', 'ukp_days'],
	numerator: (sum) => sum.ukp_days,
	denominator: (sum) => sum.ukp_stays - sum.ukp_stays_zero_days,
	formula:
		'Summen av UKP-døgn delt på antall UKP-opphold med minst ett UKP-døgn (opphold med 0 døgn er ikke med i nevneren), som i Helsedirektoratets SAMDATA.',
};
