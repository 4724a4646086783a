// The capacity model from the command line (DOMAIN.md "Interfaces"):
// npm run simulate -- --arrivals-per-day L --mean-stay-days S --places C [--format json|text]
//                     [--mode simulation --runs N --years Y --warmup-days D --seed S --stay-cv X]
import { computeQueueFigures, type QueueFigures } from '../src/lib/capacity/erlang';
import { simulateQueue, type SimulationResult } from '../src/lib/capacity/simulate';
import { formatDays, formatNumber, formatPercent } from '../src/lib/format';
import { runIfMain, type CliIo } from './lib/cli';
import { DEFAULTS, readSimulateArgs, type SimulateRequest } from './lib/simulate-args';

/** Returns the exit code after printing the model's figures (0), the usage (0), or one line per bad option (1). */
export function main(argv: string[], io: CliIo): number {
	const read = readSimulateArgs(argv);
	if (read.help) {
		io.stdout(USAGE);
		return 0;
	}
	if ('problems' in read) {
		io.stderr(read.problems.map((line) => `${line}\n`).join(''));
		return 1;
	}
	const { request } = read;
	const figures = computeQueueFigures(request);
	// An unstable queue grows with the horizon: a simulated figure would only measure the horizon.
	const simulated =
		request.simulation && figures.stable ? simulateQueue(request, request.simulation) : null;
	io.stdout(
		request.format === 'json'
			? formatJson(request, figures, simulated)
			: formatText(request, figures, simulated),
	);
	return 0;
}

function formatJson(
	request: SimulateRequest,
	figures: QueueFigures,
	simulated: SimulationResult | null,
): string {
	const record: Record<string, unknown> = {
		stable: figures.stable,
		offered_load: figures.offeredLoad,
		utilisation: figures.utilisation,
		wait_probability: figures.waitProbability,
		mean_queue: figures.meanQueue,
		mean_wait_days: figures.meanWaitDays,
		ukp_days_per_year: figures.ukpDaysPerYear,
	};
	const settings = request.simulation;
	if (settings) {
		record.simulation = {
			runs: settings.runs,
			years: settings.years,
			warmup_days: settings.warmupDays,
			seed: settings.seed,
			stay_spread: settings.stay.kind,
			stay_cv: settings.stay.kind === 'lognormal' ? settings.stay.cv : 1,
			ukp_days_per_year_p10: simulated?.p10 ?? null,
			ukp_days_per_year_p50: simulated?.p50 ?? null,
			ukp_days_per_year_p90: simulated?.p90 ?? null,
			ukp_days_per_year_mean: simulated?.mean ?? null,
		};
	}
	return `${JSON.stringify(record, null, 2)}\n`;
}

/** Returns the figures in Norwegian, one per line. */
function formatText(
	request: SimulateRequest,
	figures: QueueFigures,
	simulated: SimulationResult | null,
): string {
	const lines = [
		`Ankomster som trenger plass: ${formatNumber(request.arrivalsPerDay, 2)} per døgn`,
		`Gjennomsnittlig liggetid: ${formatDays(request.meanStayDays)}`,
		`Plasser: ${formatNumber(request.places)}`,
		`Tilbudt last (ankomster × liggetid): ${formatNumber(figures.offeredLoad, 1)} plasser i bruk`,
		`Utnyttelse: ${formatPercent(figures.utilisation)}`,
		`Stabil: ${figures.stable ? 'ja' : 'nei – køen vokser uten grense (utnyttelse 100 % eller mer)'}`,
		`Andel som må vente: ${formatPercent(figures.waitProbability)}`,
		`Gjennomsnittlig kø: ${figures.meanQueue === null ? formatNumber(null) : `${formatNumber(figures.meanQueue, 2)} pasienter`}`,
		`Gjennomsnittlig ventetid: ${formatDays(figures.meanWaitDays, 2)}`,
		`UKP-døgn per år (Erlang C): ${formatDays(figures.ukpDaysPerYear, 0)}`,
	];
	if (request.simulation) lines.push(...simulationLines(request.simulation, simulated));
	return `${lines.join('\n')}\n`;
}

function simulationLines(
	settings: NonNullable<SimulateRequest['simulation']>,
	simulated: SimulationResult | null,
): string[] {
	const spread =
		settings.stay.kind === 'lognormal'
			? `lognormal, variasjonskoeffisient ${formatNumber(settings.stay.cv, 2)}`
			: 'eksponentiell';
	const header = `Simulering: ${formatNumber(settings.runs)} kjøringer × ${formatNumber(settings.years)} år etter ${formatDays(settings.warmupDays, 0)} oppvarming, frø ${settings.seed}, liggetid ${spread}`;
	if (!simulated) return [header, 'UKP-døgn per år (simulert): – (ikke simulert: køen er ustabil)'];
	return [
		header,
		`UKP-døgn per år (simulert), 10.–90. persentil: ${formatNumber(simulated.p10)}–${formatDays(simulated.p90, 0)}`,
		`UKP-døgn per år (simulert), median: ${formatDays(simulated.p50, 0)}`,
		`UKP-døgn per år (simulert), gjennomsnitt: ${formatDays(simulated.mean, 0)}`,
	];
}

const USAGE = `Usage: npm run simulate -- --arrivals-per-day L --mean-stay-days S --places C [options]

The M/M/c queue of patients ready for discharge waiting for a municipal place (Erlang C).
  --arrivals-per-day L  patients a day who need a place (a number ≥ 0)
  --mean-stay-days S    mean stay in a place, in days (a number > 0)
  --places C            number of places (a whole number ≥ 1)
  --format json|text    JSON (default) or Norwegian text
  --mode erlang|simulation
                        simulation adds the 10th, 50th and 90th percentile of UKP days a year
  --runs N              simulation runs (default ${DEFAULTS.runs})
  --years Y             years measured per run (default ${DEFAULTS.years})
  --warmup-days D       days simulated before measuring (default ${DEFAULTS.warmupDays})
  --seed S              seed, 0–4294967295 (default ${DEFAULTS.seed}); the same seed gives the same result
  --stay-spread lognormal|exponential
                        spread of stay lengths (default ${DEFAULTS.staySpread})
  --stay-cv X           lognormal stays: standard deviation ÷ mean (default ${DEFAULTS.stayCv})
  --help, -h            this text
`;

runIfMain(import.meta.url, main);
