import type { Dataset } from '../lib/dataset';
import { computeKpis, type KpiResults } from '../lib/kpi/compute';
import { suppressKpiResults } from '../lib/privacy/suppress-kpis';
import { loadDataset } from './dataset';

/** Who an output is for: the public site hides small counts; partner outputs (ASU packs) show them. */
export type Audience = 'public' | 'partner';

/** The default small-count threshold (DOMAIN.md "Privacy"): counts from 1 to 4 are hidden. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 4;

export interface SiteData {
	dataset: Dataset;
	kpis: KpiResults;
	audience: Audience;
	/** Counts from 1 up to and including this are hidden in public outputs. */
	threshold: number;
}

const cached = new Map<Audience, SiteData>();

/** Returns the data set and its KPIs for an audience, loaded and computed once per build. */
export function getSiteData(audience: Audience = 'public'): SiteData {
	if (!cached.has(audience)) {
		const dataset = loadDataset();
		const all = computeKpis(dataset);
		const threshold = dataset.manifest.suppression_threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
		const kpis =
			audience === 'public'
				? suppressKpiResults(all, { municipalities: dataset.municipalities, threshold, baselineYear: dataset.targets.baseline_year })
				: all;
		cached.set(audience, { dataset, kpis, audience, threshold });
	}
	return cached.get(audience)!;
}
