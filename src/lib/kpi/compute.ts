import { ALL, type Area, type AreaModel } from '../areas';
import { monthIndex } from '../dates';
import { groupId, type DataRollup, type Rollup } from '../rollup';
import type { KpiTarget, Targets } from '../targets';
import { KPI_DEFINITIONS } from './definitions';
import { listPeriods, type Period } from './periods';
import {
	computeAchievement,
	computeLevel,
	expectedAt,
	normalizeBasis,
	trajectoryFraction,
	type ProgressBasis,
} from './progress';
import { makeResults, type SeriesSource } from './results';
import { computeSeasonalProfile, type SeasonalProfile } from './seasonal-profile';
import { KPI_IDS, type KpiDefinition, type KpiId, type KpiRecord, type KpiResults } from './types';

/** What the KPIs are computed from: the rollup of the monthly files, the areas and the targets. */
export interface KpiInput {
	rollup: DataRollup;
	areas: AreaModel;
	targets: Targets;
}

/**
 * Returns every KPI per month, per calendar year and (for the whole helsefellesskap) per rolling
 * 12 months, for every area, with target, trajectory, achievement and level from the targets
 * file. Every value is a ratio of sums; a month without data is a `null` record, never 0.
 */
export function computeKpis({ rollup, areas, targets }: KpiInput): KpiResults {
	// Step 1: the periods, with the share of the trajectory due at the end of each, and how a
	// yearly count spreads over the months.
	const months = rollup.months;
	const profiles = countProfiles(rollup, areas, targets);
	const effective = Date.parse(`${targets.effective_date}T00:00:00Z`);
	const all = listPeriods(monthIndex(months[0]), months.length).map((p) => ({
		...p,
		fraction: trajectoryFraction(effective, p.endsAt),
	}));
	// Rolling 12 months only for the whole helsefellesskap: that is where the trend is read, and
	// a small area's rolling sums would give its hidden months away (see lib/privacy).
	const withoutRolling = all.filter((p) => p.periodType !== 'rolling12');
	const periodsOf = (area: string) => (area === ALL ? all : withoutRolling);

	// Step 2: one series per KPI and area, measured against the area's baseline when first asked for.
	const series: SeriesSource[] = [];
	for (const kpi of KPI_IDS) {
		const def = KPI_DEFINITIONS[kpi];
		const source = def.source === 'ukp' ? rollup.ukp : rollup.shortTerm;
		const areaList = def.source === 'ukp' ? areas.ukpAreas : areas.shortTermAreas;
		for (const area of areaList) {
			const context: Context = {
				def,
				source,
				area: area.id,
				members: memberCount(area, def, areas),
				latest: rollup.latestMonth,
				profile: profiles[kpi] ?? null,
			};
			const records = () => measureSeries(context, periodsOf(area.id), targets, effective);
			series.push({ kpi, area: area.id, records });
		}
	}
	return makeResults(series, {
		areas: areas.ukpAreas,
		units: areas.units,
		months,
		latestMonth: rollup.latestMonth,
		suppressionThreshold: null,
		profiles,
	});
}

interface Context {
	def: KpiDefinition;
	source: Rollup;
	area: string;
	/** Rows a complete month has: the area's municipalities (or units). */
	members: number;
	latest: string;
	/** How the yearly target of a count spreads over the months; `null` for shares and means. */
	profile: SeasonalProfile | null;
}

type RawRecord = Pick<
	KpiRecord,
	'value' | 'numerator' | 'denominator' | 'monthsWithData' | 'monthsInPeriod' | 'complete'
> & {
	/** A count's share of its yearly target in this period (1 for shares and means). */
	scale: number;
	/** Year-end forecast of a count for the running year. */
	forecast: number | null;
};

/** A period with the share of the way from baseline to target due at its end. */
type MeasuredPeriod = Period & { fraction: number };

