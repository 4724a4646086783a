import type { PlanStatus } from '../action-plan/plan-status';
import type { KpiResults } from '../kpi/types';
import type { Manifest } from '../manifest';
import type { Report } from '../reports/parse-report';
import { computeSpc, monthlyValuesOf, spcInputsFromValues, type SpcSettings } from '../spc';
import type { Targets } from '../targets';
import { freezeFigure, presentedFigures, type FigureKey } from './figures';
import { SNAPSHOT_FORMAT, type FrozenMeasure, type FrozenSpc, type Snapshot } from './schema';

/** A file by its path and the SHA-256 of its bytes (hashed by the caller: the library reads no files). */
export interface HashedFile {
	path: string;
	sha256: string;
}

/** Everything a frozen pack is made of; the numbers must be the public edition's. */
export interface FreezeInput {
	report: Report;
	/** The public KPI results (hidden figures suppressed), as the pack's public edition shows them. */
	kpis: KpiResults;
	targets: Targets;
	manifest: Manifest;
	/** The action plan as the pack showed it, or `null` when the data set has none. */
	plan: PlanStatus | null;
	spc: SpcSettings;
	/** The report definition, path relative to the reports folder. */
	reportFile: HashedFile;
	/** Every data file read, paths relative to the data folder. */
	dataFiles: HashedFile[];
	/** The PDF as printed: its file name in the archive folder, SHA-256 and size in bytes. */
	pdf: { file: string; sha256: string; bytes: number };
}

/** Thrown when a pack would be frozen from numbers that are not the public edition's. */
export class NotPublicError extends Error {}

/**
 * Returns the snapshot of a meeting pack: its identity, the data cut-off (manifest `as_of`), the
 * hashes it is given, every KPI figure its sections show ({@link presentedFigures}; those without
 * data left out), the SPC verdict on each of those KPI-area series up to the reporting month, and
 * every measure of the plan. Throws {@link NotPublicError} for results that hide nothing (a
 * partner edition): the archive is published.
 */
export function freezeSnapshot(input: FreezeInput): Snapshot {
	const { report, kpis, targets, manifest } = input;
	if (kpis.suppressionThreshold === null)
		throw new NotPublicError(
			'only the public edition can be frozen: these KPI results come from a partner build',
		);
	const clusters = kpis.areas.filter((a) => a.kind === 'cluster').map((a) => a.id);
	const keys = presentedFigures(report, { targets, clusters });
	const figures = keys.flatMap(({ kpi, area, period }) => {
		const record = kpis.get(kpi, area, period);
		return record ? [freezeFigure(record)] : [];
	});
	return {
		format: SNAPSHOT_FORMAT,
		slug: report.slug,
		title: report.title,
		meeting: report.meeting,
		meeting_date: report.meeting_date,
		sak: report.sak ?? null,
		sak_demo: report.sak_demo,
		example: report.example,
		period: report.period,
		edition: 'public',
		data_cutoff: manifest.as_of,
		latest_month: kpis.latestMonth,
		synthetic: manifest.synthetic,
		suppression_threshold: kpis.suppressionThreshold,
		pdf: input.pdf,
		report_file: input.reportFile,
		data_files: input.dataFiles,
		kpis: figures,
		spc: freezeSpc(kpis, targets, input.spc, keys, report.period),
		measures: input.plan ? freezeMeasures(input.plan) : [],
	};
}

/** Returns every measure of the plan as a frozen measure, in plan order. */
export function freezeMeasures(plan: Pick<PlanStatus, 'activities'>): FrozenMeasure[] {
	return plan.activities.flatMap((a) =>
		a.measures.map((m) => ({
			id: m.id,
			text: m.text,
			status: m.status ?? null,
			status_comment: m.status_comment ?? null,
			status_date: m.status_date ?? null,
			done: m.done,
			flags: {
				overdue: m.flags.overdue,
				not_reported: m.flags.notReported,
				starting_soon: m.flags.startingSoon,
			},
		})),
	);
}

// The SPC summary of each KPI-area series the pack shows, on the public monthly values up to its period.
function freezeSpc(
	kpis: KpiResults,
	targets: Targets,
	settings: SpcSettings,
	keys: FigureKey[],
	period: string,
): FrozenSpc[] {
	const series = new Set(keys.map((k) => `${k.kpi}|${k.area}`));
	const values = monthlyValuesOf(kpis).filter(
		(v) => v.month <= period && series.has(`${v.kpi}|${v.area}`),
	);
	return computeSpc(spcInputsFromValues(values, targets), settings).series.map((s) => ({
		kpi: s.kpi,
		area: s.area,
		variation: s.variation,
		assurance: s.assurance,
		latest: s.latest,
	}));
}
