import type { Month } from '../month';
import { computeMeanOverAllStays, computePerThousand } from './area-sums';
import type { ComparisonModel } from './compute-comparison';
import { isSuppressed } from './suppression';

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
	/** True when a count behind the row is 1–threshold: the page shows "skjult" instead. */
	hidden: boolean;
}

/**
 * Returns UKP days per 1 000 inhabitants 67+ and 80+ and the mean over all stays per area for a
 * year, municipalities ranked by days per 1 000 67+ (highest first, no value last). Values are
 * `null` where the population or the data is missing; `hidden` marks rows with small counts.
 */
export function computePerCapitaRows(model: ComparisonModel, year: string, threshold: number | undefined): PerCapitaRow[] {
	const rows = model.areas.map((a): PerCapitaRow => {
		const s = model.sumsOf(a.id, year);
		const days = s?.days ?? null;
		return {
			area: a.id,
			name: a.name,
			kind: a.kind,
			days,
			stays: s?.stays ?? null,
			per67: computePerThousand(days, a.population67),
			per80: computePerThousand(days, a.population80),
			meanAllStays: computeMeanOverAllStays(s),
			monthsWithData: s?.monthsWithData ?? 0,
			hidden: a.kind === 'municipality' && isSuppressed([s?.days, s?.stays], threshold),
		};
	});
	const rank = (r: PerCapitaRow) => (r.hidden || r.per67 === null ? -Infinity : r.per67);
	return rows.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || rank(b) - rank(a) || a.name.localeCompare(b.name, 'nb'));
}

const kindOrder = (k: PerCapitaRow['kind']) => (k === 'all' ? 0 : k === 'cluster' ? 1 : 2);

/**
 * Returns the monthly mean over all UKP stays (0-day stays included) of an area, `null` for a month
 * without data or, for a municipality, with a count of 1–threshold behind it (hidden for privacy).
 */
export function computeMonthlyMeans(model: ComparisonModel, area: string, threshold: number | undefined): { month: Month; value: number | null }[] {
	const isMunicipality = /^\d{4}$/.test(area);
	return model.months.map((month) => {
		const s = model.sumsOf(area, month);
		if (isMunicipality && isSuppressed([s?.days, s?.stays], threshold)) return { month, value: null };
		return { month, value: computeMeanOverAllStays(s) };
	});
}
