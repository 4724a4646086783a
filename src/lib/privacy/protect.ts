import { auditPublication, type AuditOptions, type AuditResult, type Leak } from './audit';
import type { HiddenSet } from './hidden-set';
import type { ProtectedTable } from './protected-table';
import { locate, publicationOf, type ExtraEquation } from './publication';
import { chooseHiddenCells, hideMore } from './suppress';

export interface ProtectOptions extends AuditOptions {
	/** Published numbers outside the grid of sums, given what is hidden (e.g. payment totals over shown months). */
	extra?: (set: HiddenSet) => readonly ExtraEquation[];
	/** Audit-and-mend rounds before giving up (default 40). */
	maxRounds?: number;
}

export interface ProtectResult {
	hidden: HiddenSet;
	/** The last audit: no leaks unless `maxRounds` ran out or a leak comes from extra equations alone. */
	audit: AuditResult;
	/** Audits run (1 when the synchronous choice was already clean). */
	rounds: number;
	/** Nodes hidden by the mending rounds. */
	mended: number;
}

/**
 * Returns the hidden set of {@link chooseHiddenCells}, audited, and mended until the audit finds no
 * leak: each round hides, for every leak, the smallest published node among the numbers that give
 * it away (one that holds some of the leaking count), closes the sums again and re-checks the
 * leaks only (hiding more never uncovers a count that was safe); a last full audit confirms it.
 * What it cannot mend (a leak that only extra equations give away) stays in `audit.leaks`: a
 * public build must then fail.
 */
export async function protectTable(
	table: ProtectedTable,
	options: ProtectOptions = {},
): Promise<ProtectResult> {
	let hidden = chooseHiddenCells(table);
	let mended = 0;
	let only: Leak[] | undefined;
	for (let rounds = 1; ; rounds++) {
		const audit = await auditPublication(publicationOf(hidden, options.extra?.(hidden) ?? []), {
			...options,
			only,
		});
		if (audit.leaks.length === 0 && only) {
			only = undefined; // clean again: confirm with every count
			continue;
		}
		const mend =
			audit.leaks.length === 0 || rounds >= (options.maxRounds ?? 40)
				? []
				: mendingNodes(table, audit.leaks);
		if (mend.every((nodes) => nodes.length === 0)) return { hidden, audit, rounds, mended };
		mended += mend.reduce((s, nodes) => s + nodes.length, 0);
		hidden = hideMore(hidden, mend);
		only = audit.leaks;
	}
}

// Per leak, the published node with the fewest people among those that hold some of the leaking
// count: a published total of 0 pins every hidden part of it at 0, so hiding it frees nothing.
function mendingNodes(table: ProtectedTable, leaks: readonly Leak[]): number[][] {
	const out = table.groups.map(() => new Set<number>());
	for (const leak of leaks) {
		let best: { g: number; node: number; key: number } | null = null;
		for (const ref of leak.published) {
			const { g, node } = locate(table, ref.group, ref.area, ref.period);
			const group = table.groups[g];
			const measure = group.measures.find((m) => m.id === leak.measure);
			const holds =
				ref.group === leak.group &&
				measure !== undefined &&
				measure.terms.some(([c]) => group.values[node * group.measures.length + c] > 0);
			const key = (holds ? 0 : 1e15) + group.values[node * group.measures.length];
			if (best === null || key < best.key) best = { g, node, key };
		}
		if (best) out[best.g].add(best.node);
	}
	return out.map((s) => [...s]);
}
