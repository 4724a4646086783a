import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/simulate';

/** Returns what `main` printed and its exit code. */
function run(argv: string[]): { code: number; stdout: string; stderr: string } {
	let stdout = '';
	let stderr = '';
	const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

const system = (arrivals: string, stay: string, places: string) => [
	'--arrivals-per-day',
	arrivals,
	'--mean-stay-days',
	stay,
	'--places',
	places,
];
const KEYS = [
	'stable',
	'offered_load',
	'utilisation',
	'wait_probability',
	'mean_queue',
	'mean_wait_days',
	'ukp_days_per_year',
];

describe('npm run simulate -- --arrivals-per-day L --mean-stay-days S --places C --format json', () => {
	// Reference figures from an independent computation (factorial form, 60 digits).
	it.each([
		[['1', '20', '25'], 0.2091028265988366, 0.8364113063953468],
		[['0.5', '1', '1'], 0.5, 0.5],
		[['30', '25', '800'], 0.04383476803866317, 0.6575215205799475],
		[['36', '25', '1000'], 0.0005926699663787812, 0.005334029697409031],
	])('prints the Erlang C figures for %j', (args, waitProbability, meanQueue) => {
		const { code, stdout, stderr } = run([
			...system(args[0], args[1], args[2]),
			'--format',
			'json',
		]);
		expect([code, stderr]).toEqual([0, '']);
		const figures = JSON.parse(stdout);
		expect(Object.keys(figures)).toEqual(KEYS);
		expect(figures.stable).toBe(true);
		expect(figures.offered_load).toBeCloseTo(Number(args[0]) * Number(args[1]), 12);
		expect(figures.wait_probability / waitProbability).toBeCloseTo(1, 10);
		expect(figures.mean_queue / meanQueue).toBeCloseTo(1, 10);
		expect(figures.mean_wait_days / (meanQueue / Number(args[0]))).toBeCloseTo(1, 10);
		expect(figures.ukp_days_per_year / (meanQueue * 365)).toBeCloseTo(1, 10);
	});

	it.each([
		[['12', '25', '300'], 300, 1],
		[['20', '1', '19'], 20, 20 / 19],
	])(
		'prints stable false and null queue figures when utilisation ≥ 1 (%j), exit 0',
		(args, offeredLoad, utilisation) => {
			const { code, stdout } = run([...system(args[0], args[1], args[2]), '--format', 'json']);
			expect(code).toBe(0);
			expect(JSON.parse(stdout)).toEqual({
				stable: false,
				offered_load: offeredLoad,
				utilisation,
				wait_probability: null,
				mean_queue: null,
				mean_wait_days: null,
				ukp_days_per_year: null,
			});
		},
	);

	it('prints JSON without --format, and accepts --name=value', () => {
		expect(
			JSON.parse(run(['--arrivals-per-day=1', '--mean-stay-days=20', '--places=25']).stdout).stable,
		).toBe(true);
	});

	it('prints Norwegian text, one figure a line, with --format text', () => {
		const { code, stdout } = run([...system('1', '20', '25'), '--format', 'text']);
		expect(code).toBe(0);
		expect(stdout.split('\n')).toEqual(
			expect.arrayContaining([
				'Utnyttelse: 80,0\u00a0%',
				'Stabil: ja',
				'Andel som må vente: 20,9\u00a0%',
				'Gjennomsnittlig kø: 0,84 pasienter',
				'UKP-døgn per år (Erlang C): 305\u00a0døgn',
			]),
		);
		const unstable = run([...system('1', '20', '20'), '--format', 'text']).stdout;
		expect(unstable).toContain('Stabil: nei – køen vokser uten grense');
		expect(unstable).toContain('Gjennomsnittlig kø: –\n');
	});

	it('adds the simulation with --mode simulation: settings echoed, percentiles in order, the same output for the same seed', () => {
		const args = [
			...system('1', '20', '25'),
			'--mode',
			'simulation',
			'--runs',
			'20',
			'--years',
			'2',
			'--seed',
			'7',
			'--stay-spread',
			'exponential',
		];
		const { code, stdout } = run(args);
		expect(code).toBe(0);
		const output = JSON.parse(stdout);
		expect(Object.keys(output)).toEqual([...KEYS, 'simulation']);
		expect(output.simulation).toMatchObject({
			runs: 20,
			years: 2,
			warmup_days: 365,
			seed: 7,
			stay_spread: 'exponential',
			stay_cv: 1,
		});
		const {
			ukp_days_per_year_p10: p10,
			ukp_days_per_year_p50: p50,
			ukp_days_per_year_p90: p90,
		} = output.simulation;
		expect(p10).toBeLessThanOrEqual(p50);
		expect(p50).toBeLessThanOrEqual(p90);
		expect(run(args).stdout).toBe(stdout);
		expect(run([...args.slice(0, -4), '--seed', '8', ...args.slice(-2)]).stdout).not.toBe(stdout);
	});

	it('does not simulate an unstable queue: percentiles null, exit 0', () => {
		const output = JSON.parse(
			run([...system('1', '20', '20'), '--mode', 'simulation', '--runs', '2']).stdout,
		);
		expect(output.simulation).toMatchObject({
			ukp_days_per_year_p10: null,
			ukp_days_per_year_p50: null,
			ukp_days_per_year_p90: null,
			ukp_days_per_year_mean: null,
		});
	});

	it('prints the usage with --help, exit 0', () => {
		const { code, stdout } = run(['--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(
			/^Usage: npm run simulate -- --arrivals-per-day L --mean-stay-days S --places C/,
		);
	});
});

describe('npm run simulate: bad input gets one line per problem naming the option, exit 1', () => {
	const good = system('1', '20', '25');
	const KNOWN =
		'--arrivals-per-day, --mean-stay-days, --places, --format, --mode, --runs, --years, --warmup-days, --seed, --stay-spread, --stay-cv, --help';

	it.each([
		[system('-1', '20', '25'), '--arrivals-per-day: "-1" must be a number ≥ 0'],
		[system('abc', '20', '25'), '--arrivals-per-day: "abc" must be a number ≥ 0'],
		[system('0x10', '20', '25'), '--arrivals-per-day: "0x10" must be a number ≥ 0'],
		[system('Infinity', '20', '25'), '--arrivals-per-day: "Infinity" must be a number ≥ 0'],
		[system('1e400', '20', '25'), '--arrivals-per-day: "1e400" must be a number ≥ 0'],
		[system('', '20', '25'), '--arrivals-per-day: "" must be a number ≥ 0'],
		[
			system('2,5', '20', '25'),
			'--arrivals-per-day: "2,5" must be a number ≥ 0 (write the decimal point as .)',
		],
		[system('1', '0', '25'), '--mean-stay-days: "0" must be a number > 0'],
		[system('1', '-20', '25'), '--mean-stay-days: "-20" must be a number > 0'],
		[system('1', 'lang', '25'), '--mean-stay-days: "lang" must be a number > 0'],
		[system('1', '20', '2.5'), '--places: "2.5" must be a whole number ≥ 1'],
		[system('1', '20', '0'), '--places: "0" must be a whole number ≥ 1'],
		[system('1', '20', '-3'), '--places: "-3" must be a whole number ≥ 1'],
		[system('1', '20', 'mange'), '--places: "mange" must be a whole number ≥ 1'],
		[system('1', '20', '100001'), '--places: "100001" must be at most 100000'],
		[
			good.slice(2),
			'--arrivals-per-day: is missing; give the patients a day who need a place (a number ≥ 0)',
		],
		[
			[...good.slice(0, 2), ...good.slice(4)],
			'--mean-stay-days: is missing; give the mean stay in a place in days (a number > 0)',
		],
		[good.slice(0, 4), '--places: is missing; give the number of places (a whole number ≥ 1)'],
		[[...good, '--foo', '3'], `--foo: unknown option; expected one of ${KNOWN}`],
		[[...good, '-x'], `-x: unknown option; expected one of ${KNOWN}`],
		[[...good.slice(0, 4), '--places'], '--places: needs a value'],
		[[...good.slice(0, 4), '--places', '--format', 'json'], '--places: needs a value'],
		[[...good, 'json'], '"json": unexpected argument; write options as --name value'],
		[[...good, '--places', '26'], '--places: given more than once'],
		[[...good, '--format', 'csv'], '--format: "csv" must be json or text'],
		[[...good, '--mode', 'monte-carlo'], '--mode: "monte-carlo" must be erlang or simulation'],
		[[...good, '--runs', '10'], '--runs: only with --mode simulation'],
		[[...good, '--mode', 'simulation', '--runs', '0'], '--runs: "0" must be a whole number ≥ 1'],
		[
			[...good, '--mode', 'simulation', '--years', '0.5'],
			'--years: "0.5" must be a whole number ≥ 1',
		],
		[
			[...good, '--mode', 'simulation', '--warmup-days', '-1'],
			'--warmup-days: "-1" must be a whole number ≥ 0',
		],
		[
			[...good, '--mode', 'simulation', '--seed', '4294967296'],
			'--seed: "4294967296" must be at most 4294967295',
		],
		[
			[...good, '--mode', 'simulation', '--stay-cv', '-0.5'],
			'--stay-cv: "-0.5" must be a number ≥ 0',
		],
		[
			[...good, '--mode', 'simulation', '--stay-spread', 'exponential', '--stay-cv', '1'],
			'--stay-cv: only with --stay-spread lognormal (exponential stays have a CV of 1)',
		],
		[
			[...good, '--mode', 'simulation', '--runs', '100000'],
			'--runs: 100000 runs of 2190 days at 1 arrivals a day is more than 200000000 patients to simulate; use fewer runs or years',
		],
		[[...good, '--help=yes'], '--help: takes no value'],
	])('%j → %s', (argv, message) => {
		expect(run(argv)).toEqual({ code: 1, stdout: '', stderr: `${message}\n` });
	});

	it('lists every bad option, one line each', () => {
		expect(run(system('-1', '0', '2.5')).stderr).toBe(
			'--arrivals-per-day: "-1" must be a number ≥ 0\n--mean-stay-days: "0" must be a number > 0\n--places: "2.5" must be a whole number ≥ 1\n',
		);
	});

	it('works the same through npm run simulate: the line on stderr, exit 1, no stack trace', () => {
		const result = spawnSync('npm', ['run', '-s', 'simulate', '--', ...system('1', '0', '25')], {
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(
			result.stderr.split('\n').filter((line) => line && !line.includes('Unknown user config')),
		).toEqual(['--mean-stay-days: "0" must be a number > 0']);
	});
});
