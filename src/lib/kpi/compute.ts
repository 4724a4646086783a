import type { Dataset } from '../dataset';
import { monthFromIndex, monthIndex, monthRange, type Month } from '../dates';
import type { KpiTarget } from '../targets';
import { KPI_DEFINITIONS, KPI_IDS, type KpiId } from './definitions';
import { clusterArea, computeMonthlySums, type KpiSums } from './monthly-sums';
import { listPeriods, type Period, type PeriodType } from './periods';
import { computeAchievement, computeLevel, expectedAt, normalizeBasis, trajectoryFraction, type Level, type ProgressBasis } from './progress';
import { makeResults } from './results';

export type { PeriodType };

/** One KPI value for one area and period, with what it is measured against. */
export interface KpiRecord {
	kpi: KpiId;
	/** `all`, a municipality code, `cluster:<name>`, or (short-term) a unit id. */
	area: string;
	/** `2024-05` (month), `2024` (calendar year, to date for the running year) or `2025-11/2026-10` (rolling 12 months, area `all` only). */
	period: string;
	periodType: PeriodType;
	/** Σ numerator / Σ denominator (a count for `ukp_days`); `null` without data or with a zero denominator. */
	value: number | null;
	numerator: number | null;
	/** `null` for counts. */
	denominator: number | null;
	/** Months of the period that had data. */
	monthsWithData: number;
	/** Months of the period inside the data's range (fewer than 12 for the running year). */
	monthsInPeriod: number;
	/** False when a month of the period lacks data from some of the area's municipalities (or units): sums are then partial. */
	complete: boolean;
	/** The readmission share is provisional while 30 days have not passed since the latest month. */
	provisional: boolean;
	/** Target for this period: counts pro rata (1 767 × months / 12); `null` where no target applies. */
	target: number | null;
	/** Value on the trajectory at the end of the period, on the same scale as `target`. */
	expected: number | null;
	/** Goal achievement as a fraction (1 = target reached); not clipped. */
	achievement: number | null;
	level: Level | null;
	/** Baseline-year value for this area, on the same scale as `target`. */
	baseline: number | null;
	/** Year-end forecast of a count for the running year (value per month with data × 12). */
	forecast: number | null;
	/** True in a public build when the value is hidden to protect small counts (see lib/privacy). */
	suppressed: boolean;
}

/** An area a KPI is computed for. */
export interface Area {
	id: string;
	kind: 'all' | 'cluster' | 'municipality' | 'unit';
	name: string;
}

export interface KpiResults {
	records: KpiRecord[];
	/** Areas of the UKP KPIs: all, clusters, municipalities. */
	areas: Area[];
	/** Short-term units. */
	units: Area[];
	/** Every month from the first to the latest month with data. */
	months: Month[];
	latestMonth: Month;
	/** The small-count threshold the records were suppressed with (public outputs), or `null` when nothing is hidden. */
	suppressionThreshold: number | null;
	/** Returns the record for a KPI, area and period, if there is one. */
	get(kpi: KpiId, area: string, period: string): KpiRecord | undefined;
	/** Returns the records of one KPI and area of one period type, oldest first. */
	series(kpi: KpiId, area: string, periodType: PeriodType): KpiRecord[];
}

/**
 * Returns every KPI per month, per calendar year and per rolling 12 months, for every area, with
 * target, trajectory, achievement and level from the targets file. Every value is a ratio of sums;
 * a month without data is a `null` record, never 0.
 */
