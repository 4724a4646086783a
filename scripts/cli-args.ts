/** Returns the value after `--name` (or from `--name=value`) in argv, or `fallback`. */
export function argValue(argv: string[], name: string, fallback?: string): string | undefined {
	const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i === -1) return fallback;
	const arg = argv[i];
	return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}
