import type { Dataset } from '../dataset';
import { monthIndex } from '../dates';
import { KPI_DEFINITIONS, KPI_IDS, type KpiDefinition, type KpiId } from './definitions';

type Of<S> = Extract<KpiDefinition, { source: S }>;
const bySource = <S extends KpiDefinition['source']>(source: S) =>
	KPI_IDS.flatMap((id) => (KPI_DEFINITIONS[id].source === source ? [[id, KPI_DEFINITIONS[id] as Of<S>] as const] : []));
const UKP_KPIS = bySource('ukp');
const SHORT_TERM_KPIS = bySource('short_term');

/** Returns the id of the area that stands for a cluster: `cluster:<name>`. */
export const clusterArea = (cluster: string) => `cluster:${cluster}`;

/**
 * Sums of one KPI per area and month, in flat arrays at `area × months + month`: Σ numerator,
 * Σ denominator and the number of rows that had every cell the KPI needs.
 */
export interface KpiSums {
	num: Float64Array;
	den: Float64Array;
	rows: Int32Array;
}

/** Where each area's sums are: its row in the flat arrays, and the months they span. */
export interface SumsLayout {
	/** Position of each area id (`all`, municipality codes, `cluster:<name>`, unit ids). */
	areaIndex: Map<string, number>;
	/** Month index (see `monthIndex`) of position 0. */
	firstMonth: number;
	months: number;
}

/**
 * Returns, per KPI, the sums of numerator and denominator over the rows that have every cell the
 * KPI needs, for every area and month. UKP areas are `all`, each municipality code and
 * `cluster:<name>`; short-term areas are `all` and each unit id. A month without a contributing
 * row has `rows` 0: missing, not zero.
 */
export function computeMonthlySums(dataset: Dataset, areaIds: string[], layout: Omit<SumsLayout, 'areaIndex'>): { sums: Map<KpiId, KpiSums>; layout: SumsLayout } {
	const areaIndex = new Map(areaIds.map((id, i) => [id, i]));
	const size = areaIds.length * layout.months;
	const sums = new Map(KPI_IDS.map((id) => [id, { num: new Float64Array(size), den: new Float64Array(size), rows: new Int32Array(size) }]));
	const clusterOf = new Map(dataset.municipalities.map((m) => [m.code, areaIndex.get(clusterArea(m.cluster))!]));
	const all = areaIndex.get('all')!;
	// One pass over the rows, adding into flat arrays: no object per row and KPI.
	const add = (s: KpiSums, area: number, m: number, num: number, den: number) => {
		const i = area * layout.months + m;
		s.num[i] += num;
		s.den[i] += den;
		s.rows[i]++;
	};
	for (const row of dataset.ukp) {
		const cluster = clusterOf.get(row.municipality)!;
		const own = areaIndex.get(row.municipality)!;
		const m = monthIndex(row.month) - layout.firstMonth;
		for (const [id, def] of UKP_KPIS) {
			const num = def.numerator(row);
			const den = def.denominator(row);
			if (num === null || den === null) continue; // a missing cell: the row does not count for this KPI
			const s = sums.get(id)!;
			add(s, all, m, num, den);
			add(s, cluster, m, num, den);
			add(s, own, m, num, den);
		}
	}
	for (const row of dataset.shortTerm) {
		const m = monthIndex(row.month) - layout.firstMonth;
		for (const [id, def] of SHORT_TERM_KPIS) {
			const num = def.numerator(row);
			const den = def.denominator(row);
			if (num === null || den === null) continue;
			const s = sums.get(id)!;
			add(s, all, m, num, den);
			add(s, areaIndex.get(row.unit)!, m, num, den);
		}
	}
	return { sums, layout: { ...layout, areaIndex } };
}
