import type { AreaModel } from './areas';
import type { AssumptionsFile } from './assumptions';
import { shownInKpis } from './capacity/calibrate-project';
import { computeSiteCapacity, type SiteCapacity } from './capacity/site-capacity';
import { computeComparison, type ComparisonModel } from './comparison/compute-comparison';
import type { HiddenCell } from './comparison/hidden-cells';
import { computePublishedPayments, type PublishedPayments } from './comparison/published-payments';
import type { ConferenceFile } from './conference';
import type { CatalogueSettings } from './downloads/catalogue-settings';
import { DEFAULT_SUPPRESSION_THRESHOLD, editionFor, type Audience, type Edition } from './edition';
import { computeKpis } from './kpi/compute';
import type { KpiResults } from './kpi/types';
import type { Manifest } from './manifest';
import { shownPredicate, type HiddenSet } from './privacy/hidden-set';
import { buildProtectedTable } from './privacy/protected-table';
import { protectTable } from './privacy/protect';
import { suppressKpiResults, type OutputShown } from './privacy/suppress-kpis';
import {
	outputShown,
	publicShortTermRows,
	publicUkpRows,
	ukpTableSources,
} from './privacy/ukp-table';
import { modelNumbers, type Project } from './project/load-project';
import type { LoadedPlan } from './project/read-site-files';
import type { Report } from './reports/parse-report';
import { computeSiteSpc, type SiteSpc } from './spc/site-spc';
import { computeSiteArchive, type SiteArchive } from './snapshots/archive';
import { freezeMeasures } from './snapshots/freeze';
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
	/** The SPC charts of the KPIs as this edition shows them: a month hidden for privacy is left out of every limit. */
	spc: SiteSpc;
	comparison: SiteComparison | null;
	plan: LoadedPlan | null;
	conference: ConferenceFile | null;
	/** Our assumptions and the data's caveats: the data page lists them, other pages link to them. */
	assumptions: AssumptionsFile;
	reports: Report[];
	/** The frozen meeting packs, each compared with today's public numbers (in every edition: the packs are public). */
	archive: SiteArchive;
	/** The capacity model calibrated on this edition's numbers (areas whose sums it hides left out); `null` without data to calibrate. */
	capacity: SiteCapacity | null;
	/** The open-data catalogue's settings (publisher, contact, licence), or `null` when the data folder has none. */
	catalogue: CatalogueSettings | null;
	/** What the public edition hides (and why), for the build log and the data page; `null` for partners. */
	privacy: { hidden: HiddenSet; leaks: number } | null;
}

/** Thrown when the audit of a public build still finds a count it could work out. */
export class PrivacyError extends Error {}

/** Returns the project's small-count threshold (manifest `suppression_threshold`, default 4). */
export function suppressionThreshold(manifest: Manifest): number {
	return manifest.suppression_threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
}

/**
 * Returns the KPIs for an audience: every number for partners; for the public, computed from the
 * public rows and hidden where the audited protected table hides them.
 */
export async function computeKpisFor(
	project: Pick<Project, 'dataset' | 'manifest' | 'targets' | 'rollup' | 'areas'>,
	audience: Audience,
): Promise<KpiResults> {
	if (audience === 'partner') return computeKpis(project);
	return (await protectPublic(project, null)).kpis;
}

/**
 * Returns the site of a build for its audience, decided once: a public site's KPIs, comparison
 * sums and payments are computed from the public rows and already suppressed by the audited
 * protected table, and its edition has no partner sentence; the SPC charts are computed once from
 * those numbers. Throws {@link PrivacyError} when the
 * audit finds a leak it cannot mend.
 */
export async function buildSite(project: Project, audience: Audience): Promise<Site> {
	const threshold = suppressionThreshold(project.manifest);
	const common = {
		edition: editionFor(audience, threshold),
		manifest: project.manifest,
		targets: project.targets,
		areas: project.areas,
		plan: project.plan,
		conference: project.conference,
		assumptions: project.assumptions,
		reports: project.reports,
		catalogue: project.catalogue,
	};
	if (audience === 'partner') {
		const comparison = project.comparison
			? publishComparison(
					project.comparison,
					() => false,
					() => false,
				)
			: null;
		// The frozen packs are public editions: a partner build compares them with the public numbers too.
		const archive = archiveOf(
			project,
			project.archive.length > 0 ? await computeKpisFor(project, 'public') : null,
		);
		const kpis = computeKpis(project);
		const capacity = computeSiteCapacity({
			rollup: project.rollup,
			areas: project.areas,
			targets: project.targets,
			settings: project.capacity,
		});
		return {
			...common,
			kpis,
			spc: computeSiteSpc(kpis, project.targets, project.spc),
			comparison,
			archive,
			capacity,
			privacy: null,
		};
	}
	const { kpis, comparison, hidden, leaks, numbers } = await protectPublic(
		project,
		project.comparisonFiles,
	);
	// Calibrated on the public rows, and only over sums the public KPIs show.
	const capacity = computeSiteCapacity({
		rollup: numbers.rollup,
		areas: numbers.areas,
		targets: project.targets,
		settings: project.capacity,
		shown: shownInKpis(kpis),
	});
	return {
		...common,
		kpis,
		spc: computeSiteSpc(kpis, project.targets, project.spc),
		comparison,
		archive: archiveOf(project, kpis),
		capacity,
		privacy: { hidden, leaks },
	};
}

