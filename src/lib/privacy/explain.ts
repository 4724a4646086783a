import type { Area, GroupTable, Period, ProtectedTable } from './protected-table';
import { locate, type Publication } from './publication';
import { publishedPartsOf, type LinearRow, type TargetForm } from './reduce';

/** A protected count an attacker can pin to a value, or to a range inside 1…threshold. */
export interface Leak {
	group: string;
	area: string;
	period: string;
	/** The column or complement (`ukp_stays_with_days` = stays − zero-day stays). */
	measure: string;
	/** The true count. */
	value: number;
	/** The whole numbers the attacker can prove it lies between. */
	interval: [number, number];
	/** The published numbers (and contract rules) that give it away, in words a person can check. */
	because: string[];
	/** The published nodes among them: hiding one of these is how to mend the leak. */
	published: NodeRef[];
}

/** A node of a group: an area and a period. */
export interface NodeRef {
	group: string;
	area: string;
	period: string;
}

// Leaks in words a person can check against the published pages: which published numbers, minus
// which published parts, and which rules of the data contract.

const MAX_PARTS = 8;

/** Returns the area and period of a node. */
export function nodeName(
	table: ProtectedTable,
	group: GroupTable,
	node: number,
): { area: Area; period: Period } {
	const P = table.periods.length;
	return { area: group.areas[Math.floor(node / P)], period: table.periods[node % P] };
}

/** Returns a node as people name it: `Oppdal (5021) 2025-03`. */
export function nodeLabel(table: ProtectedTable, group: GroupTable, node: number): string {
	const { area, period } = nodeName(table, group, node);
	return `${area.name === area.id ? area.id : `${area.name} (${area.id})`} ${period.id}`;
}

/** Returns one equation of the attacker's system in words: the published total minus its published parts, a contract rule, or an extra. */
export function explainRow(pub: Publication, row: LinearRow): string {
	const s = row.source;
	if (s.kind === 'extra') return explainExtra(pub, pub.extra[s.index]);
	const g = pub.table.groups[s.group];
	if (s.kind === 'fact')
		return `${nodeLabel(pub.table, g, s.node)}: ${g.spec.facts[s.fact].label} (data contract)`;
	const column = g.spec.columns[s.column];
	const total = `${nodeLabel(pub.table, g, s.node)} ${column} = ${formatCount(g.values[s.node * g.measures.length + s.column])} (published)`;
	const parts = publishedPartsOf(pub, s.group, s.column, s.node);
	return parts.length === 0 ? total : `${total} minus ${listParts(pub, g, parts)}`;
}

/** Returns why a protected count is published outright: its sums, shown or made of shown parts. */
export function explainShown(pub: Publication, t: TargetForm): string[] {
	const g = pub.table.groups[t.group];
	return g.measures[t.measure].terms.map(([c]) => {
		const label = `${nodeLabel(pub.table, g, t.node)} ${g.spec.columns[c]} = ${formatCount(g.values[t.node * g.measures.length + c])}`;
		if (pub.shown[t.group][t.node * g.spec.columns.length + c]) return `${label} (published)`;
		return `${label} (the sum of published ${listParts(pub, g, publishedPartsOf(pub, t.group, c, t.node))})`;
	});
}

// An extra equation, with the published sums among its terms (they are what it was reduced by).
function explainExtra(pub: Publication, extra: Publication['extra'][number]): string {
	const shown = new Set<string>();
	for (const [ref] of extra.terms) {
		const { g, node } = locate(pub.table, ref.group, ref.area, ref.month);
		const group = pub.table.groups[g];
		const c = group.spec.columns.indexOf(ref.column);
		if (pub.shown[g][node * group.spec.columns.length + c])
			shown.add(
				`${nodeLabel(pub.table, group, node)} ${ref.column} = ${formatCount(group.values[node * group.measures.length + c])}`,
			);
	}
	const listed =
		[...shown].slice(0, MAX_PARTS).join(', ') +
		(shown.size > MAX_PARTS ? ` and ${shown.size - MAX_PARTS} more` : '');
	return shown.size === 0
		? `${extra.label} (published)`
		: `${extra.label} (published), with ${listed} (published)`;
}

function listParts(
	pub: Publication,
	g: GroupTable,
	parts: { node: number; value: number }[],
): string {
	const shown = parts
		.slice(0, MAX_PARTS)
		.map((p) => `${nodeLabel(pub.table, g, p.node)} = ${formatCount(p.value)}`);
	const rest = parts.slice(MAX_PARTS);
	const more =
		rest.length === 0
			? ''
			: ` and ${rest.length} more (together ${formatCount(rest.reduce((s, p) => s + p.value, 0))})`;
	return `${shown.join(', ')}${more}`;
}

const formatCount = (v: number) => String(Math.round(v * 1e6) / 1e6);

/** Returns a leak: the count, its range, and the rows that give it away (`rows` null: published outright). */
export function leakOf(
	pub: Publication,
	t: TargetForm,
	interval: [number, number],
	rows: LinearRow[] | null,
): Leak {
	const g = pub.table.groups[t.group];
	const { area, period } = nodeName(pub.table, g, t.node);
	const because = rows ? rows.map((r) => explainRow(pub, r)) : explainShown(pub, t);
	const published = (rows ? publishedNodesOf(pub, rows) : shownNodesOf(pub, t)).map(
		({ group, node }) => {
			const n = nodeName(pub.table, pub.table.groups[group], node);
			return { group: pub.table.groups[group].spec.id, area: n.area.id, period: n.period.id };
		},
	);
	return {
		group: g.spec.id,
		area: area.id,
		period: period.id,
		measure: g.measures[t.measure].id,
		value: t.value,
		interval,
		because,
		published,
	};
}

function publishedNodesOf(pub: Publication, rows: LinearRow[]): { group: number; node: number }[] {
	return rows.flatMap((r) => {
		const s = r.source;
		if (s.kind !== 'sum') return [];
		return [s.node, ...publishedPartsOf(pub, s.group, s.column, s.node).map((p) => p.node)].map(
			(node) => ({ group: s.group, node }),
		);
	});
}

function shownNodesOf(pub: Publication, t: TargetForm): { group: number; node: number }[] {
	const g = pub.table.groups[t.group];
	return g.measures[t.measure].terms.flatMap(([c]) => {
		if (pub.shown[t.group][t.node * g.spec.columns.length + c])
			return [{ group: t.group, node: t.node }];
		return publishedPartsOf(pub, t.group, c, t.node).map((p) => ({ group: t.group, node: p.node }));
	});
}
