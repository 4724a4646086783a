import type { Dataset } from '../dataset';
import { addMonths, monthEnd, monthIndex, monthRange, yearOf, type Month } from '../month';
import { KPI_DEFINITIONS, KPI_IDS, type KpiId } from './definitions';
import { clusterArea, computeMonthlySums, type MonthSum } from './monthly-sums';
import { computeAchievement, computeExpected, computeLevel, normalizeBasis, type Level, type ProgressBasis } from './progress';

export type PeriodType = 'month' | 'year' | 'rolling12';

/** One KPI value for one area and period, with what it is measured against. */
export interface KpiRecord {
	kpi: KpiId;
	/** `all`, a municipality code, `cluster:<name>`, or (short-term) a unit id. */
	area: string;
	/** `2024-05` (month), `2024` (calendar year, to date for the running year) or `2025-11/2026-10` (rolling 12 months). */
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
	// Step 1: sums per KPI, area and month.
	const sums = computeMonthlySums(dataset);
	const allMonths = [...dataset.ukp, ...dataset.shortTerm].map((r) => r.month).sort();
	const first = allMonths[0];
	const latest = allMonths[allMonths.length - 1];
	const months = monthRange(first, latest);
	const effective = Date.parse(`${dataset.targets.effective_date}T00:00:00Z`);
	const areas = listAreas(dataset);
	const unitNames = dataset.manifest.unit_names ?? {};
	const units = [...new Set(dataset.shortTerm.map((r) => r.unit))].sort().map((id) => ({ id, kind: 'unit' as const, name: unitNames[id] ?? id }));

	// Step 2: periods per KPI and area, measured against the area's baseline.
	const records: KpiRecord[] = [];
	for (const kpi of KPI_IDS) {
		const def = KPI_DEFINITIONS[kpi];
		const spec = dataset.targets.kpis[kpi];
		const areaList = def.source === 'ukp' ? areas : [{ id: 'all', kind: 'all' as const, name: '' }, ...units];
		for (const area of areaList) {
			const byMonth = sums.get(kpi)!.get(area.id) ?? new Map<string, MonthSum>();
			const members = def.source === 'ukp' ? memberCount(dataset, area) : area.id === 'all' ? units.length : 1;
			const periods = listPeriods(months);
			const raw = periods.map((p) => aggregate(kpi, area.id, p, byMonth, members));
			const baselineRecord = raw.find((r) => r.periodType === 'year' && r.period === dataset.targets.baseline_year);
			const isCount = def.kind === 'count';
			const home = spec.target_area ?? 'all';
			const target = area.id === home ? spec.target : isCount || spec.target_area ? (spec.area_targets?.[area.id] ?? null) : spec.target;
			// A count needs the whole baseline year; a share or mean is fair from the months there are.
			const baselineUsable = baselineRecord && (isCount ? baselineRecord.monthsWithData === 12 && baselineRecord.record.complete : true);
			const computedBaseline = baselineUsable ? baselineRecord.record.value : null;
			const baseline = area.id === home && spec.baseline !== undefined ? spec.baseline : computedBaseline;
			const basis =
				target === null
					? null
					: normalizeBasis({ direction: spec.direction, mode: spec.mode, target, baseline, tolerance: spec.tolerance, effective });
			for (const r of raw) {
				const scale = isCount ? r.monthsInPeriod / 12 : 1;
				const t = monthEnd(r.lastMonth);
				// Before the effective date there is no trajectory yet to be measured against.
				const measured = basis !== null && t > effective;
				const expected = measured ? scaled(computeExpected(basis, t), scale) : null;
				records.push({
					...r.record,
					provisional: kpi === 'readmission_share' && r.lastMonth === latest,
					target: target === null ? null : target * scale,
					expected,
					achievement: measured ? computeAchievement(scaledBasis(basis, scale), r.record.value) : null,
					level: measured ? computeLevel(spec.direction, r.record.value, expected, spec.tolerance * scale) : null,
					baseline: scaled(baseline, scale),
					forecast: isCount && r.periodType === 'year' && r.monthsInPeriod < 12 && r.record.value !== null && r.record.monthsWithData > 0
						? (r.record.value / r.record.monthsWithData) * 12
						: null,
					suppressed: false,
				});
			}
		}
	}
	return makeResults(records, areas, units, months, latest);
}

interface Period {
	period: string;
	periodType: PeriodType;
	months: Month[];
}

function listPeriods(months: Month[]): Period[] {
	const periods: Period[] = months.map((m) => ({ period: m, periodType: 'month', months: [m] }));
	for (const year of [...new Set(months.map(yearOf))]) {
		periods.push({ period: year, periodType: 'year', months: months.filter((m) => yearOf(m) === year) });
	}
	for (const end of months) {
		const start = addMonths(end, -11);
		if (monthIndex(start) < monthIndex(months[0])) continue;
		periods.push({ period: `${start}/${end}`, periodType: 'rolling12', months: monthRange(start, end) });
	}
	return periods;
}

function aggregate(kpi: KpiId, area: string, p: Period, byMonth: Map<string, MonthSum>, members: number) {
	let num = 0;
	let den = 0;
	let monthsWithData = 0;
	let complete = true;
	for (const m of p.months) {
		const s = byMonth.get(m);
		if (!s || s.rows < members) complete = false;
		if (!s) continue;
		num += s.num;
		den += s.den;
		monthsWithData++;
	}
	const isCount = KPI_DEFINITIONS[kpi].kind === 'count';
	const value = monthsWithData === 0 ? null : isCount ? num : den === 0 ? null : num / den;
	return {
		period: p.period,
		periodType: p.periodType,
		lastMonth: p.months[p.months.length - 1],
		monthsInPeriod: p.months.length,
		monthsWithData,
		record: {
			kpi,
			area,
			period: p.period,
			periodType: p.periodType,
			value,
			numerator: monthsWithData === 0 ? null : num,
			denominator: monthsWithData === 0 || isCount ? null : den,
			monthsWithData,
			monthsInPeriod: p.months.length,
			complete,
		},
	};
}

const scaled = (value: number | null, scale: number) => (value === null ? null : value * scale);

function scaledBasis(basis: ProgressBasis, scale: number): ProgressBasis {
	return { ...basis, target: basis.target * scale, baseline: scaled(basis.baseline, scale) };
}

function memberCount(dataset: Dataset, area: Area): number {
	if (area.kind === 'all') return dataset.municipalities.length;
	if (area.kind === 'cluster') return dataset.municipalities.filter((m) => clusterArea(m.cluster) === area.id).length;
	return 1;
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

/** Returns results with lookups over `records` (used again after suppression). */
export function makeResults(records: KpiRecord[], areas: Area[], units: Area[], months: Month[], latestMonth: Month): KpiResults {
	const index = new Map(records.map((r) => [`${r.kpi}|${r.area}|${r.period}`, r]));
	const seriesIndex = new Map<string, KpiRecord[]>();
	for (const r of records) {
		const key = `${r.kpi}|${r.area}|${r.periodType}`;
		if (!seriesIndex.has(key)) seriesIndex.set(key, []);
		seriesIndex.get(key)!.push(r);
	}
	return {
		records,
		areas,
		units,
		months,
		latestMonth,
		get: (kpi, area, period) => index.get(`${kpi}|${area}|${period}`),
		series: (kpi, area, periodType) => seriesIndex.get(`${kpi}|${area}|${periodType}`) ?? [],
	};
}
