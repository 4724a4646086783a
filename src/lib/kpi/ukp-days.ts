import type { KpiDefinition } from './types';

/** KPI 1, Antall UKP-døgn per år: Σ ukp_days. */
export const ukpDays: KpiDefinition = {
	id: 'ukp_days',
	source: 'ukp',
	kind: 'count',
	needs: ['ukp_days'],
	numerator: (sum) => sum.ukp_days,
	formula:
		'Summen av UKP-døgn (døgn etter at pasienten ble meldt utskrivningsklar) for opphold som ble avsluttet i perioden.',
};
