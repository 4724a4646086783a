import type { Month } from '../dates';
import { computeMeanOverAllStays, computePerThousand } from './area-sums';
import type { ComparisonModel } from './compute-comparison';
import type { HiddenCell } from './hidden-cells';

/** One area's UKP days per 1 000 inhabitants in a year, for the ranked table and bars. */
export interface PerCapitaRow {
	area: string;
	name: string;
	kind: 'all' | 'cluster' | 'municipality';
	days: number | null;
	stays: number | null;
	per67: number | null;
	per80: number | null;
	meanAllStays: number | null;
	monthsWithData: number;
	/** True when the cell is hidden in this output: every number of the row is then `null`. */
	suppressed: boolean;
}

/**
 * Returns UKP days per 1 000 inhabitants 67+ and 80+ and the mean over all stays per area for a
 * year, municipalities ranked by days per 1 000 67+ (highest first, no value or hidden last).
 * Values are `null` where the population or the data is missing, or where `isHidden` hides the cell.
 */
export function computePerCapitaRows(
	model: ComparisonModel,
	year: string,
	isHidden: HiddenCell,
): PerCapitaRow[] {
	const rows = model.areas.map((a): PerCapitaRow => {
		const s = model.sumsOf(a.id, year);
		const base = {
			area: a.id,
			name: a.label,
			kind: a.kind as PerCapitaRow['kind'],
			monthsWithData: model.monthsWithData(a.id, year),
		};
		if (isHidden(a.id, year))
			return {
				...base,
				days: null,
				stays: null,
				per67: null,
				per80: null,
				meanAllStays: null,
				suppressed: true,
			};
		const days = s?.days ?? null;
		return {
			...base,
			days,
			stays: s?.stays ?? null,
			per67: computePerThousand(days, a.population67),
			per80: computePerThousand(days, a.population80),
			meanAllStays: computeMeanOverAllStays(s),
			suppressed: false,
		};
	});
	const rank = (r: PerCapitaRow) => r.per67 ?? -Infinity;
	return rows.sort(
		(a, b) =>
			kindOrder(a.kind) - kindOrder(b.kind) ||
			rank(b) - rank(a) ||
			a.name.localeCompare(b.name, 'nb'),
	);
}

const kindOrder = (k: PerCapitaRow['kind']) => (k === 'all' ? 0 : k === 'cluster' ? 1 : 2);

/** The mean over all UKP stays of one area and period, with the counts behind it. */
export interface MeanCell {
	area: string;
	period: string;
	/** Σ UKP days / Σ UKP stays, 0-day stays included; `null` without data, stays or when hidden. */
	value: number | null;
	days: number | null;
	stays: number | null;
	suppressed: boolean;
}

/** Returns the mean over all UKP stays (0-day stays included) of an area and period, hidden where `isHidden` says so. */
export function computeMeanCell(
	model: ComparisonModel,
	area: string,
	period: string,
	isHidden: HiddenCell,
): MeanCell {
	if (isHidden(area, period))
		return { area, period, value: null, days: null, stays: null, suppressed: true };
	const s = model.sumsOf(area, period);
	return {
		area,
		period,
		value: computeMeanOverAllStays(s),
		days: s?.days ?? null,
		stays: s?.stays ?? null,
		suppressed: false,
	};
}

/** Returns the monthly mean over all UKP stays of an area: `null` for a month without data or hidden (a gap in a chart). */
export function computeMonthlyMeans(
	model: ComparisonModel,
	area: string,
	isHidden: HiddenCell,
): { month: Month; value: number | null }[] {
	return model.months.map((month) => ({
		month,
		value: computeMeanCell(model, area, month, isHidden).value,
	}));
}
