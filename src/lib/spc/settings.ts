import { parse } from 'yaml';
import { z } from 'zod';
import { isMonth, type Month } from '../dates';
import { sortIssues, type DataIssue } from '../issues';
import { KPI_IDS } from '../kpi/definitions';
import { parseYaml, yamlLineOf, YAML_SYNTAX } from '../parse-yaml';

/** The settings file's name in the data folder; it is optional. */
export const SPC_FILE = 'spc.yaml';

const KPI_WORDS = `use one of ${KPI_IDS.join(', ')}`;

/** One rebase: from `from` on, the matching series start a new segment with their own limits. */
export const RebaseSchema = z.strictObject({
	/** First month of the new segment. */
	from: z.string().refine(isMonth, 'must be a month written YYYY-MM'),
	/** KPIs it applies to; absent: every KPI. */
	kpis: z
		.array(
			z.enum(KPI_IDS, {
				error: (issue) => `${JSON.stringify(issue.input)} is not a KPI id; ${KPI_WORDS}`,
			}),
		)
		.min(1)
		.optional(),
	/** Area ids as in the KPI export (`all`, `5001`, `cluster:Fosen`, `oya-helsehus`); absent: every area. */
	areas: z.array(z.string().min(1)).min(1).optional(),
	/** Why: the decision behind the rebase, shown on the chart and in the rebase log. */
	reason: z.string().trim().min(1),
});
export type Rebase = z.output<typeof RebaseSchema>;

// Bounds: a run of fewer than 3 points is what noise does all the time; limits from fewer than 6
// points say little (Making Data Count asks for 12–20); beyond 60 (five years) most series would
// never get limits.
const runLength = z.number().int().min(3).max(20);

/** `data/spc.yaml` (DOMAIN.md "Settings"); every key is optional, and an empty file means the defaults. */
export const SpcSettingsSchema = z.preprocess(
	(value) => value ?? {},
	z.strictObject({
		/** Points in a row on one side of the mean that make a shift. */
		shift_points: runLength.default(6),
		/** Points in a row, each higher (or lower) than the one before, that make a trend; both ends count. */
		trend_points: runLength.default(6),
		/** Points a segment needs before it gets limits (and signals). */
		min_points: z.number().int().min(6).max(60).default(12),
		rebases: z.array(RebaseSchema).default([]),
		/** Why the rebases are as they are (why none yet), in plain bokmål for the data page's list of rebases. */
		rebase_note: z.string().trim().min(1).optional(),
	}),
);
export type SpcSettings = z.output<typeof SpcSettingsSchema>;

/** The settings without a file: 6-point shift and trend, limits from 12 points, no rebases. */
export const DEFAULT_SPC_SETTINGS: SpcSettings = SpcSettingsSchema.parse({});

/** What the settings are checked against: the data's months and the KPI export's area ids. */
export interface SpcDataContext {
	/** Every month of the data, oldest first. */
	months: readonly Month[];
	areas: readonly string[];
}

/**
 * Returns the settings of a `spc.yaml` text, or `null` with every problem found at once: YAML and
 * schema errors (unknown key or KPI id, a malformed month, a missing or empty reason, a count out of
 * bounds) and those of {@link checkSpcSettings}, each at its line, in line order.
 */
export function parseSpcSettings(
	text: string,
	file: string,
	data: SpcDataContext,
): { settings: SpcSettings | null; issues: DataIssue[] } {
	const parsed = parseYaml(text, file, SpcSettingsSchema);
	if (parsed.issues.some((i) => i.message.startsWith(YAML_SYNTAX)))
		return { settings: null, issues: parsed.issues };
	// The rules against the data run on the raw file too, so one run reports everything.
	const rebases = parsed.value?.rebases ?? outlineRebases(parse(text.replace(/^\uFEFF/, '')));
	const issues = sortIssues([...parsed.issues, ...checkSpcSettings(rebases, text, file, data)]);
	return { settings: issues.length > 0 ? null : parsed.value, issues };
}

/** The parts of a rebase {@link checkSpcSettings} reads; anything else may still be invalid. */
export interface RebaseOutline {
	from?: unknown;
	areas?: unknown;
}

/**
 * Returns the problems of the rebases against the data, each at its line: a `from` month outside
 * the data or at its first month (which splits nothing), and an area id the KPI export does not
 * have. Values of the wrong type are left to the schema.
 */
export function checkSpcSettings(
	rebases: readonly RebaseOutline[],
	text: string,
	file: string,
	data: SpcDataContext,
): DataIssue[] {
	const issues: DataIssue[] = [];
	const at = (path: (string | number)[], message: string) =>
		issues.push({ file, line: yamlLineOf(text, path), column: path.join('.'), message });
	const first = data.months[0];
	const last = data.months[data.months.length - 1];
	const areas = new Set(data.areas);
	rebases.forEach((rebase, i) => {
		const from = rebase.from;
		if (typeof from === 'string' && isMonth(from) && first !== undefined) {
			if (from < first || from > last)
				at(['rebases', i, 'from'], `"${from}" is outside the data (${first} … ${last})`);
			else if (from === first)
				at(
					['rebases', i, 'from'],
					`"${from}" is the data's first month; a rebase there splits nothing`,
				);
		}
		if (!Array.isArray(rebase.areas)) return;
		rebase.areas.forEach((area, j) => {
			if (typeof area === 'string' && area !== '' && !areas.has(area))
				at(
					['rebases', i, 'areas', j],
					`"${area}" is not an area of the data; use "all", a municipality code, "cluster:<name>" or a unit id`,
				);
		});
	});
	return issues;
}

function outlineRebases(value: unknown): RebaseOutline[] {
	const rebases =
		typeof value === 'object' && value !== null
			? (value as Record<string, unknown>).rebases
			: undefined;
	return Array.isArray(rebases)
		? rebases.filter((r): r is RebaseOutline => typeof r === 'object' && r !== null)
		: [];
}
