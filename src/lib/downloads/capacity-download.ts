import type { SiteCapacity } from '../capacity/site-capacity';
import { editionMeta, periodOfLabels, type DownloadContext } from './context';
import type { DownloadTable } from './table';
import { rowsFromRecords } from './table';

// The capacity model's downloads of /kapasitet/: the helsefellesskap's curve of UKP days a year
// against places, and its prepared scenarios. Model figures calibrated on sums the edition shows,
// so nothing in them is hidden. The columns are those the site publishes.

const PAGE = '/kapasitet/';
const KEYWORDS = ['kapasitet', 'kømodell', 'Erlang C', 'korttidsplasser'];
const SCENARIO_KINDS = {
	today: 'I dag',
	places: 'Plasser',
	stay: 'Liggetid',
	arrivals: 'Ankomster',
	demography: 'Demografi',
};

/** Returns the period the model is calibrated on, as the capacity page states it. */
function calibrationPeriod(capacity: SiteCapacity) {
	return periodOfLabels([capacity.calibration.period.from, capacity.calibration.period.to]);
}

/**
 * Returns `kapasitet/kurve`: per place count the expected UKP days a year (Erlang C; empty where
 * the queue is not stable) and, where simulated, the 10th, 50th and 90th percentile. No rows
 * without a model (`capacity` null or without a curve).
 */
export function computeCapacityCurveDownload(
	capacity: SiteCapacity | null,
	context: DownloadContext,
): DownloadTable {
	const curve = capacity?.curve ?? null;
	const band = new Map((curve?.band ?? []).map((b) => [b.places, b]));
	const records = (curve?.line ?? []).map((p) => ({
		area: 'all',
		places: p.places,
		ukp_days_per_year_erlang_c: p.ukpDaysPerYear,
		stable: p.ukpDaysPerYear !== null,
		ukp_days_per_year_p10: band.get(p.places)?.p10 ?? null,
		ukp_days_per_year_p50: band.get(p.places)?.p50 ?? null,
		ukp_days_per_year_p90: band.get(p.places)?.p90 ?? null,
	}));
	return {
		file: 'kapasitet/kurve',
		title: 'Kapasitet: UKP-døgn per år etter antall plasser, helsefellesskapet',
		description:
			'Forventede UKP-døgn per år for helsefellesskapet ved hvert antall plasser, etter kømodellen (Erlang C) kalibrert på ankomstene og liggetiden i dataene, og spredningen i simuleringen der den er simulert. Tom verdi: køen vokser uten grense.',
		definition:
			'UKP-døgn per år = gjennomsnittlig antall som venter × 365 (Erlang C, M/M/c). Persentilene 10, 50 og 90 er fra simulerte år.',
		...capacityMeta(context, capacity),
		csvDecimals: 1,
		columns: [
			{ id: 'area', heading: 'Områdekode', kind: 'text' },
			{ id: 'places', heading: 'Plasser', kind: 'integer' },
			{
				id: 'ukp_days_per_year_erlang_c',
				heading: 'UKP-døgn per år (Erlang C)',
				kind: 'decimal',
				decimals: 0,
			},
			{ id: 'stable', heading: 'Stabil kø', kind: 'boolean' },
			{
				id: 'ukp_days_per_year_p10',
				heading: 'UKP-døgn per år, 10-persentil (simulert)',
				kind: 'decimal',
				decimals: 0,
			},
			{
				id: 'ukp_days_per_year_p50',
				heading: 'UKP-døgn per år, median (simulert)',
				kind: 'decimal',
				decimals: 0,
			},
			{
				id: 'ukp_days_per_year_p90',
				heading: 'UKP-døgn per år, 90-persentil (simulert)',
				kind: 'decimal',
				decimals: 0,
			},
		],
		rows: rowsFromRecords(records),
	};
}

/**
 * Returns `kapasitet/scenarioer`: today's queue and each prepared scenario (one change at a time)
 * with its queue and Erlang C figures and the places needed to reach the target. No rows without
 * a model.
 */
export function computeCapacityScenariosDownload(
	capacity: SiteCapacity | null,
	context: DownloadContext,
): DownloadTable {
	const records = (capacity?.scenarios ?? []).map((s) => ({
		area: 'all',
		scenario: s.label,
		kind: s.kind,
		change: s.change,
		places: s.system.places,
		arrivals_per_day: s.system.arrivalsPerDay,
		mean_stay_days: s.system.meanStayDays,
		offered_load: s.figures.offeredLoad,
		utilisation: s.figures.utilisation,
		stable: s.figures.stable,
		wait_probability: s.figures.waitProbability,
		mean_wait_days: s.figures.meanWaitDays,
		ukp_days_per_year: s.figures.ukpDaysPerYear,
		places_needed_for_target: s.placesNeeded,
	}));
	return {
		file: 'kapasitet/scenarioer',
		title: 'Kapasitet: forberedte scenarioer for helsefellesskapet',
		description:
			'Situasjonen i dag og scenarioer som endrer ett tall om gangen (plasser, liggetid, ankomster, demografi), med kømodellens tall og hvor mange plasser som trengs for å nå målet for UKP-døgn. Endringen er antall plasser, døgn liggetid, eller ankomster som brøk (0.1 = 10 % flere).',
		definition:
			'Erlang C (M/M/c): belastning = ankomster per døgn × liggetid; utnyttelse = belastning / plasser; UKP-døgn per år = gjennomsnittlig antall som venter × 365.',
		...capacityMeta(context, capacity),
		csvDecimals: 4,
		columns: [
			{ id: 'area', heading: 'Områdekode', kind: 'text' },
			{ id: 'scenario', heading: 'Scenario', kind: 'text' },
			{ id: 'kind', heading: 'Endring av', kind: 'text', labels: SCENARIO_KINDS },
			{ id: 'change', heading: 'Endring (plasser, døgn eller brøk)', kind: 'decimal', decimals: 2 },
			{ id: 'places', heading: 'Plasser', kind: 'integer' },
			{ id: 'arrivals_per_day', heading: 'Ankomster per døgn', kind: 'decimal', decimals: 2 },
			{ id: 'mean_stay_days', heading: 'Liggetid (døgn)', kind: 'decimal', decimals: 1 },
			{ id: 'offered_load', heading: 'Belastning (plasser)', kind: 'decimal', decimals: 1 },
			{ id: 'utilisation', heading: 'Utnyttelse (%)', kind: 'share' },
			{ id: 'stable', heading: 'Stabil kø', kind: 'boolean' },
			{ id: 'wait_probability', heading: 'Andel som venter (%)', kind: 'share' },
			{
				id: 'mean_wait_days',
				heading: 'Gjennomsnittlig ventetid (døgn)',
				kind: 'decimal',
				decimals: 2,
			},
			{ id: 'ukp_days_per_year', heading: 'UKP-døgn per år', kind: 'decimal', decimals: 0 },
			{ id: 'places_needed_for_target', heading: 'Plasser som trengs for målet', kind: 'integer' },
		],
		rows: rowsFromRecords(records),
	};
}

/** What the capacity tables share: the data's source and date, the calibration window, the page. */
function capacityMeta(context: DownloadContext, capacity: SiteCapacity | null) {
	return {
		source: context.source,
		period: capacity ? calibrationPeriod(capacity) : null,
		synthetic: context.synthetic,
		...editionMeta(context, false),
		keywords: KEYWORDS,
		page: PAGE,
	};
}
