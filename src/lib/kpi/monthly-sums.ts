import * as aq from 'arquero';
import type { Dataset } from '../dataset';
import { KPI_DEFINITIONS, KPI_IDS, type KpiId } from './definitions';

/** Σ numerator and Σ denominator of one KPI in one area and month, over `rows` contributing rows. */
export interface MonthSum {
	num: number;
	den: number;
	rows: number;
}

/** Sums keyed by KPI, then area id, then month. */
export type MonthlySums = Map<KpiId, Map<string, Map<string, MonthSum>>>;

/** Returns the id of the area that stands for a cluster: `cluster:<name>`. */
export const clusterArea = (cluster: string) => `cluster:${cluster}`;

/**
 * Returns, per KPI, area and month, the sums of numerator and denominator over the rows that have
 * every cell the KPI needs. UKP areas are `all`, each municipality code and `cluster:<name>`;
 * short-term areas are `all` and each unit id. Months without a contributing row are absent.
 */
export function computeMonthlySums(dataset: Dataset): MonthlySums {
	const clusterOf = new Map(dataset.municipalities.map((m) => [m.code, m.cluster]));
	const sums: MonthlySums = new Map(KPI_IDS.map((id) => [id, new Map()]));
	// One column pair n_<kpi>/d_<kpi> per KPI; null where the row does not contribute.
	const ukpColumns = wideColumns(dataset.ukp, (row, id) => {
		const def = KPI_DEFINITIONS[id];
		return def.source === 'ukp' ? def.contribution(row) : null;
	});
	const ukp = aq.table({
		month: dataset.ukp.map((r) => r.month),
		municipality: dataset.ukp.map((r) => r.municipality),
		cluster: dataset.ukp.map((r) => clusterArea(clusterOf.get(r.municipality) ?? '')),
		all: dataset.ukp.map(() => 'all'),
		...ukpColumns,
	});
	const shortColumns = wideColumns(dataset.shortTerm, (row, id) => {
		const def = KPI_DEFINITIONS[id];
		return def.source === 'short_term' ? def.contribution(row) : null;
	});
	const shortTerm = aq.table({
		month: dataset.shortTerm.map((r) => r.month),
		unit: dataset.shortTerm.map((r) => r.unit),
		all: dataset.shortTerm.map(() => 'all'),
		...shortColumns,
	});
	for (const key of ['all', 'cluster', 'municipality']) addRollup(sums, ukp, key, 'ukp');
	for (const key of ['all', 'unit']) addRollup(sums, shortTerm, key, 'short_term');
	return sums;
}

function wideColumns<R>(rows: R[], contribution: (row: R, id: KpiId) => { num: number; den: number } | null) {
	const columns: Record<string, (number | null)[]> = {};
	for (const id of KPI_IDS) {
		const parts = rows.map((row) => contribution(row, id));
		columns[`n_${id}`] = parts.map((p) => p?.num ?? null);
		columns[`d_${id}`] = parts.map((p) => p?.den ?? null);
	}
	return columns;
}

function addRollup(sums: MonthlySums, table: aq.ColumnTable, key: string, source: 'ukp' | 'short_term') {
	const ids = KPI_IDS.filter((id) => KPI_DEFINITIONS[id].source === source);
	if (table.numRows() === 0) return;
	const spec: Record<string, number> = {};
	for (const id of ids) {
		spec[`n_${id}`] = aq.op.sum(`n_${id}`);
		spec[`d_${id}`] = aq.op.sum(`d_${id}`);
		spec[`c_${id}`] = aq.op.valid(`n_${id}`);
	}
	const rolled = table.groupby(key, 'month').rollup(spec).objects() as Record<string, string | number>[];
	for (const row of rolled) {
		for (const id of ids) {
			const count = Number(row[`c_${id}`]);
			if (count === 0) continue; // no row had the cells this KPI needs: missing, not zero
			const byArea = sums.get(id)!;
			const area = String(row[key]);
			if (!byArea.has(area)) byArea.set(area, new Map());
			byArea.get(area)!.set(String(row.month), { num: Number(row[`n_${id}`]), den: Number(row[`d_${id}`]), rows: count });
		}
	}
}
