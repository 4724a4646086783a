import { ALL } from '../areas';
import { monthRange, yearOf } from '../dates';
import { mapResults } from '../kpi/results';
import type { KpiId, KpiRecord, KpiResults } from '../kpi/types';

/**
 * KPIs that share counts are hidden together: UKP days, the zero-day share and the mean share
 * stays, zero-day stays and days, so hiding one of them while showing another would give its
 * counts away. The share sent home has its own numerator but shares the stays, so it is hidden
 * wherever the first group is (`follows`), and on its own where only its numerator is small.
 */
const GROUPS: { kpis: KpiId[]; follows?: number }[] = [
	{ kpis: ['ukp_days', 'zero_day_share', 'mean_ukp_days'] },
	{ kpis: ['direct_home_share'], follows: 0 },
	{ kpis: ['readmission_share'] },
	{ kpis: ['short_term_los'] },
];

export interface SuppressionOptions {
	/** Counts from 1 up to and including this are hidden. */
	threshold: number;
	/** The targets' baseline year: an area whose baseline-year cell is hidden has no published baseline. */
	baselineYear: string;
}

/** Returns true for a count that a public output must not show: 1 up to and including `threshold`. */
export function isSmallCount(count: number | null | undefined, threshold: number): boolean {
	return count !== null && count !== undefined && count >= 1 && count <= threshold;
}

/**
 * Returns results fit for a public output. Primary suppression hides every cell (KPI group, area,
 * period) with a numerator or denominator from 1 to `threshold`; secondary suppression then hides
 * more cells until none can be derived: no published parent (a cluster, or the helsefellesskap)
 * has exactly one hidden child, and no published year has exactly one hidden month. Hidden records
 * keep their period and target but lose value, counts, achievement, level and forecast; an area
 * whose baseline year is hidden loses its baseline and expected values too. Rolling 12-month
 * values (the whole helsefellesskap only) are hidden when any of their months is.
 */
export function suppressKpiResults(results: KpiResults, options: SuppressionOptions): KpiResults {
	const { threshold, baselineYear } = options;
	// Step 1: a grid of cells (area × month or year) per KPI group.
	const areaIds = [...results.areas, ...results.units].map((a) => a.id);
	const periodIds = [...results.months, ...new Set(results.months.map(yearOf))];
	const area = new Map(areaIds.map((id, i) => [id, i]));
	const period = new Map(periodIds.map((id, i) => [id, i]));
	const at = (a: string, p: string) => area.get(a)! * periodIds.length + period.get(p)!;
	const grids = GROUPS.map(() => newGrid(areaIds.length * periodIds.length));
	for (const r of results.records) {
		if (r.periodType === 'rolling12') continue;
		const grid = grids[groupOf.get(r.kpi)!];
		const i = at(r.area, r.period);
		grid.exists[i] = 1;
		grid.size[i] = Math.max(grid.size[i], r.denominator ?? r.numerator ?? 0);
		// Step 2, primary: any small count in the group's records of the cell.
		if (isSmallCount(r.numerator, threshold) || isSmallCount(r.denominator, threshold)) grid.hidden[i] = 1;
	}
	// Step 3, secondary: the groups a group follows, then complements across areas and time.
	const years = [...new Set(results.months.map(yearOf))].map((y) => ({ total: period.get(y)!, parts: results.months.filter((m) => yearOf(m) === y).map((m) => period.get(m)!) }));
	GROUPS.forEach((group, g) => {
		if (group.follows !== undefined) grids[g].hidden.forEach((_, i) => (grids[g].hidden[i] |= grids[group.follows!].hidden[i]));
		const parents = parentsOf(group.kpis, results).map((p) => ({ total: area.get(p.id)!, parts: p.children.map((c) => area.get(c)!) }));
		hideComplements(grids[g], parents, years, areaIds.length, periodIds.length);
	});
	// Step 4: the records, with hidden cells emptied.
	const isHidden = (r: KpiRecord, p: string) => grids[groupOf.get(r.kpi)!].hidden[at(r.area, p)] === 1;
	const series = [...new Map(results.records.map((r) => [`${r.kpi}|${r.area}`, { kpi: r.kpi, area: r.area }])).values()];
	return mapResults(results, series, (r): KpiRecord => {
		const hidden = r.periodType === 'rolling12' ? monthRange(...(r.period.split('/') as [string, string])).some((m) => isHidden(r, m)) : isHidden(r, r.period);
		if (hidden) return { ...r, value: null, numerator: null, denominator: null, achievement: null, level: null, forecast: null, baseline: null, expected: null, suppressed: true };
		if (r.baseline !== null && period.has(baselineYear) && isHidden(r, baselineYear)) return { ...r, baseline: null, expected: null, achievement: null, level: null };
		return r;
	}, { suppressionThreshold: threshold });
}

interface Grid {
	exists: Uint8Array;
	hidden: Uint8Array;
	/** The largest count behind the cell: complements are picked smallest first. */
	size: Float64Array;
}
type Parent = { id: string; children: string[] };
type Sum = { total: number; parts: number[] };

const newGrid = (n: number): Grid => ({ exists: new Uint8Array(n), hidden: new Uint8Array(n), size: new Float64Array(n) });
const groupOf = new Map(GROUPS.flatMap((g, i) => g.kpis.map((k) => [k, i] as const)));

function parentsOf(group: KpiId[], results: KpiResults): Parent[] {
	if (group.includes('short_term_los')) return [{ id: ALL, children: results.units.map((u) => u.id) }];
	const clusters = results.areas.filter((a) => a.kind === 'cluster');
	return [{ id: ALL, children: clusters.map((c) => c.id) }, ...clusters.map((c) => ({ id: c.id, children: c.members }))];
}

// Hide more cells until no hidden cell is the only hidden part of a published total, across areas
// (parent = Σ children, for every period) and across time (year = Σ months, for every area).
function hideComplements(grid: Grid, parents: Sum[], years: Sum[], areaCount: number, periodCount: number) {
	const complete = (total: number, parts: number[]) => {
		if (!grid.exists[total] || grid.hidden[total]) return false;
		let hiddenParts = 0;
		for (const p of parts) hiddenParts += grid.hidden[p];
		if (hiddenParts !== 1) return false;
		// The smallest published part with data hides best; a total whose other parts are all empty equals the hidden one.
		let best = -1;
		for (const p of parts) if (grid.exists[p] && !grid.hidden[p] && grid.size[p] > 0 && (best === -1 || grid.size[p] < grid.size[best])) best = p;
		grid.hidden[best === -1 ? total : best] = 1;
		return true;
	};
	for (let changed = true; changed; ) {
		changed = false;
		for (let p = 0; p < periodCount; p++) {
			for (const s of parents) changed = complete(s.total * periodCount + p, s.parts.map((a) => a * periodCount + p)) || changed;
		}
		for (let a = 0; a < areaCount; a++) {
			for (const y of years) changed = complete(a * periodCount + y.total, y.parts.map((m) => a * periodCount + m)) || changed;
		}
	}
}
