import { formatCsv } from '../csv';
import type { KpiResults } from './types';

/** One row of the KPI export (DOMAIN.md "Interfaces"): the four contract fields first. */
export interface ExportRecord {
	kpi: string;
	area: string;
	period: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	provisional: boolean;
	complete: boolean;
	suppressed: boolean;
	target: number | null;
	expected: number | null;
	achievement: number | null;
	level: string | null;
	months_with_data: number;
	months_in_period: number;
	forecast: number | null;
}

/**
 * Returns the monthly and calendar-year records as export rows, in KPI, area and period order.
 * Rolling 12-month values are left out: the contract's `period` is a year or a month.
 * Shares are fractions (0.9, not 90); a missing value is `null`.
 */
export function toExportRecords(results: KpiResults): ExportRecord[] {
	return results.records
		.filter((r) => r.periodType !== 'rolling12')
		.map((r) => ({
			kpi: r.kpi,
			area: r.area,
			period: r.period,
			value: r.value,
			numerator: r.numerator,
			denominator: r.denominator,
			provisional: r.provisional,
			complete: r.complete,
			suppressed: r.suppressed,
			target: r.target,
			expected: r.expected,
			achievement: r.achievement,
			level: r.level,
			months_with_data: r.monthsWithData,
			months_in_period: r.monthsInPeriod,
			forecast: r.forecast,
		}));
}

/** Returns export rows as CSV with a header row; `null` is an empty cell. */
export function formatExportCsv(rows: ExportRecord[]): string {
	if (rows.length === 0) return 'kpi,area,period,value\n';
	return formatCsv(Object.keys(rows[0]), rows);
}
