import { buildAreaModel } from '../../src/lib/areas';
import {
	COMPARISON_COLUMNS,
	computeComparison,
	type ComparisonModel,
} from '../../src/lib/comparison/compute-comparison';
import type { ComparisonData } from '../../src/lib/comparison/parse-comparison';
import type { StaysByDays } from '../../src/lib/comparison/payment-models';
import { rollupDataset } from '../../src/lib/rollup';
import type { Municipality, UkpRow } from '../../src/lib/schema';

/** A UKP row with only the counts the comparison reads; the others are empty. */
export type ComparisonRow = Pick<
	UkpRow,
	'month' | 'municipality' | 'ukpStays' | 'ukpStaysZeroDays' | 'ukpDays'
>;

/** Returns the comparison model of a few municipalities and UKP rows, built as the project loader builds it. */
export function comparisonOf(
	data: ComparisonData,
	municipalities: Municipality[],
	rows: ComparisonRow[],
	staysByDays: ReadonlyMap<string, StaysByDays> | null = null,
): ComparisonModel {
	const ukp: UkpRow[] = rows.map((r) => ({
		dischargedHome: null,
		readmissionBase: null,
		readmissions30d: null,
		...r,
	}));
	const areas = buildAreaModel(municipalities);
	const rollup = rollupDataset({ ukp, shortTerm: [] }, areas, {
		ukp: [[...COMPARISON_COLUMNS]],
		shortTerm: [],
	});
	return computeComparison({ data, areas, rollup: rollup.ukp, ukp, staysByDays });
}
