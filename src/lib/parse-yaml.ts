import {
	isCollection,
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Range,
	type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import { EMPTY_RULE } from './cells';
import type { DataIssue } from './issues';

export interface ParsedYaml<T> {
	value: T | null;
	issues: DataIssue[];
}

/** Every YAML syntax message starts with this, so callers can tell a broken file from bad values. */
export const YAML_SYNTAX = 'YAML syntax: ';

/**
 * Returns a YAML text validated by `schema`, or `null` with one issue per problem: YAML syntax
 * errors at the line where the mistake starts, and schema errors at the line of the offending key
 * (column = dotted path). Messages put the value in front of the rule, as the CSV messages do:
 * `"-177" must be ≥ 0`; a missing key is reported at the line of the map that lacks it (for the top
 * level, where the document starts), an unknown key at its own line. Lines count from the text's
 * first line.
 */
export function parseYaml<S extends z.ZodType>(
	text: string,
	file: string,
	schema: S,
): ParsedYaml<z.output<S>> {
	const source = text.replace(/^\uFEFF/, '');
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line;
	if (doc.errors.length > 0)
		return { value: null, issues: syntaxIssues(doc, source, lineAt).map((i) => ({ file, ...i })) };
	const controls = controlCharacterIssues(doc, lineAt);
	if (controls.length > 0) return { value: null, issues: controls.map((i) => ({ file, ...i })) };
	const value = toPlain(doc);
	if (value instanceof Error)
		return { value: null, issues: [{ file, line: 1, column: '-', message: value.message }] };
	// The per-parse error map only words issues whose schema gives no message of its own.
	const result = schema.safeParse(value, { reportInput: true, error: ruleOf });
	if (result.success) return { value: result.data, issues: [] };
	const issues = result.error.issues.flatMap((issue) =>
		schemaIssues(issue, doc, lineAt).map((i) => ({ file, ...i })),
	);
	return { value: null, issues };
}

/** Returns the line of a dotted path in a YAML text (its key's line, or its parent's when missing), for rules checked after parsing. */
export function yamlLineOf(text: string, path: (string | number)[]): number {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
	return locate(doc, path, (offset) => lineCounter.linePos(offset).line).line;
}

type Located = Omit<DataIssue, 'file'>;
type LineAt = (offset: number) => number;

/** How many alias uses (`*name`) a file may have: a few are handy, thousands are a "billion laughs" attack. */
export const MAX_YAML_ALIASES = 100;

// Aliases expand while the document becomes plain values: a file built to explode is refused here.
function toPlain(doc: Document): unknown {
	try {
		return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
	} catch (error) {
		if (error instanceof ReferenceError || error instanceof RangeError) {
			return new Error(
				`uses YAML aliases (*name) more than ${MAX_YAML_ALIASES} times or in a loop; write the values out instead`,
			);
		}
		throw error;
	}
}

// Text with a NUL, an escape or another control character is a broken export; tab and line breaks are text.
function controlCharacterIssues(doc: Document, lineAt: LineAt): Located[] {
	const issues: Located[] = [];
	visit(doc, {
		Scalar(_key, node) {
			const text = typeof node.value === 'string' ? node.value : '';
			const found = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text);
			if (found)
				issues.push({
					line: lineAt(node.range?.[0] ?? 0),
					column: '-',
					message: `contains the control character U+${found[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}; remove it`,
				});
		},
	});
	return issues;
}

// ---- schema errors ----

const TYPE_WORDS: Record<string, string> = {
	boolean: 'true or false',
	number: 'a number',
	int: 'a whole number',
	bigint: 'a whole number',
	string: 'text',
	array: 'a list',
	tuple: 'a list',
	set: 'a list',
	object: 'a map',
	record: 'a map',
	map: 'a map',
	null: 'empty',
};