export function computeKpis(dataset: Dataset): KpiResults {
	// Step 1: the month range, the areas and the periods.
	let firstIndex = Infinity;
	let lastIndex = -Infinity;
	for (const r of [...dataset.ukp, ...dataset.shortTerm]) {
		const i = monthIndex(r.month);
		if (i < firstIndex) firstIndex = i;
		if (i > lastIndex) lastIndex = i;
	}
	const months = monthRange(monthFromIndex(firstIndex), monthFromIndex(lastIndex));
	const latest = months[months.length - 1];
	const areas = listAreas(dataset);
	const unitNames = dataset.manifest.unit_names ?? {};
	const units = [...new Set(dataset.shortTerm.map((r) => r.unit))].sort().map((id) => ({ id, kind: 'unit' as const, name: unitNames[id] ?? id }));
	const effective = Date.parse(`${dataset.targets.effective_date}T00:00:00Z`);
	const withFractions = (ps: Period[]) => ({ periods: ps, fractions: ps.map((p) => trajectoryFraction(effective, p.endsAt)) });
	// Rolling 12 months only for the whole helsefellesskap: that is where the trend is read, and
	// a small area's rolling sums would give its hidden months away (see lib/privacy).
	const allPeriods = withFractions(listPeriods(firstIndex, months.length));
	const areaPeriods = withFractions(allPeriods.periods.filter((p) => p.periodType !== 'rolling12'));

	// Step 2: sums per KPI, area and month, as running totals so any period is one subtraction.
	const { sums, layout } = computeMonthlySums(dataset, [...areas.map((a) => a.id), ...units.map((u) => u.id)], { firstMonth: firstIndex, months: months.length });
	const members = memberCounts(dataset);

	// Step 3: each period of each KPI and area, measured against the area's baseline.
	const records: KpiRecord[] = [];
	for (const kpi of KPI_IDS) {
		const def = KPI_DEFINITIONS[kpi];
		const areaList = def.source === 'ukp' ? areas : [{ id: 'all', kind: 'all' as const, name: '' }, ...units];
		for (const area of areaList) {
			const memberCount = def.source === 'ukp' ? members.get(area.id)! : area.id === 'all' ? units.length : 1;
			const totals = runningTotals(sums.get(kpi)!, layout.areaIndex.get(area.id)! * layout.months, layout.months, memberCount);
			const context = { kpi, area: area.id, isCount: def.kind === 'count', latest };
			const { periods, fractions } = area.id === 'all' ? allPeriods : areaPeriods;
			const raw = periods.map((p) => aggregate(context, p, totals));
			const basis = progressBasis(dataset, kpi, area.id, raw, periods, effective);
			periods.forEach((p, i) => records.push(measure(raw[i], p, fractions[i], basis, dataset.targets.kpis[kpi], context)));
		}
	}
	return makeResults(records, areas, units, months, latest, null);
}

export { makeResults }; // suppression rebuilds the lookups

interface Totals {
	num: Float64Array;
	den: Float64Array;
	withData: Int32Array;
	incomplete: Int32Array;
}

// Prefix sums: position m + 1 holds the total of months 0 … m.
function runningTotals(s: KpiSums, offset: number, count: number, members: number): Totals {
	const t = { num: new Float64Array(count + 1), den: new Float64Array(count + 1), withData: new Int32Array(count + 1), incomplete: new Int32Array(count + 1) };
	for (let m = 0; m < count; m++) {
		const rows = s.rows[offset + m];
		t.num[m + 1] = t.num[m] + s.num[offset + m];
		t.den[m + 1] = t.den[m] + s.den[offset + m];
		t.withData[m + 1] = t.withData[m] + (rows > 0 ? 1 : 0);
		t.incomplete[m + 1] = t.incomplete[m] + (rows < members ? 1 : 0);
	}
	return t;
}

interface Context {
	kpi: KpiId;
	area: string;
	isCount: boolean;
	latest: Month;
}

type RawRecord = Pick<KpiRecord, 'value' | 'numerator' | 'denominator' | 'monthsWithData' | 'monthsInPeriod' | 'complete'>;