// Half a million records at national scale: one scratch record is filled per period, and only
// the final record is made.
function measureSeries(
	c: Context,
	periods: MeasuredPeriod[],
	targets: Targets,
	effective: number,
): KpiRecord[] {
	const sums = sumsOf(c);
	const scratch = newRaw();
	const sum: Record<string, number> = {};
	const baselinePeriod = periods.find(
		(p) => p.periodType === 'year' && p.period === targets.baseline_year,
	);
	const baseline = baselinePeriod
		? { ...aggregate(c.def, sums, baselinePeriod, sum, scratch) }
		: undefined;
	const basis = progressBasis(targets, c, baseline, effective);
	const spec = targets.kpis[c.def.id];
	const out: KpiRecord[] = new Array(periods.length);
	for (let i = 0; i < periods.length; i++)
		out[i] = measure(
			aggregate(c.def, sums, periods[i], sum, scratch),
			periods[i],
			periods[i].fraction,
			basis,
			spec,
			c,
		);
	return out;
}

function newRaw(): RawRecord {
	return {
		value: null,
		numerator: null,
		denominator: null,
		monthsWithData: 0,
		monthsInPeriod: 0,
		complete: true,
		scale: 1,
		forecast: null,
	};
}

/** Running totals of one KPI and area, so that any period is one subtraction per array. */
interface SeriesSums {
	columns: [string, Float64Array][];
	withData: Int32Array;
	/** Running count of months with fewer rows than the area has members. */
	incomplete: Int32Array;
	/** Running share of the yearly target (by the profile), over all months and over months with data. */
	shareWithData: Float64Array;
	seasonal: boolean;
	/** The seasonal profile, `null` when flat (or not a count). */
	profile: SeasonalProfile | null;
	/** Calendar month (0 = January) of position 0. */
	firstCalendarMonth: number;
}

function sumsOf({ def, source, area, members, profile }: Context): SeriesSums {
	const view = source.view(groupId(def.needs), area);
	const n = view.rows.length;
	const [incomplete, shareWithData] = [new Int32Array(n + 1), new Float64Array(n + 1)];
	const firstCalendarMonth = monthIndex(source.months[0]) % 12;
	for (let m = 0; m < n; m++) {
		const s = profile ? profile.shares[(firstCalendarMonth + m) % 12] : 0;
		incomplete[m + 1] = incomplete[m] + (view.rows[m] < members ? 1 : 0);
		shareWithData[m + 1] = shareWithData[m] + (view.rows[m] > 0 ? s : 0);
	}
	const seasonal = profile?.kind === 'seasonal';
	return {
		columns: def.needs.map((column) => [column, view.running(column)]),
		withData: view.withRows,
		incomplete,
		shareWithData,
		seasonal,
		profile: seasonal ? profile : null,
		firstCalendarMonth,
	};
}

// Fills `into` (and `sum`, the needed columns' sums) for one period and returns it.
function aggregate(
	def: KpiDefinition,
	s: SeriesSums,
	p: Period,
	sum: Record<string, number>,
	into: RawRecord,
): RawRecord {
	const monthsWithData = s.withData[p.end + 1] - s.withData[p.start];
	const none = monthsWithData === 0;
	for (const [column, running] of s.columns) sum[column] = running[p.end + 1] - running[p.start];
	const num = none ? null : def.numerator(sum);
	const den = none || !def.denominator ? null : def.denominator(sum);
	into.value = num === null ? null : !def.denominator ? num : den === 0 ? null : num / den!;
	into.numerator = num;
	into.denominator = den;
	into.monthsWithData = monthsWithData;
	into.monthsInPeriod = p.end - p.start + 1;
	into.complete = s.incomplete[p.end + 1] - s.incomplete[p.start] === 0;
	countScale(def, s, p, monthsWithData, num, into);
	return into;
}

// A flat profile is months / 12 exactly; a seasonal one reads the profile's shares to date, so a
// whole year is exactly 1 (a running sum of twelve shares would add rounding noise).
function seasonalScale(profile: SeasonalProfile, p: Period, firstCalendarMonth: number): number {
	if (p.periodType === 'rolling12') return 1;
	const first = (firstCalendarMonth + p.start) % 12;
	const last = (firstCalendarMonth + p.end) % 12;
	if (p.periodType === 'month') return profile.shares[last];
	return profile.toDate[last] - (first > 0 ? profile.toDate[first - 1] : 0);
}

