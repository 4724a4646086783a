import { yearOf, type Month } from '../dates';
import { headlineArea } from '../kpi/present';
import type { KpiId } from '../kpi/definitions';
import type { Targets } from '../targets';
import {
	diffSnapshot,
	isDeviation,
	type FigureChange,
	type MeasureChange,
	type SnapshotDiff,
	type SnapshotNow,
} from './diff';
import { freezeFigure } from './figures';
import type { FrozenFigure, FrozenMeasure, Snapshot } from './schema';

/** One KPI's headline figures at the last meeting and in this pack. */
export interface KpiChange {
	kpi: KpiId;
	/** The headline area (the KPI's target area, else `all`). */
	area: string;
	then: { period: Month; month: FrozenFigure | null; ytd: FrozenFigure | null };
	now: { period: Month; month: FrozenFigure | null; ytd: FrozenFigure | null };
}

/** What a pack's "Siden forrige møte" section says; `previous: null` for a pack with no earlier frozen pack. */
export type SinceLastMeeting =
	| { previous: null }
	| {
			previous: Snapshot;
			/** Months with data now that came after the previous pack's latest month. */
			newMonths: Month[];
			/** Today's data cut-off (manifest `as_of`). */
			asOf: string;
			kpis: KpiChange[];
			/** The previous pack's figures that read differently today, and measures whose status changed. */
			diff: SnapshotDiff;
			/** Measures red or yellow now that were not then (or are new in the plan). */
			opened: FrozenMeasure[];
			/** Measures red or yellow then that are not now (or have left the plan). */
			closed: MeasureChange[];
	  };

/**
 * Returns what changed between the latest frozen pack whose meeting came before this report's
 * meeting (ties: the last slug) and today: the months with data since its latest month, each of
 * `kpiIds` at its headline area (its reporting month and year to date then, this report's now),
 * its figures that read differently today ({@link diffSnapshot}), and the deviations (red or
 * yellow measures) opened and closed since. `{ previous: null }` when no frozen pack came before.
 */
export function computeSinceLastMeeting(
	report: { slug: string; meeting_date: string; period: Month },
	snapshots: readonly Snapshot[],
	now: SnapshotNow,
	{ kpiIds, targets }: { kpiIds: readonly KpiId[]; targets: Targets },
): SinceLastMeeting {
	const previous = latestBefore(report, snapshots);
	if (!previous) return { previous: null };
	const diff = diffSnapshot(previous, now);
	const before = new Map(previous.measures.map((m) => [m.id, m]));
	const today = new Map(now.measures.map((m) => [m.id, m]));
	return {
		previous,
		newMonths: now.kpis.months.filter((m) => m > previous.latest_month),
		asOf: now.asOf,
		kpis: kpiIds.map((kpi) =>
			kpiChange(kpi, headlineArea(targets, kpi), previous, report.period, now),
		),
		diff,
		opened: now.measures.filter((m) => isDeviation(m) && !isDeviation(before.get(m.id))),
		closed: previous.measures
			.filter((m) => isDeviation(m) && !isDeviation(today.get(m.id)))
			.map((m) => ({ id: m.id, text: m.text, then: m, now: today.get(m.id) ?? null })),
	};
}

function latestBefore(
	report: { slug: string; meeting_date: string },
	snapshots: readonly Snapshot[],
): Snapshot | null {
	const earlier = snapshots.filter(
		(s) => s.meeting_date < report.meeting_date && s.slug !== report.slug,
	);
	earlier.sort(
		(a, b) => a.meeting_date.localeCompare(b.meeting_date) || a.slug.localeCompare(b.slug),
	);
	return earlier.at(-1) ?? null;
}

function kpiChange(
	kpi: KpiId,
	area: string,
	previous: Snapshot,
	period: Month,
	now: SnapshotNow,
): KpiChange {
	const frozen = (p: string) =>
		previous.kpis.find((f) => f.kpi === kpi && f.area === area && f.period === p) ?? null;
	const current = (p: string) => {
		const record = now.kpis.get(kpi, area, p);
		return record ? freezeFigure(record) : null;
	};
	return {
		kpi,
		area,
		then: {
			period: previous.period,
			month: frozen(previous.period),
			ytd: frozen(yearOf(previous.period)),
		},
		now: { period, month: current(period), ytd: current(yearOf(period)) },
	};
}

/** The revised figures a pack prints, at most {@link MAX_PRINTED_CHANGES}: the rest are on the archive page. */
export const MAX_PRINTED_CHANGES = 12;

/**
 * Returns the revised figures a pack prints: all of them when there are at most `max`, else the
 * `max` latest by the last month they cover (a year to date counts as its last month; a board reads
 * the recent months, and a long list of old ones says only that much was revised), in their order
 * otherwise, with how many are left to the archive page.
 */
export function printedChanges(
	changes: readonly FigureChange[],
	max: number = MAX_PRINTED_CHANGES,
): { shown: FigureChange[]; left: number } {
	if (changes.length <= max) return { shown: [...changes], left: 0 };
	const latest = new Set(
		[...changes].sort((a, b) => lastMonth(b).localeCompare(lastMonth(a))).slice(0, max),
	);
	return { shown: changes.filter((c) => latest.has(c)), left: changes.length - max };
}

/** The last month a figure covers: a month itself, a year to date its last month, a full year its December. */
function lastMonth(c: FigureChange): string {
	return c.through ?? (c.period.length === 4 ? `${c.period}-12` : c.period);
}
