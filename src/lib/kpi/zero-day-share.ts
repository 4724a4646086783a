import type { KpiDefinition } from './types';

/** KPI 2, Andel UKP-opphold med 0 døgn: Σ ukp_stays_zero_days / Σ ukp_stays. */
export const zeroDayShare: KpiDefinition = {
	id: 'zero_day_share',
	source: 'ukp',
	kind: 'share',
	needs: ['ukp_stays', 'ukp_stays_zero_days'],
	numerator: (sum) => sum.ukp_stays_zero_days,
	denominator: (sum) => sum.ukp_stays,
	formula: 'Antall UKP-opphold med 0 UKP-døgn delt på antall UKP-opphold.',
};
