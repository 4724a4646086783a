import { formatMonthLong } from '../format';
import { addMonths, isIsoDate, isMonth } from '../dates';

/** The report templates in `reports/maler/`, by the name `npm run report -- --template` takes. */
export const REPORT_TEMPLATES = {
	/** KPI 1–3 every month (tiltak 1.4). */
	maanedsrapport: { file: 'reports/maler/maanedsrapport.md', slug: 'maanedsrapport' },
	/** KPI 1–5 with a reporting frequency (tiltak 1.2). */
	kpi: { file: 'reports/maler/kpi-rapport.md', slug: 'kpi-rapport' },
} as const;
export type ReportTemplate = keyof typeof REPORT_TEMPLATES;

/** The placeholders of the report templates (`reports/maler/*.md`). */
export interface MonthlyTemplateValues {
	/** `2026-10` */
	month: string;
	/** `oktober 2026` */
	month_long: string;
	/** The meeting: given, else the first day of the next month, for the editor to change. */
	meeting_date: string;
	/** Two-digit year of the meeting, for the case number (`/26`). */
	year2: string;
	/** The data's extract date (manifest `as_of`) when given, else the meeting date. */
	data_cutoff: string;
	/** `true` for an example report that may show data newer than its meeting, else `false`. */
	example: string;
}

/** What the editor may set instead of the defaults. */
export interface TemplateOptions {
	meetingDate?: string;
	dataCutoff?: string;
	example?: boolean;
}

/**
 * Returns the placeholder values for a report on `month` (YYYY-MM); throws on a bad month or date,
 * and on a data cut-off after the meeting of a report that is not an example.
 */
export function computeMonthlyTemplateValues(month: string, options: TemplateOptions = {}): MonthlyTemplateValues {
	if (!isMonth(month)) throw new Error(`--month must be a month written YYYY-MM, got "${month}"`);
	const meeting = options.meetingDate ?? `${addMonths(month, 1)}-01`;
	if (!isIsoDate(meeting)) throw new Error(`--meeting must be a date written YYYY-MM-DD, got "${meeting}"`);
	const cutoff = options.dataCutoff ?? meeting;
	if (cutoff > meeting && !options.example) {
		throw new Error(`the data (as_of ${cutoff}) is newer than the meeting (${meeting}): give the meeting date with --meeting YYYY-MM-DD, or --example for an example report`);
	}
	// An example keeps a cut-off no later than its meeting; the data being newer is what makes it one.
	return { month, month_long: formatMonthLong(month), meeting_date: meeting, year2: meeting.slice(2, 4), data_cutoff: cutoff > meeting ? meeting : cutoff, example: String(options.example ?? false) };
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
