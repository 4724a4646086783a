import type { KpiDefinition } from './types';

/** KPI 4, Andel UKP som reiser rett hjem: Σ discharged_home / Σ ukp_stays. */
export const directHomeShare: KpiDefinition = {
	id: 'direct_home_share',
	source: 'ukp',
	kind: 'share',
	needs: ['ukp_stays', 'discharged_home'],
	numerator: (sum) => sum.discharged_home,
	denominator: (sum) => sum.ukp_stays,
	formula: 'Antall UKP som ble skrevet ut rett hjem delt på antall UKP-opphold.',
};
