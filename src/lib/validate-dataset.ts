import { areaPath, clusterId, slugify } from './areas';
import { monthIndex } from './dates';
import type { DataIssue } from './issues';
import type { Lined } from './parse-rows';
import type { Municipality, ShortTermRow, UkpRow } from './schema';

/**
 * The most days a stay that ended in a month may count: a year. UKP days and short-term bed-days
 * of stays that ended this month may reach back into earlier months, so the bound is per stay, not
 * the days of the month.
 */
export const MAX_DAYS_PER_STAY = 366;

/**
 * Returns issues for duplicate municipality codes in `municipalities.csv`, 80+ above 67+, and
 * clusters whose names give the same page address (`Fosen` and `fosen`).
 */
export function validateMunicipalities(rows: Lined<Municipality>[], file: string): DataIssue[] {
	const issues: DataIssue[] = [];
	const seen = new Map<string, number>();
	const slugs = new Map<string, { name: string; line: number }>();
	for (const row of rows) {
		const slug = slugify(row.cluster);
		const other = slugs.get(slug);
		if (other && other.name !== row.cluster && !slugs.has(`${slug}\n${row.cluster}`)) {
			slugs.set(`${slug}\n${row.cluster}`, other); // one message per spelling, not per municipality
			issues.push({
				file,
				line: row.line,
				column: 'cluster',
				message: `"${row.cluster}" and "${other.name}" (line ${other.line}) would share the page ${areaPath(clusterId(row.cluster))}; spell the cluster the same way`,
			});
		} else if (!other) slugs.set(slug, { name: row.cluster, line: row.line });
		const first = seen.get(row.code);
		if (first !== undefined) {
			issues.push({
				file,
				line: row.line,
				column: 'municipality',
				message: `"${row.code}" appears twice (first on line ${first})`,
			});
		} else seen.set(row.code, row.line);
		if (
			row.population67 !== null &&
			row.population80 !== null &&
			row.population80 > row.population67
		) {
			issues.push({
				file,
				line: row.line,
				column: 'population_80plus',
				message: `"${row.population80}" must be ≤ population_67plus (${row.population67})`,
			});
		}
	}
	return issues;
}

/**
 * Returns issues for the rules that span cells, rows or files in `ukp_monthly.csv`: the municipality
 * must be listed in `municipalities.csv` (skipped when `municipalities` is null), each (month, municipality) appears once, and the counts
 * must fit together (zero-day stays and stays home within stays, readmissions within their base,
 * at least one day per stay that is not zero-day, no days when every stay is zero-day).
 */
export function validateUkpRows(
	rows: Lined<UkpRow>[],
	file: string,
	municipalities: ReadonlySet<string> | null,
	municipalitiesFile: string,
): DataIssue[] {
	const issues: DataIssue[] = [];
	// A number per (month, municipality): string keys cost more than the rest of these rules together.
	const seen = new Map<number, number>();
	const at = (row: Lined<UkpRow>, column: string, message: string) =>
		issues.push({ file, line: row.line, column, message });
	for (const row of rows) {
		if (municipalities && !municipalities.has(row.municipality)) {
			at(row, 'municipality', `"${row.municipality}" is not in ${municipalitiesFile}`);
		}
		const key = monthIndex(row.month) * 10_000 + Number(row.municipality);
		const first = seen.get(key);
		if (first !== undefined) {
			at(
				row,
				'-',
				`month ${row.month} and municipality ${row.municipality} appear twice (first on line ${first})`,
			);
		} else seen.set(key, row.line);
		const { ukpStays: stays, ukpStaysZeroDays: zero, ukpDays: days, dischargedHome: home } = row;
		if (stays !== null && zero !== null && zero > stays)
			at(row, 'ukp_stays_zero_days', `"${zero}" must be ≤ ukp_stays (${stays})`);
		if (stays !== null && home !== null && home > stays)
			at(row, 'discharged_home', `"${home}" must be ≤ ukp_stays (${stays})`);
		if (
			row.readmissionBase !== null &&
			row.readmissions30d !== null &&
			row.readmissions30d > row.readmissionBase
		) {
			at(
				row,
				'readmissions_30d',
				`"${row.readmissions30d}" must be ≤ readmission_base (${row.readmissionBase})`,
			);
		}
		if (stays !== null && zero !== null && days !== null && zero <= stays) {
			const withDays = stays - zero;
			if (withDays === 0 && days > 0) {
				at(
					row,
					'ukp_days',
					`"${days}" must be 0 when every stay is zero-day (ukp_stays = ukp_stays_zero_days = ${stays})`,
				);
			} else if (days < withDays) {
				at(
					row,
					'ukp_days',
					`"${days}" must be ≥ ukp_stays − ukp_stays_zero_days (${withDays}): every stay that is not zero-day has at least one day`,
				);
			} else if (days > withDays * MAX_DAYS_PER_STAY) {
				at(
					row,
					'ukp_days',
					`"${days}" must be ≤ ${MAX_DAYS_PER_STAY} × (ukp_stays − ukp_stays_zero_days) = ${withDays * MAX_DAYS_PER_STAY}: no stay that ended this month waited more than a year`,
				);
			}
		}
	}
	return issues;
}

/** The months data may have: from the manifest's first month to the month of its `as_of` date. */
export interface MonthBounds {
	first: string;
	last: string;
}

/** Returns issues for months outside the bounds: before the first month the data may have, or after the extract date. */
export function validateMonths(
	rows: Lined<{ month: string }>[],
	file: string,
	bounds: MonthBounds,
): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const row of rows) {
		if (row.month < bounds.first)
			issues.push({
				file,
				line: row.line,
				column: 'month',
				message: `"${row.month}" is before ${bounds.first}, the first month the data may have (manifest first_month)`,
			});
		else if (row.month > bounds.last)
			issues.push({
				file,
				line: row.line,
				column: 'month',
				message: `"${row.month}" is after the extract date's month ${bounds.last} (manifest as_of)`,
			});
	}
	return issues;
}

/** Returns issues for repeated (month, unit) rows in `short_term_monthly.csv`, and bed-days beyond a year per stay. */
export function validateShortTermRows(rows: Lined<ShortTermRow>[], file: string): DataIssue[] {
	const issues: DataIssue[] = [];
	const seen = new Map<string, number>();
	for (const row of rows) {
		const key = `${row.month}|${row.unit}`;
		const first = seen.get(key);
		if (first !== undefined) {
			issues.push({
				file,
				line: row.line,
				column: '-',
				message: `month ${row.month} and unit ${row.unit} appear twice (first on line ${first})`,
			});
		} else seen.set(key, row.line);
		if (
			row.staysEnded !== null &&
			row.bedDays !== null &&
			row.bedDays > row.staysEnded * MAX_DAYS_PER_STAY
		) {
			issues.push({
				file,
				line: row.line,
				column: 'bed_days',
				message: `"${row.bedDays}" must be ≤ ${MAX_DAYS_PER_STAY} × stays_ended = ${row.staysEnded * MAX_DAYS_PER_STAY}: no stay that ended this month lasted more than a year`,
			});
		}
	}
	return issues;
}