// Zod's own messages ("Invalid input: expected boolean, received string") name types, not rules;
// these say what to write. Returning undefined keeps zod's message for the rare other codes.
function ruleOf(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? 'is missing'
				: `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
		case 'too_small':
			return boundRule(issue.origin, issue.minimum, issue.inclusive, 'min');
		case 'too_big':
			return boundRule(issue.origin, issue.maximum, issue.inclusive, 'max');
		case 'invalid_value':
			return issue.values.length === 1
				? `must be ${String(issue.values[0])}`
				: `must be one of ${issue.values.map(String).join(', ')}`;
		case 'invalid_format':
			return formatRule(issue);
		case 'not_multiple_of':
			return `must be a multiple of ${issue.divisor}`;
		case 'unrecognized_keys':
			return unknownKeyRule(issue.inst);
		case 'invalid_union':
			return unionRule(issue.errors);
		default:
			return undefined;
	}
}

function boundRule(
	origin: string,
	bound: number | bigint,
	inclusive: boolean | undefined,
	side: 'min' | 'max',
): string {
	if (origin === 'number' || origin === 'int' || origin === 'bigint')
		return `must be ${side === 'min' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<'} ${bound}`;
	if (side === 'min' && Number(bound) === 1) return EMPTY_RULE;
	const unit = origin === 'string' ? 'characters' : 'items';
	return `must have ${side === 'min' ? 'at least' : 'at most'} ${bound} ${unit}`;
}

function formatRule(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
	if (issue.format === 'starts_with' && 'prefix' in issue)
		return `must start with "${String(issue.prefix)}"`;
	if (issue.format === 'ends_with' && 'suffix' in issue)
		return `must end with "${String(issue.suffix)}"`;
	if (issue.format === 'regex' && issue.pattern) return `must match ${issue.pattern}`;
	return `must be ${issue.format === 'url' ? 'an address' : `a valid ${issue.format}`}`;
}

/** The text of an unknown-key message; schemaIssues splits the issue into one per key. */
const UNKNOWN_KEY = 'unknown key';

function unknownKeyRule(inst: unknown): string {
	const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
		?.def?.shape;
	return shape ? `${UNKNOWN_KEY}; expected one of ${Object.keys(shape).join(', ')}` : UNKNOWN_KEY;
}

// A union of plain types (a KPI as number or id) fails with one type error per option.
function unionRule(errors: z.core.$ZodIssue[][]): string | undefined {
	const types = errors.map((branch) =>
		branch.length === 1 && branch[0].code === 'invalid_type' && branch[0].path.length === 0
			? branch[0].expected
			: null,
	);
	if (types.some((t) => t === null)) return undefined;
	return `must be ${[...new Set(types)].map((t) => TYPE_WORDS[t!] ?? t).join(' or ')}`;
}

function schemaIssues(issue: z.core.$ZodIssue, doc: Document, lineAt: LineAt): Located[] {
	const path = issue.path.map(String);
	if (issue.code === 'unrecognized_keys') {
		const message = issue.message.startsWith(UNKNOWN_KEY) ? issue.message : UNKNOWN_KEY;
		return issue.keys.map((key) => ({
			line: locate(doc, [...path, key], lineAt).line,
			column: [...path, key].join('.'),
			message,
		}));
	}
	const at = locate(doc, path, lineAt);
	return [{ line: at.line, column: path.join('.') || '-', message: withValue(issue, at.source) }];
}

/**
 * Returns the issue's message with the offending value in front (`"ja" must be true or false`),
 * unless the message already shows it, or there is no value to show (`is missing`).
 */
function withValue(issue: z.core.$ZodIssue, source: string | undefined): string {
	const { input, message } = issue;
	if (input === undefined) return message;
	if (
		issue.code === 'invalid_type' &&
		message === `must be ${TYPE_WORDS.string}` &&
		(typeof input === 'number' || typeof input === 'boolean')
	)
		return quoteAdvice(input, source ?? String(input));
	if (
		input === null ||
		(typeof input === 'string' && input.trim() === '') ||
		(Array.isArray(input) && input.length === 0)
	) {
		return message.startsWith(EMPTY_RULE) || /^(is |")/.test(message)
			? message
			: `is empty; ${message}`;
	}
	if (typeof input === 'object') {
		const kind = Array.isArray(input) ? 'a list' : 'a map';
		return issue.code === 'invalid_type' || issue.code === 'invalid_union'
			? `is ${kind}; ${message}`
			: message;
	}
	const shown = String(input);
	if (
		message.startsWith('"') ||
		message.startsWith(`${shown} `) ||
		message.includes(JSON.stringify(shown))
	)
		return message;
	return `"${shown}" ${message}`;
}

// YAML reads `1.10`, `09.00` and `2023` as numbers: say so, with the text as written, since the
// number may differ from it (`1.10` is 1.1).
function quoteAdvice(input: number | boolean, source: string): string {
	const read =
		typeof input === 'boolean'
			? 'a true/false value'
			: source === String(input)
				? 'a number'
				: `the number ${input}`;
	return `${source} is read as ${read}; write it in quotes: "${source}"`;
}

/**
 * Returns where a path is in the document: the line of its key (or list item), with the text as
 * written when it is a scalar. For a path the document lacks, the line of the deepest map or list
 * it has: a missing key is reported at the key that holds its map, or where the document starts
 * (its `---` line, or its first key) at the top level.
 */
function locate(
	doc: Document,
	path: (string | number)[],
	lineAt: LineAt,
): { line: number; source?: string } {
	let node: unknown = doc.contents;
	let line = lineAt(doc.range?.[0] ?? 0);
	for (const step of path.map(String)) {
		if (isMap(node)) {
			const pair = node.items.find(
				(p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === step,
			);
			if (!pair) return { line };
			const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
			if (keyRange) line = lineAt(keyRange[0]);
			node = pair.value;
		} else if (isSeq(node)) {
			const item = node.items[Number(step)];
			if (item === undefined) return { line };
			if ((isScalar(item) || isCollection(item)) && item.range) line = lineAt(item.range[0]);
			node = item;
		} else return { line };
	}
	return { line, source: isScalar(node) ? (node.source ?? String(node.value)) : undefined };
}

// ---- syntax errors ----

/**
 * Returns one issue per syntax mistake: the parser's message without its "at line X, column Y:"
 * tail and code frame, at the line where the mistake starts (an unclosed quote or bracket is
 * reported where it opens, not at the end of the file). Errors inside the span of an earlier one
 * follow from it and are left out.
 */
function syntaxIssues(doc: Document, source: string, lineAt: LineAt): Located[] {
	const issues: Located[] = [];
	let coveredTo = 0;
	for (const error of doc.errors) {
		const opening = UNCLOSED.test(error.message) ? openingOf(doc, error.pos[0]) : undefined;
		const line = lineAt(opening?.[0] ?? error.pos[0]);
		if (issues.length > 0 && line <= coveredTo) continue;
		coveredTo = Math.max(line, lineAt(error.pos[0]));
		issues.push({
			line,
			column: '-',
			message: YAML_SYNTAX + syntaxMessage(error, source, opening),
		});
	}
	return issues;
}

// Messages of a quote or bracket left open: the parser notices at the end, the mistake is at the opening.
const UNCLOSED = /Missing closing|end with a [\]}]/;

// The range of the innermost quoted text or [ ] / { } collection that the error falls in.
function openingOf(doc: Document, offset: number): Range | undefined {
	let found: Range | undefined;
	visit(doc, (_key, node) => {
		const opens =
			(isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) ||
			(isCollection(node) && node.flow);
		const range = opens ? node.range : undefined;
		if (
			range &&
			range[0] < offset &&
			offset <= range[2] &&
			(found === undefined || range[0] > found[0])
		)
			found = range;
	});
	return found;
}

function syntaxMessage(error: YAMLError, source: string, opening: Range | undefined): string {
	const rest = source.slice(error.pos[0]).split(/\r?\n/)[0];
	const opener = opening ? source[opening[0]] : '';
	if (opener === '"' || opener === "'") return `the quote ${opener} opened here is never closed`;
	if (opening && (opener === '[' || opener === '{')) {
		const close = opener === '[' ? ']' : '}';
		// The parser cannot tell a missing bracket from a badly indented one; the text up to the end
		// of the line where it gave up can.
		const lineEnd = source.indexOf('\n', error.pos[0]);
		if (!source.slice(opening[0], lineEnd < 0 ? undefined : lineEnd).includes(close))
			return `the ${opener} opened here is never closed with ${close}`;
	}
	if (error.code === 'DUPLICATE_KEY')
		return `key "${rest.split(':')[0].trim()}" appears twice in the same map`;
	if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test(rest))
		return `"${rest.trim()}" contains ": "; write it in quotes`;
	return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
