import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { DataIssue } from './issues';

export interface ParsedYaml<T> {
	value: T | null;
	issues: DataIssue[];
}

/**
 * Returns a YAML text validated by `schema`, or `null` with one issue per problem: YAML syntax
 * errors, and schema errors located at the line of the offending key (column = dotted path).
 */
export function parseYaml<S extends z.ZodType>(text: string, file: string, schema: S): ParsedYaml<z.output<S>> {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
	const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	if (doc.errors.length > 0) {
		const issues = doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), column: '-', message: `YAML syntax: ${e.message.split('\n')[0]}` }));
		return { value: null, issues };
	}
	const result = schema.safeParse(doc.toJS());
	if (result.success) return { value: result.data, issues: [] };
	const issues = result.error.issues.map((issue) => {
		const path = issue.path.map(String);
		return { file, line: lineAt(nodeOffset(doc, path)), column: path.join('.') || '-', message: issue.message };
	});
	return { value: null, issues };
}

/** Returns the line number of a dotted path in a YAML text, for rules checked after parsing. */
export function yamlLineOf(text: string, path: (string | number)[]): number {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
	const offset = nodeOffset(doc, path.map(String));
	return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}

// The deepest existing node on the path: a missing key is reported where its parent is.
function nodeOffset(doc: ReturnType<typeof parseDocument>, path: string[]): number | undefined {
	for (let n = path.length; n >= 0; n--) {
		const keys = path.slice(0, n).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
		const node = n === 0 ? doc.contents : doc.getIn(keys, true);
		if (isNode(node) && node.range) return node.range[0];
	}
	return undefined;
}
