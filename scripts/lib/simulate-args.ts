import { parseArgs } from 'node:util';
import { DEFAULT_CAPACITY_SETTINGS } from '../../src/lib/capacity/settings';
import type { StaySpread } from '../../src/lib/capacity/simulate';

// Reads the options of `npm run simulate` into checked numbers. Every problem is one line that
// names its option (`--places: "2.5" must be a whole number ≥ 1`), as DOMAIN.md "Interfaces" fixes.

/** What `npm run simulate` was asked to do. */
export interface SimulateRequest {
	arrivalsPerDay: number;
	meanStayDays: number;
	places: number;
	format: 'json' | 'text';
	/** Present with `--mode simulation`. */
	simulation: {
		runs: number;
		years: number;
		warmupDays: number;
		seed: number;
		stay: StaySpread;
	} | null;
}

export type ReadResult =
	{ help: true } | { help: false; request: SimulateRequest } | { help: false; problems: string[] };

/** Places above this would make the Erlang B recursion slow for no purpose. */
export const MAX_PLACES = 100_000;
/** At most this many simulated patients: keeps a run short and well inside mulberry32's period of 2³² draws. */
export const MAX_PATIENTS = 200_000_000;

const SIMULATION = DEFAULT_CAPACITY_SETTINGS.simulation;
/** The values of options not given: the simulation's are those of a `data/capacity.yaml` without them. */
export const DEFAULTS = {
	format: 'json',
	mode: 'erlang',
	runs: SIMULATION.runs,
	years: SIMULATION.years,
	warmupDays: SIMULATION.warmup_days,
	seed: SIMULATION.seed,
	staySpread: 'lognormal',
	stayCv: SIMULATION.stay_cv.value,
} as const;

