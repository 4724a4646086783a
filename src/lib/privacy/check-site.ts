import { auditPublication, type AuditOptions, type AuditResult } from './audit';
import type { ProtectedTable } from './protected-table';
import { publicationOfNumbers, type ExtraEquation, type PublishedNumber } from './publication';
import { readSite, type SiteContext, type SiteFile } from './read-site';
import { valueOnTable } from './reading';
import { withWithheld } from './withheld';

// The leak checker is the attacker: it reads every number a built site publishes, writes them as
// equations over the protected table and runs the same audit a public build runs, so it sees what
// the site really shows, not what the build meant to show.

/** What the leak checker found on a site. */
export interface SiteCheck {
	/** Counts read (each a sum of one column over an area and period). */
	numbers: number;
	/** Other equations read (complements, sums over some rows, kroner, rates, ratios) that hold on the protected rows. */
	equations: number;
	/** Numbers that could not be placed, or that are not what the protected rows give: the audit cannot vouch for them. */
	problems: string[];
	audit: AuditResult;
}

/**
 * Returns the audit of everything a built site publishes, over the protected table of its data
 * (with its withheld rows as groups of their own, see `withheldSources`): leaks (protected counts
 * from 1 to the threshold an attacker pins) with the numbers that give them away, and problems
 * (numbers the checker cannot place, or that neither the protected rows nor those plus the
 * withheld rows give).
 */
export async function checkSite(
	files: readonly SiteFile[],
	context: SiteContext,
	options: AuditOptions = {},
): Promise<SiteCheck> {
	const reading = readSite(files, context);
	const numbers = placeNumbers(context.table, reading.numbers);
	const extra = keepTrueEquations(context.table, [...reading.extra, ...numbers.widened]);
	const { publication, problems: unplaced } = publicationOfNumbers(
		context.table,
		numbers.kept,
		extra.kept,
	);
	const audit = await auditPublication(publication, options);
	return {
		numbers: reading.numbers.length,
		equations: extra.kept.length - numbers.widened.length,
		problems: [...reading.problems, ...extra.problems, ...unplaced],
		audit,
	};
}

// A count that is not the table's sum but is the sum with the node's withheld rows becomes that equation.
function placeNumbers(table: ProtectedTable, numbers: readonly PublishedNumber[]) {
	const kept: PublishedNumber[] = [];
	const widened: ExtraEquation[] = [];
	for (const n of numbers) {
		const group = table.groups.find((g) => g.spec.columns.includes(n.column));
		const terms: ExtraEquation['terms'] = group
			? [[{ group: group.spec.id, area: n.area, month: n.period, column: n.column }, 1]]
			: [];
		const v = group ? valueOnTable(table, terms) : null;
		// A node without rows sums to nothing, not 0: a number there may be a withheld row's.
		const placed = v !== null && holds(v, n.value, n.value) && hasRows(table, terms[0][0]);
		const wide = v === null || placed ? null : withWithheld(table, terms);
		if (wide)
			widened.push({
				label: `${n.where}: ${n.column} ${n.area} ${n.period} = ${n.value}, the withheld rows included`,
				terms: wide,
				lower: n.value,
				upper: n.value,
			});
		else kept.push(n); // publicationOfNumbers says what is wrong with the rest
	}
	return { kept, widened };
}

// An equation that does not hold on the protected rows, nor with the withheld rows joined, comes from
// other rows (or is misread): a problem, left out of the system, where it would make the LP infeasible.
function keepTrueEquations(
	table: ProtectedTable,
	extra: readonly ExtraEquation[],
): { kept: ExtraEquation[]; problems: string[] } {
	const kept: ExtraEquation[] = [];
	const problems: string[] = [];
	for (const e of extra) {
		const v = valueOnTable(table, e.terms);
		const wide = v === null || holds(v, e.lower, e.upper) ? null : withWithheld(table, e.terms);
		const w = wide && valueOnTable(table, wide);
		if (v === null)
			problems.push(`${e.label}: names an area or period the protected table does not have`);
		else if (holds(v, e.lower, e.upper)) kept.push(e);
		else if (wide && w !== null && holds(w, e.lower, e.upper))
			kept.push({ ...e, label: `${e.label}, the withheld rows included`, terms: wide });
		else problems.push(`${e.label}: the protected rows give ${round(v)}`);
	}
	return { kept, problems };
}

function hasRows(table: ProtectedTable, ref: ExtraEquation['terms'][number][0]): boolean {
	const g = table.groups.find((x) => x.spec.id === ref.group)!;
	return (
		g.exists[
			g.areaIndex.get(ref.area)! * table.periods.length + table.periodIndex.get(ref.month)!
		] === 1
	);
}

const holds = (v: number, lower: number, upper: number) => {
	const slack = 1e-6 * Math.max(1, Math.abs(v));
	return v >= lower - slack && v <= upper + slack;
};

const round = (v: number) => Math.round(v * 1e4) / 1e4;
