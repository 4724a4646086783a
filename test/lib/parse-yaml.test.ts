import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConferenceFileSchema } from '../../src/lib/conference';
import { formatIssue } from '../../src/lib/issues';
import { parseYaml, yamlLineOf } from '../../src/lib/parse-yaml';

const Schema = z.strictObject({
	title: z.string().min(1),
	synthetic: z.boolean(),
	count: z.number().int().min(0).optional(),
	share: z.number().max(1).optional(),
	direction: z.enum(['lower', 'higher']).optional(),
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
		.optional(),
	id: z.string().optional(),
	tags: z.array(z.string()).min(1).optional(),
	kpi: z.strictObject({ target: z.number(), tolerance: z.number() }).optional(),
});

const lines = (text: string) => parseYaml(text, 'data/x.yaml', Schema).issues.map(formatIssue);
const one = (extra: string) => lines(`title: T\nsynthetic: true\n${extra}\n`);

describe('parseYaml(text, file, schema): value and rule, at the right line', () => {
	it.each([
		[
			'a word for a boolean',
			'title: T\nsynthetic: ja\n',
			'data/x.yaml:2: synthetic: "ja" must be true or false',
		],
		['text for a number', 'count: mange', 'data/x.yaml:3: count: "mange" must be a number'],
		['a negative count', 'count: -177', 'data/x.yaml:3: count: "-177" must be ≥ 0'],
		['a decimal count', 'count: 4.5', 'data/x.yaml:3: count: "4.5" must be a whole number'],
		['a share over 1', 'share: 1.5', 'data/x.yaml:3: share: "1.5" must be ≤ 1'],
		[
			'a word not in the list',
			'direction: høyere',
			'data/x.yaml:3: direction: "høyere" must be one of lower, higher',
		],
		[
			'a schema message, value in front',
			'date: 2024-1-01',
			'data/x.yaml:3: date: "2024-1-01" must be a date written YYYY-MM-DD',
		],
		['an empty value', 'date:', 'data/x.yaml:3: date: is empty; must be text'],
		['an empty list', 'tags: []', 'data/x.yaml:3: tags: must not be empty'],
		['a list for text', 'id: [a, b]', 'data/x.yaml:3: id: is a list; must be text'],
		[
			'a number for text',
			'id: 1.1',
			'data/x.yaml:3: id: 1.1 is read as a number; write it in quotes: "1.1"',
		],
		[
			'a number that is not what was written',
			'id: 1.10',
			'data/x.yaml:3: id: 1.10 is read as the number 1.1; write it in quotes: "1.10"',
		],
	])('%s', (_name, text, expected) => {
		expect(text.startsWith('title') ? lines(text) : one(text)).toEqual([expected]);
	});

	it('says a map is not a list', () => {
		expect(lines('- a\n- b\n')).toEqual(['data/x.yaml:1: -: is a list; must be a map']);
	});

	it('reports a missing key at the line of the map that lacks it, the top level where the document starts', () => {
		expect(lines('# comment\n\ntitle: T\n')).toEqual(['data/x.yaml:3: synthetic: is missing']);
		expect(one('kpi:\n  target: 1')).toEqual(['data/x.yaml:3: kpi.tolerance: is missing']);
	});

	it('reports each unknown key at its own line with the keys the map takes, and the misspelt key as missing', () => {
		expect(one('kpi:\n  target: 1\n  tolerence: 2\nauthor: x')).toEqual([
			'data/x.yaml:3: kpi.tolerance: is missing',
			'data/x.yaml:5: kpi.tolerence: unknown key; expected one of target, tolerance',
			'data/x.yaml:6: author: unknown key; expected one of title, synthetic, count, share, direction, date, id, tags, kpi',
		]);
	});

	it('counts lines from a `---` line and reports a missing top-level key there', () => {
		expect(lines('---\n# c\ntitle: T\n')).toEqual(['data/x.yaml:1: synthetic: is missing']);
	});

	it('explains an unquoted clock time', () => {
		const text =
			'conferences:\n  - number: 1\n    title: T\n    date: null\n    start: 09.00\n    source: S\nfact_sheet: /rapporter/\n';
		expect(
			parseYaml(text, 'data/conference.yaml', ConferenceFileSchema).issues.map(formatIssue),
		).toEqual([
			'data/conference.yaml:5: conferences.0.start: 09.00 is read as the number 9; write it in quotes: "09.00"',
		]);
	});
});

describe('parseYaml: syntax errors, one line per mistake where it starts', () => {
	it('reports an unclosed quote where it opens, not at the end of the file', () => {
		expect(lines('title: "Syntetiske data\nsynthetic: true\ncount: 3\n')).toEqual([
			'data/x.yaml:1: -: YAML syntax: the quote " opened here is never closed',
		]);
	});

	it('reports an unclosed [ once, at its line', () => {
		expect(lines('title: T\nsynthetic: true\ntags: [a\ncount: 3\n')).toEqual([
			'data/x.yaml:3: -: YAML syntax: the [ opened here is never closed with ]',
		]);
	});

	it('names a repeated key and a value with ": " in it', () => {
		expect(lines('title: T\ntitle: U\n')).toEqual([
			'data/x.yaml:2: -: YAML syntax: key "title" appears twice in the same map',
		]);
		expect(lines('title: Tiltak: 1.1\n')).toEqual([
			'data/x.yaml:1: -: YAML syntax: "Tiltak: 1.1" contains ": "; write it in quotes',
		]);
	});

	it('keeps no parser position or code frame in the message', () => {
		for (const line of lines('a: [\n  - b\n: c\n')) expect(line).not.toMatch(/at line \d+|\n|:$/);
	});
});

describe('yamlLineOf(text, path)', () => {
	it('returns the line of a key, of a list item, and of the parent of a missing key', () => {
		const text = 'a:\n  b:\n    - x\n    - y\n';
		expect(yamlLineOf(text, ['a', 'b'])).toBe(2);
		expect(yamlLineOf(text, ['a', 'b', 1])).toBe(4);
		expect(yamlLineOf(text, ['a', 'c'])).toBe(1);
	});
});