function archiveOf(
	project: Pick<Project, 'archive' | 'plan' | 'manifest'>,
	publicKpis: KpiResults | null,
): SiteArchive {
	const now = publicKpis
		? {
				kpis: publicKpis,
				measures: project.plan ? freezeMeasures(project.plan) : [],
				asOf: project.manifest.as_of,
			}
		: null;
	return computeSiteArchive(project.archive, now);
}

/**
 * Returns the protected table a public build audits (its public rows: a row whose groups are
 * partly empty has them emptied, so every sum of a column runs over the same rows; with the exact
 * Swedish payable days where stays by days give them), and the numbers and comparison computed from
 * those rows. The leak checker audits a built site over the same table.
 */
export function publicTableOf(
	project: Pick<Project, 'dataset' | 'manifest'>,
	files: Project['comparisonFiles'],
) {
	const { dataset, manifest } = project;
	const rows = {
		ukp: publicUkpRows(dataset.ukp),
		shortTerm: publicShortTermRows(dataset.shortTerm),
	};
	const numbers = modelNumbers({ ...dataset, ...rows });
	const model = files
		? computeComparison({
				...files,
				areas: numbers.areas,
				rollup: numbers.rollup.ukp,
				ukp: rows.ukp,
			})
		: null;
	// The table withholds a partly empty row itself (the same sums as the public rows give), and keeps
	// it on its list: the data page names one, and the leak checker protects its cells.
	const sources = ukpTableSources({
		municipalities: dataset.municipalities,
		ukp: dataset.ukp,
		shortTerm: dataset.shortTerm,
		unitNames: manifest.unit_names,
		payableDays: model ? exactPayableDays(model) : undefined,
	});
	return {
		table: buildProtectedTable(sources, { threshold: suppressionThreshold(manifest) }),
		sources,
		numbers,
		model,
	};
}

// The public numbers: the protected table of the public rows audited and mended, and every output asking it.
async function protectPublic(
	project: Pick<Project, 'dataset' | 'manifest' | 'targets'>,
	files: Project['comparisonFiles'],
) {
	const { targets } = project;
	const { table, numbers, model } = publicTableOf(project, files);
	const threshold = table.threshold;
	const { hidden, audit } = await protectTable(table);
	if (audit.leaks.length > 0)
		throw new PrivacyError(
			`the public numbers still give away ${audit.leaks.length} counts from 1 to ${threshold}:\n${audit.leaks.flatMap((l) => l.because).join('\n')}`,
		);
	const shown = outputShown(shownPredicate(hidden));
	const kpis = suppressKpiResults(computeKpis({ ...numbers, targets }), {
		shown,
		threshold,
		baselineYear: targets.baseline_year,
	});
	const comparison = model
		? publishComparison(
				model,
				(area, period) => !shown('mean_all_stays', area, period),
				paymentHidden(shown),
			)
		: null;
	return { kpis, comparison, hidden, leaks: audit.leaks.length, numbers };
}

// The Swedish model's payable days where stays by days give them exactly: a count of days the
// payment pages publish per municipality-month, so the table protects it like the others.
function exactPayableDays(model: ComparisonModel) {
	const byMonth = new Map(
		model.payments
			.filter((p) => p.swedenBasis === 'exact' && p.swedenDays !== null)
			.map((p) => [`${p.month}|${p.municipality}`, p.swedenDays!]),
	);
	return { freeDays: model.data.settings.sweden.free_days, byMonth };
}

// A municipality-month shows no amount when its stays are hidden, or its exact Swedish days are.
function paymentHidden(shown: OutputShown) {
	return (p: ComparisonModel['payments'][number]) =>
		!shown('norway_payment', p.municipality, p.month) ||
		!shown('halland_payment', p.municipality, p.month) ||
		(p.swedenBasis === 'exact' && !shown('sweden_payment_exact', p.municipality, p.month));
}

function publishComparison(
	model: ComparisonModel,
	isHidden: HiddenCell,
	isMonthHidden: (p: ComparisonModel['payments'][number]) => boolean,
): SiteComparison {
	const payments = computePublishedPayments(model, isHidden, isMonthHidden);
	const shown: ComparisonModel = {
		...model,
		payments: payments.months,
		sumsOf: (area, period) => (isHidden(area, period) ? undefined : model.sumsOf(area, period)),
	};
	return { model: shown, isHidden, payments };
}
