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

/** Returns the data set's small-count threshold (manifest `suppression_threshold`, default 4). */
export function suppressionThreshold(dataset: Dataset): number {
	return dataset.manifest.suppression_threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
}

/** Returns the KPIs for an audience: every number for partners, small counts hidden for the public. */
export function computeKpisFor(dataset: Dataset, audience: Audience): KpiResults {
	const all = computeKpis(dataset);
	if (audience === 'partner') return all;
	return suppressKpiResults(all, { municipalities: dataset.municipalities, threshold: suppressionThreshold(dataset), baselineYear: dataset.targets.baseline_year });
}

/**
 * Returns the audience of this build: `AUDIENCE=partner` for a partner build (ASU packs with
 * every number, not for publication), else `public`.
 */
export function buildAudience(): Audience {
	return process.env.AUDIENCE === 'partner' ? 'partner' : 'public';
}

/** Returns the data set and its KPIs for an audience, loaded and computed once per build. */
export function getSiteData(audience: Audience = buildAudience()): SiteData {
	if (!cached.has(audience)) {
		const dataset = loadDataset();
		cached.set(audience, { dataset, kpis: computeKpisFor(dataset, audience), audience, threshold: suppressionThreshold(dataset) });
	}
	return cached.get(audience)!;
}
