import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatIssue, sortIssues, type DataIssue } from '../../src/lib/issues';

/** Where a command writes: the process's streams, or strings in a test. */
export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

/** The process's own stdout and stderr; a reader that stops early (`| head`) is not an error. */
export const processIo: CliIo = {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text),
};

/** A usage mistake: one line naming the option, and exit code 2. */
export class UsageError extends Error {}

/** `--help` or `-h`: the usage on stdout, and exit code 0. */
class HelpRequested extends Error {}

/**
 * Returns the options of `argv` by `node:util` `parseArgs` (strict: an unknown option, a missing
 * value or a stray argument is a {@link UsageError} with one line that names it, then `usage`).
 */
export function readOptions<O extends NonNullable<ParseArgsConfig['options']>>(
	argv: string[],
	options: O,
	usage: string,
) {
	if (argv.includes('--help') || argv.includes('-h')) throw new HelpRequested(usage);
	try {
		return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
	} catch (error) {
		throw new UsageError(`${usageProblem(error)}; ${usage}`);
	}
}

/**
 * Returns the value of an option that takes one of a few words, `fallback` when it is not given;
 * another word is a {@link UsageError}: `--format must be json or csv, not "xml"`.
 */
export function oneOf<const W extends string>(
	option: string,
	value: string | undefined,
	words: readonly [W, ...W[]],
	fallback: W,
): W {
	if (value === undefined) return fallback;
	if ((words as readonly string[]).includes(value)) return value as W;
	throw new UsageError(`--${option} must be ${words.join(' or ')}, not "${value}"`);
}

// node:util's messages run to several sentences; one line naming the option is what the user needs.
function usageProblem(error: unknown): string {
	const code = (error as { code?: string }).code;
	const name = /'([^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${name}: unknown option`;
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${name}: needs a value`;
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `"${name}": unexpected argument`;
	throw error;
}

/** Returns what `body` returns, or exit code 2 with the message of a {@link UsageError} on stderr. */
export function withUsage<R extends number | Promise<number>>(io: CliIo, body: () => R): R {
	const usage = (error: unknown) => {
		if (error instanceof HelpRequested) {
			io.stdout(`${error.message.replace(/^use /, 'Use ')}\n`);
			return 0;
		}
		if (!(error instanceof UsageError)) throw error;
		io.stderr(`${error.message}\n`);
		return 2;
	};
	try {
		const result = body();
		return (result instanceof Promise ? result.catch(usage) : result) as R;
	} catch (error) {
		return usage(error) as R;
	}
}

/** The most problems printed one per line; a file with a hundred thousand wrong rows needs only the first to be fixed. */
export const MAX_PRINTED_PROBLEMS = 200;

/**
 * Writes the problems as `FILE:LINE: COLUMN: message`, sorted, up to {@link MAX_PRINTED_PROBLEMS},
 * then "… and N more", then a count line, and returns exit code 1.
 */
export function printProblems(
	problems: DataIssue[],
	io: CliIo,
	consequence = 'nothing was computed',
): number {
	const sorted = sortIssues(problems);
	io.stderr(
		sorted
			.slice(0, MAX_PRINTED_PROBLEMS)
			.map((issue) => `${formatIssue(issue)}\n`)
			.join(''),
	);
	if (sorted.length > MAX_PRINTED_PROBLEMS)
		io.stderr(`… and ${sorted.length - MAX_PRINTED_PROBLEMS} more problems\n`);
	io.stderr(
		`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} found; ${consequence}.\n`,
	);
	return 1;
}

/** Runs `main` when the module is the process's entry (not when a test imports it) and sets the exit code. */
export function runIfMain(
	moduleUrl: string,
	main: (argv: string[], io: CliIo) => number | Promise<number>,
): void {
	if (!process.argv[1] || pathToFileURL(process.argv[1]).href !== moduleUrl) return;
	process.stdout.on('error', (error: NodeJS.ErrnoException) =>
		process.exit(error.code === 'EPIPE' ? 0 : 1),
	);
	void Promise.resolve(main(process.argv.slice(2), processIo)).then(
		(code) => (process.exitCode = code),
	);
}
