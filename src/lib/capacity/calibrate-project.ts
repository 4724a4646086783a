import { ALL, type Area, type AreaModel } from '../areas';
import type { Month } from '../dates';
import { KPI_DEFINITIONS } from '../kpi/definitions';
import type { KpiId, KpiResults } from '../kpi/types';
import { groupId, type DataRollup } from '../rollup';
import type { Targets } from '../targets';
import { calibrateCapacity, type Calibration } from './calibrate';
import { computePlacesNeeded, type PlacesNeeded } from './places-needed';
import type { CapacitySettings } from './settings';

// The capacity model calibrated on the project's own numbers: the helsefellesskap and each cluster
// over the latest 12 months of the rollup. The short-term units are not per cluster (Øya helsehus
// takes patients from several), so every area gets the helsefellesskap's mean short-term stay.

/** How many months a calibration covers: the latest 12 (fewer when the data hold fewer). */
export const CALIBRATION_MONTHS = 12;

/** The KPIs whose sums a calibration shows for an area: a public edition must show each of them. */
export const CALIBRATION_KPIS: readonly KpiId[] = [
	'ukp_days',
	'direct_home_share',
	'zero_day_share',
	'mean_ukp_days',
];

/** Where the target of "places needed" for an area comes from. */
export type TargetBasis = 'target' | 'area_target' | 'share_of_target';

/** One area's calibration, with what the data say about waiting and the places the target needs. */
export interface AreaCalibration {
	area: Pick<Area, 'id' | 'kind' | 'name' | 'label'>;
	calibration: Calibration;
	/** False when a month of the window lacks rows from some of the area's municipalities (the sums are then partial). */
	complete: boolean;
	/** Returns Σ ukp_stays and Σ stays with at least one UKP day (same rows), their share, and UKP days per such stay. */
	waits: {
		stays: number;
		staysWithDays: number;
		share: number | null;
		daysPerStayWithDays: number | null;
	};
	/** Returns the UKP days a year the area should get under (days), and where that figure comes from. */
	target: { days: number; basis: TargetBasis } | null;
	/** Returns the fewest places that bring the expected UKP days under the target; `null` without a model or target. */
	placesNeeded: PlacesNeeded | null;
}

/** The calibration of every area an edition may show. */
export interface ProjectCalibration {
	period: { from: Month; to: Month; months: number };
	/** Returns the short-term sums every area's mean stay comes from (all units, the same months). */
	shortTerm: { units: string[]; bedDays: number; staysEnded: number };
	/** The helsefellesskap first, then the clusters by name: only those `shown` lets through. */
	areas: AreaCalibration[];
	/** Returns the names of clusters left out because their sums are hidden in this edition. */
	withheld: string[];
}

export interface CalibrateProjectInput {
	rollup: DataRollup;
	areas: AreaModel;
	targets: Targets;
	settings: CapacitySettings;
	/** What an edition may show over the window; everything when absent (partners). */
	shown?: WindowShown;
}

/** Whether an edition may show sums over the months `from` to `to` (both included). */
export interface WindowShown {
	/** Returns true when the area's UKP sums may show. */
	area(area: string, from: Month, to: Month): boolean;
	/** Returns true when the short-term sums of all units together may show. */
	shortTerm(from: Month, to: Month): boolean;
}

const SHOW_ALL: WindowShown = { area: () => true, shortTerm: () => true };

/**
 * Returns the calibration of the helsefellesskap and each cluster over the latest 12 months of the
 * rollup: arrivals from the `direct_home_share` group (Σ ukp_stays − Σ discharged_home over the
 * same rows), observed UKP days from the `ukp_days` group, the mean stay from every short-term unit
 * (Σ bed_days ÷ Σ stays_ended over the same months, the same for every area), places given in
 * `settings.places` or estimated. A cluster whose sums `shown` refuses is left out and named in
 * `withheld`; `null` when the rollup has no months or the helsefellesskap's or the short-term sums
 * are refused.
 */
export function calibrateProject({
	rollup,
	areas,
	targets,
	settings,
	shown = SHOW_ALL,
}: CalibrateProjectInput): ProjectCalibration | null {
	const { ukp, shortTerm } = rollup;
	if (ukp.months.length === 0) return null;
	// Step 1: the window and the short-term sums every area shares.
	const to = ukp.months.length - 1;
	const from = Math.max(0, to - CALIBRATION_MONTHS + 1);
	const period = { from: ukp.months[from], to: ukp.months[to], months: to - from + 1 };
	if (!shown.shortTerm(period.from, period.to) || !shown.area(ALL, period.from, period.to))
		return null;
	const st = groupId(KPI_DEFINITIONS.short_term_los.needs);
	const shortTermSums = {
		units: areas.units.map((u) => u.name),
		bedDays: shortTerm.sum(st, 'bed_days', ALL, from, to),
		staysEnded: shortTerm.sum(st, 'stays_ended', ALL, from, to),
	};
	// Step 2: each area the edition may show.
	const candidates = [areas.all, ...areas.clusters];
	const kept = candidates.filter((a) => shown.area(a.id, period.from, period.to));
	const calibrated = kept.map((area) =>
		calibrateArea(area, { rollup, from, to, period, shortTerm: shortTermSums, settings }),
	);
	// Step 3: the target each area is measured against, then the places it needs.
	const all = calibrated[0];
	const result = calibrated.map((c) => withTarget(c, targets, all));
	return {
		period,
		shortTerm: shortTermSums,
		areas: result,
		withheld: candidates.filter((a) => !kept.includes(a)).map((a) => a.name),
	};
}

