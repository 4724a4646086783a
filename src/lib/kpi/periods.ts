import { monthEnd, monthFromIndex, yearOf, type Month } from '../dates';
import type { PeriodType } from './types';

/** A period as positions in the data's month range: `start` to `end`, both included. */
export interface Period {
	period: string;
	periodType: PeriodType;
	start: number;
	end: number;
	lastMonth: Month;
	/** The first instant after the period, as UTC milliseconds. */
	endsAt: number;
}

/**
 * Returns every month, every calendar year (cut to the data's range) and every rolling 12 months
 * that lies wholly inside the range, as positions from the first month (index `firstMonth`).
 */
export function listPeriods(firstMonth: number, count: number): Period[] {
	const make = (period: string, periodType: PeriodType, start: number, end: number): Period => {
		const lastMonth = monthFromIndex(firstMonth + end);
		return { period, periodType, start, end, lastMonth, endsAt: monthEnd(lastMonth) };
	};
	const periods: Period[] = [];
	for (let m = 0; m < count; m++) periods.push(make(monthFromIndex(firstMonth + m), 'month', m, m));
	for (let m = 0; m < count;) {
		const year = yearOf(monthFromIndex(firstMonth + m));
		let end = m;
		while (end + 1 < count && yearOf(monthFromIndex(firstMonth + end + 1)) === year) end++;
		periods.push(make(year, 'year', m, end));
		m = end + 1;
	}
	for (let end = 11; end < count; end++) {
		periods.push(
			make(
				`${monthFromIndex(firstMonth + end - 11)}/${monthFromIndex(firstMonth + end)}`,
				'rolling12',
				end - 11,
				end,
			),
		);
	}
	return periods;
}
