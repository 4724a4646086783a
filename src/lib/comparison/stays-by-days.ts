import {
	CountCell,
	INVALID,
	MonthCell,
	MunicipalityCodeCell,
	RequiredCountCell,
	type CellRule,
} from '../cells';
import { DATA_FILES } from '../dataset';
import type { DataIssue } from '../issues';
import { parseRows, type Lined, type RowSpec } from '../parse-rows';
import type { StaysByDays } from './payment-models';

/** The optional file of UKP stays by number of UKP days, relative to the data folder. */
export const STAYS_BY_DAYS_FILE = 'ukp_stays_by_days.csv';

/**
 * Columns of `ukp_stays_by_days.csv`, long format: one row per municipality, month and number of
 * days with stays. `days` is `0`…`30` or `31+`; `day_sum` (Σ UKP days of the row's stays) is
 * required for `31+` and optional otherwise (then it must be days × stays). A (month,
 * municipality) with at least one row is complete: a number of days without a row had 0 stays.
 */
export const STAYS_BY_DAYS_COLUMNS = ['month', 'municipality', 'days', 'stays', 'day_sum'] as const;

export const OVER_30 = '31+';

const DaysCell: CellRule<string> = {
	parse: (s) => (s === OVER_30 || (/^\d+$/.test(s) && Number(s) <= 30) ? s : INVALID),
	rule: 'must be a whole number 0–30, or 31+',
};

/** One row: stays of a municipality and month with a given number of UKP days. */
export interface StaysByDaysRow {
	month: string;
	municipality: string;
	days: string;
	stays: number;
	daySum: number | null;
}

export const StaysByDaysRowSpec: RowSpec<
	{ month: string; municipality: string; days: string; stays: number; day_sum: number | null },
	StaysByDaysRow
> = {
	cells: {
		month: MonthCell,
		municipality: MunicipalityCodeCell,
		days: DaysCell,
		stays: RequiredCountCell,
		day_sum: CountCell,
	},
	toRow: (r) => ({
		month: r.month,
		municipality: r.municipality,
		days: r.days,
		stays: r.stays,
		daySum: r.day_sum,
	}),
};

/** The counts of `ukp_monthly.csv` the file must agree with. */
export interface MonthlyTotals {
	line: number;
	ukpStays: number | null;
	ukpStaysZeroDays: number | null;
	ukpDays: number | null;
}

export interface ParsedStaysByDays {
	/** Key `month|municipality`. Empty when there are issues. */
	stays: Map<string, StaysByDays>;
	issues: DataIssue[];
}

/**
 * Returns the stays by days per month and municipality, or issues (`FILE:LINE: COLUMN: message`)
 * for bad cells, repeated rows, unknown municipalities, a day sum that does not fit, and groups
 * whose totals differ from `ukp_monthly.csv`: Σ stays = ukp_stays, stays at 0 days =
 * ukp_stays_zero_days, Σ day sums = ukp_days (checked where the monthly cell is present).
 */
export function parseStaysByDays(
	text: string,
	file: string,
	monthly: ReadonlyMap<string, MonthlyTotals>,
	monthlyFile: string,
	municipalities: ReadonlySet<string>,
): ParsedStaysByDays {
	const parsed = parseRows(text, file, StaysByDaysRowSpec);
	// The contract keeps both files in the data folder; name it by the path this file was given.
	const municipalitiesFile = file.replace(/[^/\\]*$/, '') + DATA_FILES.municipalities;
	const issues = [...parsed.issues];
	const groups = new Map<string, Lined<StaysByDaysRow>[]>();
	const seen = new Map<string, number>();
	for (const row of parsed.rows) {
		const at = (column: string, message: string) =>
			issues.push({ file, line: row.line, column, message });
		if (!municipalities.has(row.municipality))
			at('municipality', `"${row.municipality}" is not in ${municipalitiesFile}`);
		const key = `${row.month}|${row.municipality}|${row.days}`;
		const first = seen.get(key);
		if (first !== undefined)
			at(
				'-',
				`month ${row.month}, municipality ${row.municipality} and days ${row.days} appear twice (first on line ${first})`,
			);
		seen.set(key, first ?? row.line);
		if (row.days === OVER_30 && row.daySum === null)
			at('day_sum', "is empty; required for the 31+ row (the sum of its stays' UKP days)");
		if (row.days === OVER_30 && row.daySum !== null && row.daySum < 31 * row.stays)
			at('day_sum', `"${row.daySum}" must be ≥ 31 × stays (${31 * row.stays})`);
		if (row.days !== OVER_30 && row.daySum !== null && row.daySum !== Number(row.days) * row.stays)
			at('day_sum', `"${row.daySum}" must be days × stays (${Number(row.days) * row.stays})`);
		const group = `${row.month}|${row.municipality}`;
		if (!groups.has(group)) groups.set(group, []);
		groups.get(group)!.push(row);
	}
	const stays = new Map<string, StaysByDays>();
	for (const [key, rows] of groups) {
		const value = toStaysByDays(rows);
		stays.set(key, value);
		if (parsed.issues.length > 0) continue; // a group missing a bad row would not add up: a false second error
		issues.push(...checkAgainstMonthly(key, rows, value, monthly.get(key), file, monthlyFile));
	}
	return { stays: issues.length > 0 ? new Map() : stays, issues };
}

function toStaysByDays(rows: StaysByDaysRow[]): StaysByDays {
	const out: StaysByDays = { exact: Array(31).fill(0), over30Stays: 0, over30DaySum: 0 };
	for (const r of rows) {
		if (r.days === OVER_30) ((out.over30Stays += r.stays), (out.over30DaySum += r.daySum ?? 0));
		else out.exact[Number(r.days)] += r.stays;
	}
	return out;
}

function checkAgainstMonthly(
	key: string,
	rows: Lined<StaysByDaysRow>[],
	s: StaysByDays,
	totals: MonthlyTotals | undefined,
	file: string,
	monthlyFile: string,
): DataIssue[] {
	const [month, municipality] = key.split('|');
	const line = Math.min(...rows.map((r) => r.line));
	const where = `month ${month}, municipality ${municipality}`;
	if (!totals)
		return [{ file, line, column: '-', message: `${where} has no row in ${monthlyFile}` }];
	const issues: DataIssue[] = [];
	const staysSum = s.exact.reduce((a, b) => a + b, 0) + s.over30Stays;
	const daySum = s.exact.reduce((a, n, d) => a + n * d, 0) + s.over30DaySum;
	const differ = (column: string, what: string, ours: number, theirs: number | null) => {
		if (theirs !== null && ours !== theirs)
			issues.push({
				file,
				line,
				column,
				message: `${where}: ${what} is ${ours}, but ${monthlyFile}:${totals.line} says ${theirs}`,
			});
	};
	differ('stays', 'Σ stays', staysSum, totals.ukpStays);
	differ('stays', 'stays with 0 days', s.exact[0], totals.ukpStaysZeroDays);
	differ('day_sum', 'Σ UKP days', daySum, totals.ukpDays);
	return issues;
}