const OPTIONS = {
	'arrivals-per-day': { type: 'string' },
	'mean-stay-days': { type: 'string' },
	places: { type: 'string' },
	format: { type: 'string' },
	mode: { type: 'string' },
	runs: { type: 'string' },
	years: { type: 'string' },
	'warmup-days': { type: 'string' },
	seed: { type: 'string' },
	'stay-spread': { type: 'string' },
	'stay-cv': { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;
type Values = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

const SIMULATION_ONLY = ['runs', 'years', 'warmup-days', 'seed', 'stay-spread', 'stay-cv'] as const;

/** Returns the request the arguments make, `help`, or one message per problem. */
export function readSimulateArgs(argv: string[]): ReadResult {
	const parsed = parseOptions(argv);
	if ('problem' in parsed) return { help: false, problems: [parsed.problem] };
	if (parsed.values.help) return { help: true };
	const problems: string[] = [...parsed.repeated.map((name) => `--${name}: given more than once`)];
	const check: Check = (name, read, fallback) => {
		const text = parsed.values[name];
		const value = typeof text === 'string' ? read(text) : fallback;
		if (value instanceof Rejection) problems.push(`--${name}: ${value.message}`);
		if (value === undefined) problems.push(`--${name}: ${MISSING[name as keyof typeof MISSING]}`);
		return value as never;
	};
	const request = readRequest(parsed.values, check);
	return problems.length > 0 ? { help: false, problems } : { help: false, request };
}

const MISSING = {
	'arrivals-per-day': 'is missing; give the patients a day who need a place (a number ≥ 0)',
	'mean-stay-days': 'is missing; give the mean stay in a place in days (a number > 0)',
	places: 'is missing; give the number of places (a whole number ≥ 1)',
};

/** A value that breaks its option's rule, with the message saying so. */
class Rejection {
	constructor(readonly message: string) {}
}

/** Returns the option's value read by `read`, or `fallback` when not given; records a problem otherwise. */
type Check = <T>(
	name: keyof typeof OPTIONS,
	read: (text: string) => T | Rejection,
	fallback?: T,
) => T;

function readRequest(values: Values, check: Check): SimulateRequest {
	const arrivalsPerDay = check('arrivals-per-day', numberAtLeast(0));
	const meanStayDays = check('mean-stay-days', numberAbove(0));
	const places = check('places', wholeNumber(1, MAX_PLACES));
	const format = check('format', oneOf(['json', 'text'] as const), DEFAULTS.format);
	const mode = check('mode', oneOf(['erlang', 'simulation'] as const), DEFAULTS.mode);
	if (mode !== 'simulation') {
		for (const name of SIMULATION_ONLY.filter((n) => values[n] !== undefined))
			check(name, () => new Rejection('only with --mode simulation'));
		return { arrivalsPerDay, meanStayDays, places, format, simulation: null };
	}
	const simulation = readSimulation(values, check);
	const patients =
		simulation.runs * (simulation.years * 365 + simulation.warmupDays) * arrivalsPerDay;
	if (patients > MAX_PATIENTS)
		check(
			'runs',
			() =>
				new Rejection(
					`${simulation.runs} runs of ${simulation.years * 365 + simulation.warmupDays} days at ${arrivalsPerDay} arrivals a day is more than ${MAX_PATIENTS} patients to simulate; use fewer runs or years`,
				),
		);
	return { arrivalsPerDay, meanStayDays, places, format, simulation };
}

function readSimulation(values: Values, check: Check): NonNullable<SimulateRequest['simulation']> {
	const runs = check('runs', wholeNumber(1), DEFAULTS.runs);
	const years = check('years', wholeNumber(1, 1000), DEFAULTS.years);
	const warmupDays = check('warmup-days', wholeNumber(0, 36_500), DEFAULTS.warmupDays);
	const seed = check('seed', wholeNumber(0, 0xffffffff), DEFAULTS.seed);
	const spread = check(
		'stay-spread',
		oneOf(['lognormal', 'exponential'] as const),
		DEFAULTS.staySpread,
	);
	if (spread === 'exponential') {
		if (values['stay-cv'] !== undefined)
			check(
				'stay-cv',
				() => new Rejection('only with --stay-spread lognormal (exponential stays have a CV of 1)'),
			);
		return { runs, years, warmupDays, seed, stay: { kind: 'exponential' } };
	}
	return {
		runs,
		years,
		warmupDays,
		seed,
		stay: { kind: 'lognormal', cv: check('stay-cv', numberAtLeast(0), DEFAULTS.stayCv) },
	};
}

// ---- values ----

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Returns the number a text writes in plain decimal form, or null (no hex, no blanks, no "Infinity"). */
function toNumber(text: string): number | null {
	const value = DECIMAL.test(text) ? Number(text) : NaN;
	return Number.isFinite(value) ? value : null;
}

function rejected(text: string, rule: string): Rejection {
	return new Rejection(
		`"${text}" ${rule}${/^[+-]?\d+,\d+$/.test(text) ? ' (write the decimal point as .)' : ''}`,
	);
}

function numberAtLeast(min: number) {
	return (text: string) => {
		const value = toNumber(text);
		return value !== null && value >= min ? value : rejected(text, `must be a number ≥ ${min}`);
	};
}

function numberAbove(min: number) {
	return (text: string) => {
		const value = toNumber(text);
		return value !== null && value > min ? value : rejected(text, `must be a number > ${min}`);
	};
}

function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
	return (text: string) => {
		const value = toNumber(text);
		if (value === null || !Number.isInteger(value) || value < min)
			return rejected(text, `must be a whole number ≥ ${min}`);
		return value <= max ? value : rejected(text, `must be at most ${max}`);
	};
}

function oneOf<const T extends readonly string[]>(allowed: T) {
	return (text: string): T[number] | Rejection =>
		allowed.includes(text)
			? text
			: new Rejection(`"${text}" must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`);
}

// ---- options ----

/** Returns the options as given, with those given twice, or the first problem parseArgs finds. */
function parseOptions(
	argv: string[],
): { values: Values; repeated: string[] } | { problem: string } {
	try {
		const { values, tokens } = parseArgs({
			args: joinNegativeValues(argv),
			options: OPTIONS,
			strict: true,
			allowPositionals: false,
			tokens: true,
		});
		const names = tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
		return { values, repeated: [...new Set(names.filter((name, i) => names.indexOf(name) !== i))] };
	} catch (error) {
		return { problem: describeParseError(error) };
	}
}

// parseArgs refuses a value that starts with "-" as ambiguous; "-3" after an option is its value,
// so it reaches the number check and gets a message about the number.
function joinNegativeValues(argv: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const takesValue =
			argv[i].startsWith('--') &&
			OPTIONS[argv[i].slice(2) as keyof typeof OPTIONS]?.type === 'string';
		const next = argv[i + 1];
		if (takesValue && next !== undefined && /^-(?!-)/.test(next) && next !== '-h')
			out.push(`${argv[i]}=${argv[++i]}`);
		else out.push(argv[i]);
	}
	return out;
}

const KNOWN = Object.keys(OPTIONS)
	.map((name) => `--${name}`)
	.join(', ');

/** Returns a one-line message for a parseArgs error, naming the option or argument. */
function describeParseError(error: unknown): string {
	const { code, message } = error as { code?: string; message?: string };
	const quoted = /'([^']*)'/.exec(message ?? '')?.[1]?.replace(/ <value>$/, '') ?? '?';
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `${quoted}: unknown option; expected one of ${KNOWN}`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return quoted.includes('--help') ? '--help: takes no value' : `${quoted}: needs a value`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `"${quoted}": unexpected argument; write options as --name value`;
		default:
			throw error; // not a usage problem: a bug, which should show
	}
}
