import type { Snapshot } from './schema';

/**
 * Returns `snapshot.json` text: the top level one key a line (tab-indented), each list one item a
 * line, so a reader can scan it and git shows a change as the lines it touches; ends in a newline.
 */
export function formatSnapshot(snapshot: Snapshot): string {
	const entries = Object.entries(snapshot).map(([key, value]) => {
		const text = Array.isArray(value) ? formatList(value) : JSON.stringify(value);
		return `\t${JSON.stringify(key)}: ${text}`;
	});
	return `{\n${entries.join(',\n')}\n}\n`;
}

function formatList(items: unknown[]): string {
	if (items.length === 0) return '[]';
	return `[\n${items.map((item) => `\t\t${JSON.stringify(item)}`).join(',\n')}\n\t]`;
}