/**
 * Returns what a public edition's KPIs let a calibration show: an area's sums when its rolling-12
 * record of every {@link CALIBRATION_KPIS} is shown, or, for an area without rolling records (the
 * clusters), when every month's record in the window is; the short-term sums when `short_term_los`
 * of all units is, the same way. A 12-month sum of shown months gives nothing away that the months
 * do not.
 */
export function shownInKpis(kpis: KpiResults): WindowShown {
	const shownOver = (kpi: KpiId, area: string, from: Month, to: Month) => {
		const rolling = kpis.get(kpi, area, `${from}/${to}`);
		if (rolling) return !rolling.suppressed;
		return kpis
			.series(kpi, area, 'month')
			.every((r) => r.period < from || r.period > to || !r.suppressed);
	};
	return {
		area: (area, from, to) => CALIBRATION_KPIS.every((kpi) => shownOver(kpi, area, from, to)),
		shortTerm: (from, to) => shownOver('short_term_los', ALL, from, to),
	};
}

interface Window {
	rollup: DataRollup;
	from: number;
	to: number;
	period: ProjectCalibration['period'];
	shortTerm: ProjectCalibration['shortTerm'];
	settings: CapacitySettings;
}

type Calibrated = Omit<AreaCalibration, 'target' | 'placesNeeded'>;

function calibrateArea(
	area: Area,
	{ rollup, from, to, period, shortTerm, settings }: Window,
): Calibrated {
	const sum = (needs: readonly string[], column: string) =>
		rollup.ukp.sum(groupId(needs), column, area.id, from, to);
	const home = KPI_DEFINITIONS.direct_home_share.needs;
	const zero = KPI_DEFINITIONS.zero_day_share.needs;
	const mean = KPI_DEFINITIONS.mean_ukp_days.needs;
	const calibration = calibrateCapacity({
		period: { from: period.from, to: period.to },
		ukp: {
			stays: sum(home, 'ukp_stays'),
			dischargedHome: sum(home, 'discharged_home'),
			days: sum(KPI_DEFINITIONS.ukp_days.needs, 'ukp_days'),
		},
		shortTerm: { bedDays: shortTerm.bedDays, staysEnded: shortTerm.staysEnded },
		places: settings.places[area.id] ?? null,
	});
	const stays = sum(zero, 'ukp_stays');
	const staysWithDays = stays - sum(zero, 'ukp_stays_zero_days');
	const withDaysForMean = sum(mean, 'ukp_stays') - sum(mean, 'ukp_stays_zero_days');
	const waits = {
		stays,
		staysWithDays,
		share: stays > 0 ? staysWithDays / stays : null,
		daysPerStayWithDays: withDaysForMean > 0 ? sum(mean, 'ukp_days') / withDaysForMean : null,
	};
	const groups = [home, zero, mean, KPI_DEFINITIONS.ukp_days.needs].map((needs) => groupId(needs));
	const complete = groups.every(
		(g) => rollup.ukp.monthsWithFewerRows(g, area.id, from, to, area.members.length) === 0,
	);
	return {
		area: { id: area.id, kind: area.kind, name: area.name, label: area.label },
		calibration,
		complete,
		waits,
	};
}

/**
 * Returns the area with its target and places needed. The count target is for the helsefellesskap;
 * a cluster takes its own `area_targets` figure, else the same share of its observed UKP days as
 * the target is of the helsefellesskap's (our assumption: an area's part of the target is its part of the UKP days).
 */
function withTarget(c: Calibrated, targets: Targets, all: Calibrated): AreaCalibration {
	const spec = targets.kpis.ukp_days;
	const own = spec.area_targets?.[c.area.id];
	const allObserved = all.calibration.observed.ukpDaysPerYear;
	const target =
		c.area.id === (spec.target_area ?? ALL)
			? { days: spec.target, basis: 'target' as const }
			: own !== undefined
				? { days: own, basis: 'area_target' as const }
				: allObserved > 0
					? {
							days: (spec.target * c.calibration.observed.ukpDaysPerYear) / allObserved,
							basis: 'share_of_target' as const,
						}
					: null;
	const demand =
		c.calibration.stay.meanDays === null
			? null
			: {
					arrivalsPerDay: c.calibration.arrivals.perDay,
					meanStayDays: c.calibration.stay.meanDays,
				};
	const placesNeeded = demand && target ? computePlacesNeeded(demand, target.days) : null;
	return { ...c, target, placesNeeded };
}