function countScale(
	def: KpiDefinition,
	s: SeriesSums,
	p: Period,
	monthsWithData: number,
	value: number | null,
	into: RawRecord,
): void {
	into.scale = 1;
	into.forecast = null;
	if (def.kind !== 'count') return;
	const months = p.end - p.start + 1;
	into.scale = s.profile ? seasonalScale(s.profile, p, s.firstCalendarMonth) : months / 12;
	// The year-end forecast scales the months with data up to the year: by their share of it.
	const withData = s.seasonal
		? s.shareWithData[p.end + 1] - s.shareWithData[p.start]
		: monthsWithData;
	if (p.periodType !== 'year' || months >= 12 || value === null || withData <= 0) return;
	into.forecast = s.seasonal ? value / withData : (value / monthsWithData) * 12;
}

interface Basis {
	progress: ProgressBasis | null;
	target: number | null;
	baseline: number | null;
}

function progressBasis(
	targets: Targets,
	c: Context,
	b: RawRecord | undefined,
	effective: number,
): Basis {
	const spec = targets.kpis[c.def.id];
	const isCount = c.def.kind === 'count';
	const home = spec.target_area ?? ALL;
	const target =
		c.area === home
			? spec.target
			: isCount || spec.target_area
				? (spec.area_targets?.[c.area] ?? null)
				: spec.target;
	// A count needs the whole baseline year; a share or mean is fair from the months there are.
	const usable = b && (isCount ? b.monthsWithData === 12 && b.complete : true);
	const baseline =
		c.area === home && spec.baseline !== undefined ? spec.baseline : usable ? b.value : null;
	const progress =
		target === null
			? null
			: normalizeBasis({
					direction: spec.direction,
					mode: spec.mode,
					target,
					baseline,
					tolerance: spec.tolerance,
					effective,
				});
	return { progress, target, baseline };
}

function measure(
	r: RawRecord,
	p: Period,
	fraction: number,
	basis: Basis,
	spec: KpiTarget,
	c: Context,
): KpiRecord {
	const scale = r.scale;
	const b = basis.progress;
	// Before the effective date there is no trajectory yet to be measured against.
	const measured = b !== null && fraction > 0;
	const at = measured ? expectedAt(b, fraction) : null;
	const expected = at === null ? null : at * scale;
	return {
		kpi: c.def.id,
		area: c.area,
		period: p.period,
		periodType: p.periodType,
		value: r.value,
		numerator: r.numerator,
		denominator: r.denominator,
		monthsWithData: r.monthsWithData,
		monthsInPeriod: r.monthsInPeriod,
		complete: r.complete,
		provisional: c.def.id === 'readmission_share' && p.lastMonth === c.latest,
		target: basis.target === null ? null : basis.target * scale,
		expected,
		// Achievement does not depend on the scale: compare the value per year with yearly figures.
		achievement: measured ? computeAchievement(b, r.value === null ? null : r.value / scale) : null,
		level: measured
			? computeLevel(spec.direction, r.value, expected, spec.tolerance * scale)
			: null,
		baseline: basis.baseline === null ? null : basis.baseline * scale,
		forecast: r.forecast,
		suppressed: false,
	};
}

// The short-term "all" sums every unit; a unit is its own single member.
function memberCount(area: Area, def: KpiDefinition, areas: AreaModel): number {
	if (def.source === 'short_term') return area.kind === 'all' ? areas.units.length : 1;
	return area.members.length;
}

// One profile per count KPI, from the whole helsefellesskap's complete months of the baseline year:
// a small area's months are too few to tell season from chance.
function countProfiles(
	rollup: DataRollup,
	areas: AreaModel,
	targets: Targets,
): Partial<Record<KpiId, SeasonalProfile>> {
	const profiles: Partial<Record<KpiId, SeasonalProfile>> = {};
	const members = areas.all.members.length;
	for (const kpi of KPI_IDS) {
		const def = KPI_DEFINITIONS[kpi];
		if (def.kind !== 'count' || def.source !== 'ukp') continue;
		const group = groupId(def.needs);
		const values = rollup.months.map((month, m) => {
			if (rollup.ukp.monthsWithFewerRows(group, ALL, m, m, members) > 0)
				return { month, value: null }; // a partial month would bend the profile
			const sum = Object.fromEntries(
				def.needs.map((column) => [column, rollup.ukp.sum(group, column, ALL, m, m)]),
			);
			return { month, value: def.numerator(sum) };
		});
		profiles[kpi] = computeSeasonalProfile(
			values,
			[targets.baseline_year],
			targets.kpis[kpi].profile ?? 'flat',
		);
	}
	return profiles;
}
