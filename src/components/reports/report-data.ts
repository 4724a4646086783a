import type { Dataset } from '../../lib/dataset';
import type { KpiResults } from '../../lib/kpi/compute';
import type { ComparisonModel } from '../../lib/comparison/compute-comparison';
import type { PlanStatus } from '../../lib/action-plan/plan-status';

/** What a report page hands its sections: loaded by the page, never by a component. */
export interface ReportData {
	dataset: Dataset;
	kpis: KpiResults;
	/** The action plan on the data's as-of date, with `statusDemo` from the manifest. */
	plan: (PlanStatus & { statusDemo: boolean }) | null;
	comparison: ComparisonModel | null;
}

export type { Audience } from '../../loaders/site-data';
