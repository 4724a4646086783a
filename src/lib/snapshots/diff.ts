import type { KpiId } from '../kpi/definitions';
import type { KpiResults } from '../kpi/types';
import type { Month } from '../dates';
import { freezeFigure, shownValue, yearToDateFigure, yearToDateThrough } from './figures';
import type { FrozenFigure, FrozenMeasure, Snapshot } from './schema';

/**
 * Why a figure reads differently today, as far as the data says: `final` a readmission share that
 * was provisional then and is final now; `late-rows` the months with data or the completeness of
 * the period changed (rows came in late); `hidden` the public edition hides it now; `revised` the
 * counts of the same rows changed.
 */
export type ChangeReason = 'final' | 'late-rows' | 'hidden' | 'revised';

/** A figure of a frozen pack that reads differently today. */
export interface FigureChange {
	kpi: KpiId;
	area: string;
	period: string;
	/** For a year to date, its last month (`2026-10`); `null` for a month. */
	through: Month | null;
	then: FrozenFigure;
	/** Today's figure for the same months (public edition); `null` when there is no record for it any more. */
	now: FrozenFigure | null;
	reason: ChangeReason;
}

/** A measure whose status (or done-ness) differs from the frozen pack's. */
export interface MeasureChange {
	id: string;
	text: string;
	/** `null` for a measure added to the plan since. */
	then: FrozenMeasure | null;
	/** `null` for a measure no longer in the plan. */
	now: FrozenMeasure | null;
}

/** What differs between a frozen pack and today. */
export interface SnapshotDiff {
	figures: FigureChange[];
	measures: MeasureChange[];
	/** Figures the pack showed as hidden: there is no public value to compare. */
	notCompared: number;
}

/** Today's numbers and plan, as the public edition shows them. */
export interface SnapshotNow {
	kpis: Pick<KpiResults, 'get' | 'months' | 'latestMonth'>;
	/** Every measure of today's plan ({@link freezeMeasures}); empty without a plan. */
	measures: FrozenMeasure[];
	/** Today's data cut-off (manifest `as_of`). */
	asOf: string;
}

/**
 * Returns every figure of the snapshot whose value for the same KPI, area and months reads
 * differently today ({@link shownValue}: at the precision the pack printed), in the snapshot's
 * order, with its {@link ChangeReason}; and every measure whose status or done-ness changed,
 * in today's plan order, then measures gone from the plan. A year to date is compared over the
 * months it covered then (to the snapshot's latest month), recomputed from today's months when
 * today's year runs further. A figure hidden then is not compared.
 */
export function diffSnapshot(
	snapshot: Pick<Snapshot, 'kpis' | 'measures' | 'latest_month'>,
	now: Pick<SnapshotNow, 'kpis' | 'measures'>,
): SnapshotDiff {
	const figures: FigureChange[] = [];
	let notCompared = 0;
	for (const then of snapshot.kpis) {
		if (then.hidden) {
			notCompared++;
			continue;
		}
		const through = /^\d{4}$/.test(then.period)
			? yearToDateThrough(then.period, snapshot.latest_month)
			: null;
		const today = figureToday(then, through, now.kpis);
		if (readsAs(then) === (today ? readsAs(today) : shownValue(then.kpi, null))) continue;
		figures.push({
			kpi: then.kpi,
			area: then.area,
			period: then.period,
			through,
			then,
			now: today,
			reason: reasonFor(then, today),
		});
	}
	return { figures, measures: diffMeasures(snapshot.measures, now.measures), notCompared };
}

/** Returns true for a measure status that is a deviation (avvik): red or yellow. */
export function isDeviation(m: FrozenMeasure | null | undefined): boolean {
	return m?.status === 'red' || m?.status === 'yellow';
}

// Today's record when it covers the same months; a running year that has grown is cut back to them.
function figureToday(
	then: FrozenFigure,
	through: Month | null,
	kpis: SnapshotNow['kpis'],
): FrozenFigure | null {
	const record = kpis.get(then.kpi, then.area, then.period);
	if (through === null || yearToDateThrough(then.period, kpis.latestMonth) === through)
		return record ? freezeFigure(record) : null;
	return yearToDateFigure(kpis, then.kpi, then.area, then.period, through);
}

function readsAs(f: FrozenFigure): string {
	return f.hidden ? 'hidden' : shownValue(f.kpi, f.value);
}

function reasonFor(then: FrozenFigure, now: FrozenFigure | null): ChangeReason {
	if (now?.hidden) return 'hidden';
	if (now && then.provisional && !now.provisional) return 'final';
	if (now && (then.months_with_data !== now.months_with_data || then.complete !== now.complete))
		return 'late-rows';
	return 'revised';
}

function diffMeasures(then: FrozenMeasure[], now: FrozenMeasure[]): MeasureChange[] {
	const before = new Map(then.map((m) => [m.id, m]));
	const ids = new Set(now.map((m) => m.id));
	const changed = now
		.filter((m) => {
			const old = before.get(m.id);
			return !old || old.status !== m.status || old.done !== m.done;
		})
		.map((m) => ({ id: m.id, text: m.text, then: before.get(m.id) ?? null, now: m }));
	const gone = then
		.filter((m) => !ids.has(m.id))
		.map((m) => ({ id: m.id, text: m.text, then: m, now: null }));
	return [...changed, ...gone];
}
