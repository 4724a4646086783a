import type { KpiDefinition } from './types';

/** KPI 6, Liggetid korttidsopphold: Σ bed_days / Σ stays_ended, per short-term unit. */
export const shortTermLos: KpiDefinition = {
	id: 'short_term_los',
	source: 'short_term',
	kind: 'mean',
	needs: ['stays_ended', 'bed_days'],
	numerator: (sum) => sum.bed_days,
	denominator: (sum) => sum.stays_ended,
	formula:
		'Summen av liggedøgn for korttidsopphold som ble avsluttet i perioden delt på antall avsluttede opphold.',
};
