import type { KpiResults } from '../kpi/types';
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
	/** True for an own bar whose cell is hidden in this output (its value is then `null`). */
	suppressed: boolean;
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
 * per full calendar year from the data, hidden where the output's `kpis` suppress the KPI of the
 * helsefellesskap (the mean over all stays follows `ukp_days`, whose group holds its days and
 * stays); reference bars from every series with the chart's measures, yearly points only (monthly
 * series are on the Halland page).
 */
export function computeCompareCharts(
	model: ComparisonModel,
	kpis: Pick<KpiResults, 'get'>,
	ownSynthetic: boolean,
): CompareChart[] {
	const own = (
		label: string,
		shown: 'ukp_days' | 'readmission_share',
		value: (year: string) => number | null,
	): CompareBar[] =>
		model.fullYears.map((year) => {
			const suppressed = kpis.get(shown, 'all', year)?.suppressed === true;
			return {
				label: `${label} ${year}`,
				period: year,
				value: suppressed ? null : value(year),
				own: true,
				synthetic: ownSynthetic,
				comparable: true,
				suppressed,
				series: null,
			};
		});
	const kpiValue = (kpi: 'mean_ukp_days' | 'readmission_share') => (year: string) =>
		kpis.get(kpi, 'all', year)?.value ?? null;
	const reference = (measures: Measure[]) =>
		model.data.series.filter((s) => measures.includes(s.measure)).flatMap(toBars);
	const allStays: Measure[] = ['mean_days_all_stays', 'mean_days_basis_unclear'];
	const withDays: Measure[] = ['mean_days_stays_with_days'];
	const readmission: Measure[] = ['readmission_share'];
	return [
		{
			id: 'snitt-alle-opphold',
			measures: allStays,
			bars: [
				...own('Helsefellesskapet', 'ukp_days', (y) =>
					computeMeanOverAllStays(model.sumsOf('all', y)),
				),
				...reference(allStays),
			],
		},
		{
			id: 'snitt-opphold-med-dogn',
			measures: withDays,
			bars: [
				...own('Helsefellesskapet', 'ukp_days', kpiValue('mean_ukp_days')),
				...reference(withDays),
			],
		},
		{
			id: 'reinnleggelser',
			measures: readmission,
			bars: [
				...own('Helsefellesskapet', 'readmission_share', kpiValue('readmission_share')),
				...reference(readmission),
			],
		},
	];
}

/** The older second argument: a KPI's value for the helsefellesskap and a year (nothing marked hidden). */

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
			suppressed: false,
			series: s,
		}));
}
