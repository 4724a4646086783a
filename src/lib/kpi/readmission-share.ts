import type { KpiDefinition } from './types';

/** KPI 5, Andel reinnleggelser innen 30 dager: Σ readmissions_30d / Σ readmission_base. */
export const readmissionShare: KpiDefinition = {
	id: 'readmission_share',
	source: 'ukp',
	kind: 'share',
	needs: ['readmission_base', 'readmissions_30d'],
	numerator: (sum) => sum.readmissions_30d,
	denominator: (sum) => sum.readmission_base,
	formula:
		'Antall utskrivninger fulgt av en ny innleggelse innen 30 dager delt på antall utskrivninger som kan følges i 30 dager. Siste måned er foreløpig fordi 30 dager ikke har gått.',
};
