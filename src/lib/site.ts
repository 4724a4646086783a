import type { AreaModel } from './areas';
import type { AssumptionsFile } from './assumptions';
import type { ComparisonModel } from './comparison/compute-comparison';
import { hiddenCellsOf, type HiddenCell } from './comparison/hidden-cells';
import { computePublishedPayments, type PublishedPayments } from './comparison/published-payments';
import type { ConferenceFile } from './conference';
import { DEFAULT_SUPPRESSION_THRESHOLD, editionFor, type Audience, type Edition } from './edition';
import { computeKpis } from './kpi/compute';
import type { KpiResults } from './kpi/types';
import type { Manifest } from './manifest';
import { suppressKpiResults } from './privacy/suppress-kpis';
import type { Project } from './project/load-project';
import type { LoadedPlan } from './project/read-site-files';
import type { Report } from './reports/parse-report';
import type { Targets } from './targets';

/** The comparison as one edition may show it. */
export interface SiteComparison {
	/** The model, with the payments and sums this edition may show (hidden cells have none). */
	model: ComparisonModel;
	/** Whether an area's cell of a period is hidden in this edition. */
	isHidden: HiddenCell;
	/** The payment tables with hidden municipality-months left out of every total. */
	payments: PublishedPayments;
}

/** Everything the pages of one build get: the numbers as its edition may show them, and nothing else. */
export interface Site {
	edition: Edition;
	manifest: Manifest;
	targets: Targets;
	areas: AreaModel;
	kpis: KpiResults;
	comparison: SiteComparison | null;
	plan: LoadedPlan | null;
	conference: ConferenceFile | null;
	/** Our assumptions and the data's caveats: the data page lists them, other pages link to them. */
	assumptions: AssumptionsFile;
	reports: Report[];
}

/** Returns the project's small-count threshold (manifest `suppression_threshold`, default 4). */
export function suppressionThreshold(manifest: Manifest): number {
	return manifest.suppression_threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
}

/** Returns the KPIs for an audience: every number for partners, small counts hidden for the public. */
export function computeKpisFor(project: Pick<Project, 'rollup' | 'areas' | 'targets' | 'manifest'>, audience: Audience): KpiResults {
	const all = computeKpis(project);
	if (audience === 'partner') return all;
	return suppressKpiResults(all, { threshold: suppressionThreshold(project.manifest), baselineYear: project.targets.baseline_year });
}

/**
 * Returns the site of a build for its audience, decided once: a public site's KPIs, comparison
 * sums and payments are already suppressed, and its edition has no partner sentence.
 */
export function buildSite(project: Project, audience: Audience): Site {
	const kpis = computeKpisFor(project, audience);
	return {
		edition: editionFor(audience, suppressionThreshold(project.manifest)),
		manifest: project.manifest,
		targets: project.targets,
		areas: project.areas,
		kpis,
		comparison: project.comparison ? publishComparison(project.comparison, hiddenCellsOf(kpis)) : null,
		plan: project.plan,
		conference: project.conference,
		assumptions: project.assumptions,
		reports: project.reports,
	};
}

function publishComparison(model: ComparisonModel, isHidden: HiddenCell): SiteComparison {
	const payments = computePublishedPayments(model, isHidden);
	const shown: ComparisonModel = {
		...model,
		payments: payments.months,
		sumsOf: (area, period) => (isHidden(area, period) ? undefined : model.sumsOf(area, period)),
	};
	return { model: shown, isHidden, payments };
}
