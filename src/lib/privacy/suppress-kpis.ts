import { makeResults, type Area, type KpiRecord, type KpiResults } from '../kpi/compute';
import type { KpiId } from '../kpi/definitions';
import type { Municipality } from '../schema';
import { yearOf } from '../month';

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
	municipalities: Municipality[];
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
 * values are published only for the whole helsefellesskap (their differences would reveal months).
 */
export function suppressKpiResults(results: KpiResults, options: SuppressionOptions): KpiResults {
	const { municipalities, threshold, baselineYear } = options;
	const hidden = new Set<string>();
	GROUPS.forEach((group, g) => {
		const records = results.records.filter((r) => group.kpis.includes(r.kpi) && r.periodType !== 'rolling12');
		const cells = indexCells(records);
		// Primary: any small count in the group's records of the cell, or a hidden cell of the group it follows.
		for (const [key, rs] of cells) {
			const [, area, period] = key.split('|');
			const followed = group.follows !== undefined && hidden.has(cellKey(group.follows, area, period));
			if (followed || rs.some((r) => isSmallCount(r.numerator, threshold) || isSmallCount(r.denominator, threshold))) hidden.add(key);
		}
		hideComplements(g, cells, hidden, parentsOf(group.kpis, results, municipalities), results.months);
	});
	const baselineHidden = (r: KpiRecord) => hidden.has(cellKey(groupOf(r.kpi), r.area, baselineYear));
	const records = results.records.map((r): KpiRecord => {
		const isHidden = r.periodType === 'rolling12' ? r.area !== 'all' : hidden.has(cellKey(groupOf(r.kpi), r.area, r.period));
		if (isHidden) return { ...r, value: null, numerator: null, denominator: null, achievement: null, level: null, forecast: null, baseline: null, expected: null, suppressed: true };
		if (r.baseline !== null && baselineHidden(r)) return { ...r, baseline: null, expected: null, achievement: null, level: null };
		return r;
	});
	return makeResults(records, results.areas, results.units, results.months, results.latestMonth);
}

type Cells = Map<string, KpiRecord[]>;
type Parent = { id: string; children: string[] };

const groupOf = (kpi: KpiId) => GROUPS.findIndex((g) => g.kpis.includes(kpi));
const cellKey = (group: number, area: string, period: string) => `${group}|${area}|${period}`;

function indexCells(records: KpiRecord[]): Cells {
	const cells: Cells = new Map();
	for (const r of records) {
		const key = cellKey(groupOf(r.kpi), r.area, r.period);
		if (!cells.has(key)) cells.set(key, []);
		cells.get(key)!.push(r);
	}
	return cells;
}

function parentsOf(group: KpiId[], results: KpiResults, municipalities: Municipality[]): Parent[] {
	if (group.includes('short_term_los')) return [{ id: 'all', children: results.units.map((u) => u.id) }];
	const clusters = results.areas.filter((a: Area) => a.kind === 'cluster');
	return [
		{ id: 'all', children: clusters.map((c) => c.id) },
		...clusters.map((c) => ({ id: c.id, children: municipalities.filter((m) => `cluster:${m.cluster}` === c.id).map((m) => m.code) })),
	];
}

// Hide more cells until no hidden cell is the only hidden part of a published total, across areas
// (parent = Σ children) and across time (year = Σ months).
function hideComplements(group: number, cells: Cells, hidden: Set<string>, parents: Parent[], months: string[]) {
	const key = (area: string, period: string) => `${group}|${area}|${period}`;
	const periods = [...new Set([...cells.keys()].map((k) => k.split('|')[2]))];
	const areas = [...new Set([...cells.keys()].map((k) => k.split('|')[1]))];
	const years = [...new Set(months.map(yearOf))];
	const size = (k: string) => Math.max(0, ...(cells.get(k) ?? []).map((r) => r.denominator ?? r.numerator ?? 0));
	const complete = (total: string, parts: string[]) => {
		if (!cells.has(total) || hidden.has(total)) return false;
		const hiddenParts = parts.filter((p) => hidden.has(p));
		if (hiddenParts.length !== 1) return false;
		// The smallest published part with data hides best; a parent whose other parts are all empty equals the hidden one.
		const candidates = parts.filter((p) => cells.has(p) && !hidden.has(p) && size(p) > 0).sort((a, b) => size(a) - size(b));
		hidden.add(candidates[0] ?? total);
		return true;
	};
	for (let changed = true; changed; ) {
		changed = false;
		for (const period of periods) for (const p of parents) changed = complete(key(p.id, period), p.children.map((c) => key(c, period))) || changed;
		for (const area of areas) for (const y of years) changed = complete(key(area, y), months.filter((m) => yearOf(m) === y).map((m) => key(area, m))) || changed;
	}
}
