import { formatMonthLong } from '../format';
import { addMonths, isMonth } from '../dates';

/** The placeholders of the monthly report template (`reports/maler/maanedsrapport.md`). */
export interface MonthlyTemplateValues {
	/** `2026-10` */
	month: string;
	/** `oktober 2026` */
	month_long: string;
	/** The first day of the next month: a default meeting date for the editor to change. */
	meeting_date: string;
	/** Two-digit year of the meeting, for the case number (`/26`). */
	year2: string;
}

/** Returns the placeholder values for a monthly report on `month` (YYYY-MM); throws on a bad month. */
export function computeMonthlyTemplateValues(month: string): MonthlyTemplateValues {
	if (!isMonth(month)) throw new Error(`--month must be a month written YYYY-MM, got "${month}"`);
	const next = addMonths(month, 1);
	return { month, month_long: formatMonthLong(month), meeting_date: `${next}-01`, year2: next.slice(2, 4) };
}

/** Returns the template with every `{{name}}` replaced; throws naming any placeholder without a value. */
export function fillTemplate(template: string, values: Record<string, string>): string {
	const unknown = new Set<string>();
	const text = template.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}/g, (_, name: string) => {
		if (name in values) return values[name];
		unknown.add(name);
		return '';
	});
	if (unknown.size > 0) throw new Error(`the template has placeholders without a value: ${[...unknown].join(', ')}`);
	return text;
}
