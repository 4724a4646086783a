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

/** Who a report is for: `public` outputs will have small counts suppressed (not yet applied). */
export type Audience = 'partner' | 'public';
