import type { Level } from '../kpi/progress';
import { daysBetween } from '../dates';
import type { Schedule } from './resolve-schedule';
import { DEFAULT_REPORT_MAX_AGE_DAYS, STARTING_SOON_DAYS } from './schema';

/** What the software can see about a measure besides its owner's status (DOMAIN.md). */
export interface MeasureFlags {
	/** Forfalt: the end date has passed (it is after the end day) and the measure is not done. */
	overdue: boolean;
	/** Not done, and no status, no status date, or a status date more than `maxAgeDays` before today. */
	notReported: boolean;
	/** Starts after today and at most {@link STARTING_SOON_DAYS} days from today. */
	startingSoon: boolean;
}

/** What {@link computeFlags} needs of a measure. */
export interface FlagInput {
	schedule: Schedule;
	done: boolean;
	status?: Level;
	status_date?: string;
}

/**
 * Returns the derived flags of one measure on `today` (ISO date). A deadline is met on its own day:
 * overdue starts the day after. A status exactly `maxAgeDays` old still counts as reported.
 */
export function computeFlags(
	m: FlagInput,
	today: string,
	maxAgeDays = DEFAULT_REPORT_MAX_AGE_DAYS,
): MeasureFlags {
	const { start, end } = m.schedule;
	const overdue = !m.done && end !== null && end < today;
	const stale =
		m.status === undefined ||
		m.status_date === undefined ||
		daysBetween(m.status_date, today) > maxAgeDays;
	const toStart = start === null ? null : daysBetween(today, start);
	return {
		overdue,
		notReported: !m.done && stale,
		startingSoon: !m.done && toStart !== null && toStart > 0 && toStart <= STARTING_SOON_DAYS,
	};
}

/** Counts of a set of measures, by owner's level and by derived flag. */
export interface PlanCounts {
	total: number;
	green: number;
	yellow: number;
	red: number;
	/** No status reported. */
	none: number;
	done: number;
	overdue: number;
	notReported: number;
	startingSoon: number;
	/** Measures with no dates (listed beside the Gantt, not drawn). */
	unscheduled: number;
}

/** Returns how many measures have each level and each flag; a measure may count under several flags. */
export function computeCounts(measures: (FlagInput & { flags: MeasureFlags })[]): PlanCounts {
	const counts: PlanCounts = {
		total: 0,
		green: 0,
		yellow: 0,
		red: 0,
		none: 0,
		done: 0,
		overdue: 0,
		notReported: 0,
		startingSoon: 0,
		unscheduled: 0,
	};
	for (const m of measures) {
		counts.total++;
		counts[m.status ?? 'none']++;
		if (m.done) counts.done++;
		if (m.flags.overdue) counts.overdue++;
		if (m.flags.notReported) counts.notReported++;
		if (m.flags.startingSoon) counts.startingSoon++;
		if (m.schedule.end === null) counts.unscheduled++;
	}
	return counts;
}
