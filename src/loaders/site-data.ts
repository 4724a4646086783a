import type { Dataset } from '../lib/dataset';
import { computeKpis, type KpiResults } from '../lib/kpi/compute';
import { loadDataset } from './dataset';

export interface SiteData {
	dataset: Dataset;
	kpis: KpiResults;
}

let cached: SiteData | undefined;

/** Returns the data set and its KPIs, loaded and computed once per build. */
export function getSiteData(): SiteData {
	if (!cached) {
		const dataset = loadDataset();
		cached = { dataset, kpis: computeKpis(dataset) };
	}
	return cached;
}