function aggregate({ isCount }: Context, p: Period, t: Totals): RawRecord {
	const monthsWithData = t.withData[p.end + 1] - t.withData[p.start];
	const num = t.num[p.end + 1] - t.num[p.start];
	const den = t.den[p.end + 1] - t.den[p.start];
	const none = monthsWithData === 0;
	return {
		value: none ? null : isCount ? num : den === 0 ? null : num / den,
		numerator: none ? null : num,
		denominator: none || isCount ? null : den,
		monthsWithData,
		monthsInPeriod: p.end - p.start + 1,
		complete: t.incomplete[p.end + 1] - t.incomplete[p.start] === 0,
	};
}

interface Basis {
	progress: ProgressBasis | null;
	target: number | null;
	baseline: number | null;
}

function progressBasis(dataset: Dataset, kpi: KpiId, area: string, raw: RawRecord[], periods: Period[], effective: number): Basis {
	const spec = dataset.targets.kpis[kpi];
	const isCount = KPI_DEFINITIONS[kpi].kind === 'count';
	const home = spec.target_area ?? 'all';
	const target = area === home ? spec.target : isCount || spec.target_area ? (spec.area_targets?.[area] ?? null) : spec.target;
	const b = raw[periods.findIndex((p) => p.periodType === 'year' && p.period === dataset.targets.baseline_year)];
	// A count needs the whole baseline year; a share or mean is fair from the months there are.
	const usable = b && (isCount ? b.monthsWithData === 12 && b.complete : true);
	const baseline = area === home && spec.baseline !== undefined ? spec.baseline : usable ? b.value : null;
	const progress =
		target === null ? null : normalizeBasis({ direction: spec.direction, mode: spec.mode, target, baseline, tolerance: spec.tolerance, effective });
	return { progress, target, baseline };
}

function measure(r: RawRecord, p: Period, fraction: number, basis: Basis, spec: KpiTarget, c: Context): KpiRecord {
	const scale = c.isCount ? r.monthsInPeriod / 12 : 1;
	const b = basis.progress;
	// Before the effective date there is no trajectory yet to be measured against.
	const measured = b !== null && fraction > 0;
	const at = measured ? expectedAt(b, fraction) : null;
	const expected = at === null ? null : at * scale;
	return {
		kpi: c.kpi,
		area: c.area,
		period: p.period,
		periodType: p.periodType,
		value: r.value,
		numerator: r.numerator,
		denominator: r.denominator,
		monthsWithData: r.monthsWithData,
		monthsInPeriod: r.monthsInPeriod,
		complete: r.complete,
		provisional: c.kpi === 'readmission_share' && p.lastMonth === c.latest,
		target: basis.target === null ? null : basis.target * scale,
		expected,
		// Achievement does not depend on the scale: compare the value per year with yearly figures.
		achievement: measured ? computeAchievement(b, r.value === null ? null : r.value / scale) : null,
		level: measured ? computeLevel(spec.direction, r.value, expected, spec.tolerance * scale) : null,
		baseline: basis.baseline === null ? null : basis.baseline * scale,
		forecast: c.isCount && p.periodType === 'year' && r.monthsInPeriod < 12 && r.value !== null ? (r.value / r.monthsWithData) * 12 : null,
		suppressed: false,
	};
}

function memberCounts(dataset: Dataset): Map<string, number> {
	const counts = new Map<string, number>([['all', dataset.municipalities.length]]);
	for (const m of dataset.municipalities) {
		counts.set(m.code, 1);
		const c = clusterArea(m.cluster);
		counts.set(c, (counts.get(c) ?? 0) + 1);
	}
	return counts;
}

function listAreas(dataset: Dataset): Area[] {
	const clusters = [...new Set(dataset.municipalities.map((m) => m.cluster))].sort((a, b) => a.localeCompare(b, 'nb'));
	const municipalities = [...dataset.municipalities].sort((a, b) => a.code.localeCompare(b.code));
	return [
		{ id: 'all', kind: 'all', name: 'Helsefellesskapet' },
		...clusters.map((c) => ({ id: clusterArea(c), kind: 'cluster' as const, name: c })),
		...municipalities.map((m) => ({ id: m.code, kind: 'municipality' as const, name: m.name })),
	];
}
