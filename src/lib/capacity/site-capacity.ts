import { ALL } from '../areas';
import {
	calibrateProject,
	type AreaCalibration,
	type CalibrateProjectInput,
	type ProjectCalibration,
} from './calibrate-project';
import { computeCapacityCurve, computeCurveRange, type CapacityCurve } from './curve';
import type { QueueSystem } from './erlang';
import { computeScenarios, type Scenario } from './scenarios';
import type { CapacitySettings } from './settings';
import type { SimulationSettings } from './simulate';
import type { WhatIfArea } from './what-if';

// What the capacity page and the meeting pack's «Kapasitet og kø» show, computed once per build:
// the calibration of every area the edition may show, and for the helsefellesskap the prepared
// scenarios and the curve of UKP days against places with its simulated band.

/** Runs per point of the band at build time: the band is for reading, and each run costs time. */
export const BAND_RUNS = 10;

/** The capacity model as one edition may show it. */
export interface SiteCapacity {
	calibration: ProjectCalibration;
	/** Returns the helsefellesskap's calibrated queue and its prepared scenarios; empty when it has no model. */
	scenarios: Scenario[];
	/**
	 * Returns the helsefellesskap's curve with the band; `null` when it has no model. Simulated on
	 * first read and kept: only the capacity page and its CSV pay for the band, not every page.
	 */
	readonly curve: CapacityCurve | null;
	/** The settings the figures were made with (demography and its source, the simulation). */
	settings: CapacitySettings;
}

/**
 * Returns the capacity figures of a build: {@link calibrateProject} over the input, and, when the
 * helsefellesskap has a model, its scenarios against the 1 767-day target (the `ukp_days` target)
 * and its curve with a band of {@link BAND_RUNS} runs (or fewer, as `settings.simulation.runs`
 * says) per point, simulated when first read. `null` when nothing can be calibrated.
 */
export function computeSiteCapacity(input: CalibrateProjectInput): SiteCapacity | null {
	const calibration = calibrateProject(input);
	if (!calibration) return null;
	const all = calibration.areas.find((a) => a.area.id === ALL);
	const today = all ? todaySystem(all) : null;
	if (!all || !today || !all.target)
		return { calibration, scenarios: [], curve: null, settings: input.settings };
	const scenarios = computeScenarios(today, input.settings, all.target.days);
	const range = computeCurveRange(
		today.places,
		all.placesNeeded?.places ?? null,
		today.arrivalsPerDay * today.meanStayDays,
	);
	let curve: CapacityCurve | undefined;
	return {
		calibration,
		scenarios,
		get curve() {
			curve ??= computeCapacityCurve(today, {
				...range,
				simulation: bandSimulation(input.settings),
			});
			return curve;
		},
		settings: input.settings,
	};
}

/** Returns the queue system an area is calibrated to, or `null` when an input is missing. */
export function todaySystem(area: AreaCalibration): QueueSystem | null {
	const { arrivals, stay, places } = area.calibration;
	if (stay.meanDays === null || places.places === null) return null;
	return { arrivalsPerDay: arrivals.perDay, meanStayDays: stay.meanDays, places: places.places };
}

/** Returns the what-if's starting point for every area of the calibration that has a model, in its order. */
export function computeWhatIfAreas(calibration: ProjectCalibration): WhatIfArea[] {
	return calibration.areas.flatMap((a) => {
		const system = todaySystem(a);
		if (!system) return [];
		return [{ id: a.area.id, name: a.area.name, system, targetDays: a.target?.days ?? null }];
	});
}

function bandSimulation({ simulation }: CapacitySettings): SimulationSettings {
	return {
		runs: Math.min(simulation.runs, BAND_RUNS),
		years: simulation.years,
		warmupDays: simulation.warmup_days,
		seed: simulation.seed,
		stay: { kind: 'lognormal', cv: simulation.stay_cv.value },
	};
}
