import { addDays } from '../dates';
import type { Period } from './parse-period';

/** When a measure runs, after dependencies are resolved. Dates are ISO, both ends inclusive. */
export interface Schedule {
	kind: Period['kind'];
	/** `null` for a deadline (no start given) and for unscheduled measures. */
	start: string | null;
	/** `null` only for unscheduled measures (also those waiting for an unscheduled one). */
	end: string | null;
	/** The measures this one waits for (`Avhengig av`). */
	after: string[];
}

/** What {@link resolveSchedules} needs of a measure. */
export interface ScheduleInput {
	id: string;
	period: Period;
	durationDays: number;
}

/** A problem with one measure's dependencies. */
export interface ScheduleProblem {
	id: string;
	message: string;
}

/**
 * Returns each measure's schedule: an `Avhengig av` measure starts on the day the last of its
 * dependencies ends ("starts when 1.1 ends") and ends `durationDays` days later; it stays unscheduled while a dependency is.
 * Unknown and circular dependencies are problems (each cycle once, at its first measure in input
 * order); the measures involved get no dates.
 */
export function resolveSchedules(inputs: ScheduleInput[]): {
	schedules: Map<string, Schedule>;
	problems: ScheduleProblem[];
} {
	const byId = new Map<string, ScheduleInput>();
	for (const m of inputs) if (!byId.has(m.id)) byId.set(m.id, m); // a duplicate id is reported elsewhere; the first one counts
	const schedules = new Map<string, Schedule>();
	const problems: ScheduleProblem[] = [];
	const visiting: string[] = [];
	const reportedCycles = new Set<string>();

	const resolve = (m: ScheduleInput): Schedule => {
		const known = schedules.get(m.id);
		if (known) return known;
		const p = m.period;
		if (p.kind !== 'after')
			return remember(m.id, {
				kind: p.kind,
				start: p.kind === 'range' ? p.start : null,
				end: p.kind === 'unscheduled' ? null : p.end,
				after: [],
			});
		const unresolved: Schedule = { kind: 'after', start: null, end: null, after: p.after };
		const cycleAt = visiting.indexOf(m.id);
		if (cycleAt >= 0) {
			reportCycle([...visiting.slice(cycleAt), m.id]);
			return unresolved; // not remembered: the measures on the cycle are settled by their own frames
		}
		visiting.push(m.id);
		const ends: (string | null)[] = [];
		for (const id of p.after) {
			const dep = byId.get(id);
			if (!dep)
				problems.push({
					id: m.id,
					message: `depends on "${id}", which is not a measure in the plan`,
				});
			ends.push(dep ? resolve(dep).end : null);
		}
		visiting.pop();
		if (ends.some((e) => e === null)) return remember(m.id, unresolved);
		const start = ends.reduce((a, b) => (a! > b! ? a : b))!;
		return remember(m.id, {
			kind: 'after',
			start,
			end: addDays(start, m.durationDays),
			after: p.after,
		});
	};
	const remember = (id: string, s: Schedule) => (schedules.set(id, s), s);
	const reportCycle = (path: string[]) => {
		const key = [...path.slice(1)].sort().join(' ');
		if (reportedCycles.has(key)) return;
		reportedCycles.add(key);
		problems.push({ id: path[0], message: `circular dependency: ${path.join(' → ')}` });
	};

	for (const m of inputs) resolve(m);
	return { schedules, problems };
}
