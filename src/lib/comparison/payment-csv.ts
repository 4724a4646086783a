import { formatCsv } from '../csv';
import type { PublishedTotal } from './published-payments';

const TOTAL_COLUMNS = ['area', 'name', 'period', 'months_with_data', 'months_in_period', 'hidden_municipality_months', 'ukp_days', 'norway_nok', 'sweden_nok', 'halland_nok', 'halland_liable_months', 'sweden_approximated_months', 'suppressed'];

/**
 * Returns payment totals as CSV, in the order of `areaOrder` then period. A hidden total has empty
 * days and amounts and `suppressed` true; `hidden_municipality_months` says how many hidden
 * municipality-months the sums leave out.
 */
export function formatTotalsCsv(totals: PublishedTotal[], areaOrder: { id: string; label: string }[]): string {
	const order = new Map(areaOrder.map((a, i) => [a.id, i]));
	const name = new Map(areaOrder.map((a) => [a.id, a.label]));
	const rows = [...totals]
		.sort((a, b) => (order.get(a.area) ?? Infinity) - (order.get(b.area) ?? Infinity) || a.period.localeCompare(b.period))
		.map((t) => ({
			area: t.area,
			name: name.get(t.area) ?? t.area,
			period: t.period,
			months_with_data: t.monthsWithData,
			months_in_period: t.monthsInPeriod,
			hidden_municipality_months: t.leftOut,
			ukp_days: t.days,
			norway_nok: t.norway,
			sweden_nok: t.sweden,
			halland_nok: t.halland,
			halland_liable_months: t.liableMonths,
			sweden_approximated_months: t.approximatedMonths,
			suppressed: t.suppressed,
		}));
	return formatCsv(TOTAL_COLUMNS, rows, 2);
}
