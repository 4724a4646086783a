import type { ComparisonModel } from './compute-comparison';
import type { Measure, Series } from './series';
import { computeMeanOverAllStays } from './area-sums';

/** One bar of a like-with-like chart: the helsefellesskap's own value or a reference series point. */
export interface CompareBar {
	label: string;
	period: string;
	value: number | null;
	own: boolean;
	synthetic: boolean;
	comparable: boolean;
	/** The series behind a reference bar; `null` for own bars. */
	series: Series | null;
}

/** A like-with-like chart: what is compared, and the bars. */
export interface CompareChart {
	id: string;
	measures: Measure[];
	bars: CompareBar[];
}

/**
 * Returns the like-with-like charts of the overview: the mean over all UKP stays (0-day stays
 * included), the mean per stay with at least one day, and the readmission share. Own bars come
 * per full calendar year from the data (`kpiValue` gives the KPIs); reference bars from every
 * series with the chart's measures, yearly points only (monthly series are on the Halland page).
 */
export function computeCompareCharts(model: ComparisonModel, kpiValue: (kpi: 'mean_ukp_days' | 'readmission_share', year: string) => number | null, ownSynthetic: boolean): CompareChart[] {
	const own = (label: string, value: (year: string) => number | null): CompareBar[] =>
		model.fullYears.map((year) => ({ label: `${label} ${year}`, period: year, value: value(year), own: true, synthetic: ownSynthetic, comparable: true, series: null }));
	const reference = (measures: Measure[]) => model.data.series.filter((s) => measures.includes(s.measure)).flatMap(toBars);
	const allStays: Measure[] = ['mean_days_all_stays', 'mean_days_basis_unclear'];
	const withDays: Measure[] = ['mean_days_stays_with_days'];
	const readmission: Measure[] = ['readmission_share'];
	return [
		{ id: 'snitt-alle-opphold', measures: allStays, bars: [...own('Helsefellesskapet', (y) => computeMeanOverAllStays(model.sumsOf('all', y))), ...reference(allStays)] },
		{ id: 'snitt-opphold-med-dogn', measures: withDays, bars: [...own('Helsefellesskapet', (y) => kpiValue('mean_ukp_days', y)), ...reference(withDays)] },
		{ id: 'reinnleggelser', measures: readmission, bars: [...own('Helsefellesskapet', (y) => kpiValue('readmission_share', y)), ...reference(readmission)] },
	];
}

function toBars(s: Series): CompareBar[] {
	return s.points
		.filter((p) => !/^\d{4}-\d{2}$/.test(p.period))
		.map((p) => ({
			label: `${s.area}${p.label ? `, ${p.label}` : ''} ${p.period}`,
			period: p.period,
			value: p.value,
			own: false,
			synthetic: s.synthetic,
			comparable: s.comparable,
			series: s,
		}));
}
