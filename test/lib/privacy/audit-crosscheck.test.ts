import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { auditPublication } from '../../../src/lib/privacy/audit';
import type { ProtectedTable } from '../../../src/lib/privacy/protected-table';
import { protectTable } from '../../../src/lib/privacy/protect';
import {
	publicationOf,
	publishEverything,
	type Publication,
} from '../../../src/lib/privacy/publication';
import { grid, MUNICIPALITIES, tableOf, type Counts } from '../../helpers/privacy';

// The audit reduces published totals by their published parts, splits the system into blocks and
// clears most counts by checked moves before any LP. Here a plain attacker checks it: every
// published sum as one CPLEX LP text equation over every cell, one min and one max per count.
// Random small counts and random hidden nodes: patterns nobody chose.

const T = 4;

function random(seed: number) {
	let s = seed;
	return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

// A row that obeys the contract: zero-day and home ≤ stays, days ≥ stays with days, readmissions ≤ base.
function randomCounts(next: () => number): Counts {
	const stays = Math.floor(next() * 9);
	const zero = Math.floor(next() * (stays + 1));
	const base = Math.floor(next() * 9);
	return [
		stays,
		zero,
		stays - zero + Math.floor(next() * 4),
		Math.floor(next() * (stays + 1)),
		base,
		Math.floor(next() * (base + 1)),
	];
}

function randomTable(next: () => number): ProtectedTable {
	const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
	const codes = MUNICIPALITIES.map((m) => m.code);
	const counts = Object.fromEntries(
		months.flatMap((m) => codes.map((c) => [`${c}|${m}`, randomCounts(next)])),
	);
	return tableOf(grid(months, counts, codes));
}

function randomPublication(seed: number): Publication {
	const next = random(seed);
	const pub = publishEverything(randomTable(next));
	const shown = pub.shown.map((s, g) => {
		const C = pub.table.groups[g].spec.columns.length;
		const out = s.slice();
		for (let node = 0; node * C < out.length; node++)
			if (next() < 0.35) out.fill(0, node * C, node * C + C);
		return out;
	});
	return { ...pub, shown };
}

// Every count of every node with data, as the cells it sums.
function leavesOf(table: ProtectedTable, g: number, node: number): number[] {
	const group = table.groups[g];
	const P = table.periods.length;
	const areas = (a: number): number[] =>
		group.areas[a].children.length === 0 ? [a] : group.areas[a].children.flatMap(areas);
	return areas(Math.floor(node / P))
		.flatMap((a) => table.periods[node % P].months.map((m) => a * P + m))
		.filter((n) => group.exists[n]);
}

async function plainAttack(pub: Publication): Promise<string[]> {
	const highs = await highsLoader();
	const { table } = pub;
	const name = (g: number, node: number, c: number) => `x${g}_${node}_${c}`;
	const sumOf = (g: number, node: number, c: number, coef = 1) =>
		leavesOf(table, g, node).map((n) => `${coef < 0 ? '-' : '+'} ${name(g, n, c)}`);
	const constraints: string[] = [];
	const cells = new Set<string>();
	table.groups.forEach((group, g) => {
		const C = group.spec.columns.length;
		group.exists.forEach((e, node) => {
			if (!e) return;
			for (let c = 0; c < C; c++) {
				for (const n of leavesOf(table, g, node)) cells.add(name(g, n, c));
				if (pub.shown[g][node * C + c])
					constraints.push(
						`${sumOf(g, node, c).join(' ')} = ${group.values[node * group.measures.length + c]}`,
					);
			}
			if (leavesOf(table, g, node).length !== 1 || leavesOf(table, g, node)[0] !== node) return;
			for (const fact of group.spec.facts)
				constraints.push(
					`${fact.terms.map(([col, coef]) => `${coef < 0 ? '-' : '+'} ${Math.abs(coef)} ${name(g, node, group.spec.columns.indexOf(col))}`).join(' ')} >= 0`,
				);
		});
	});
	const leaks: string[] = [];
	table.groups.forEach((group, g) => {
		group.exists.forEach((e, node) => {
			if (!e) return;
			group.measures.forEach((measure, k) => {
				const value = group.values[node * group.measures.length + k];
				if (value < 1 || value > T) return;
				const objective = measure.terms.flatMap(([c, coef]) => sumOf(g, node, c, coef)).join(' ');
				const solve = (sense: string) =>
					highs.solve(
						`${sense}\n obj: ${objective}\nSubject To\n${constraints.map((c, i) => ` c${i}: ${c}`).join('\n')}\nBounds\n${[...cells].map((x) => ` ${x} >= 0`).join('\n')}\nEnd\n`,
					);
				const [lo, hi] = [solve('Minimize'), solve('Maximize')];
				const min = Math.ceil(lo.ObjectiveValue - 1e-6) + 0;
				const max = hi.Status === 'Unbounded' ? Infinity : Math.floor(hi.ObjectiveValue + 1e-6) + 0;
				const { area, period } = {
					area: group.areas[Math.floor(node / table.periods.length)].id,
					period: table.periods[node % table.periods.length].id,
				};
				if (min >= 1 && max <= T)
					leaks.push(`${group.spec.id} ${area} ${period} ${measure.id} [${min}, ${max}]`);
			});
		});
	});
	return leaks.sort();
}

describe('auditPublication(publication) against a plain LP over every published sum', () => {
	it.each([1, 2, 3, 4, 5])(
		'finds the same leaks on random small counts with random hidden nodes (seed %i)',
		async (seed) => {
			const pub = randomPublication(seed);
			const { leaks } = await auditPublication(pub);
			const found = leaks
				.map((l) => `${l.group} ${l.area} ${l.period} ${l.measure} [${l.interval.join(', ')}]`)
				.sort();
			expect(found).toEqual(await plainAttack(pub));
		},
	);

	it.each([6, 7, 8])('finds nothing in what protectTable publishes (seed %i)', async (seed) => {
		const { hidden, audit } = await protectTable(randomTable(random(seed)));
		expect(audit.leaks).toEqual([]);
		expect(await plainAttack(publicationOf(hidden))).toEqual([]);
	});
});
