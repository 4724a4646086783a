import { parseCsv } from '../csv';
import { OUTPUT_COUNTS } from './count-cells';
import { cellNumber, roundingOf, term, type Reader } from './reading';

// The CSV downloads of KPIs and comparison tables, read as an attacker reads them: every count is a
// count, every share, mean and rate an equation over the counts behind it.

/** How the site's CSV files round: decimals, or `undefined` for full precision. */
export interface CsvRounding {
	decimals?: number;
}

/**
 * Reads a CSV in the KPI export layout (kpi, area, period, value, numerator, denominator, as the
 * KPI downloads and `maanedssnitt.csv` write it; an SPC download has `month` and no counts): numerator and denominator as counts, the value
 * as a count (ukp_days) or a ratio of them. A KPI the checker does not know is a problem.
 */
export function readKpiCsv(
	reader: Reader,
	text: string,
	file: string,
	{ decimals }: CsvRounding = {},
): void {
	for (const { line, cells } of parseCsv(text, file, []).records) {
		const where = `${file}:${line}`;
		const counts = OUTPUT_COUNTS[cells.kpi as keyof typeof OUTPUT_COUNTS];
		if (!counts) {
			reader.problem(`${where}: KPI "${cells.kpi}" is not one the leak checker knows`);
			continue;
		}
		const [value, numerator, denominator] = [
			cellNumber(cells.value),
			cellNumber(cells.numerator),
			cellNumber(cells.denominator),
		];
		// An SPC download names its month `month`; its mean and limits are computed from the values beside them.
		const { area } = cells;
		const period = cells.period ?? cells.month;
		if (numerator !== null) reader.count(counts.numerator, area, period, numerator, where);
		if (denominator !== null && counts.denominator)
			reader.count(counts.denominator, area, period, denominator, where);
		if (value === null) continue;
		if (!counts.denominator) reader.count(counts.numerator, area, period, value, where);
		else
			reader.ratio(
				[term(counts.numerator, area, period)],
				[term(counts.denominator, area, period)],
				value,
				roundingOf(value, decimals),
				where,
				`${cells.kpi} ${area} ${period} = ${cells.value}`,
			);
	}
}

/**
 * Reads `per-innbygger.csv`: days and stays as counts; days per 1 000 inhabitants 67+ and 80+ as
 * days × 1 000 / population; the mean over all stays as days / stays.
 */
export function readPerCapitaCsv(
	reader: Reader,
	text: string,
	file: string,
	populations: ReadonlyMap<string, { p67: number | null; p80: number | null }>,
	{ decimals }: CsvRounding = {},
): void {
	for (const { line, cells } of parseCsv(text, file, []).records) {
		const where = `${file}:${line}`;
		const { area, year } = cells;
		const days = cellNumber(cells.ukp_days);
		const stays = cellNumber(cells.ukp_stays);
		if (days !== null) reader.count('ukp_days', area, year, days, where);
		if (stays !== null) reader.count('ukp_stays', area, year, stays, where);
		const population = populations.get(area);
		for (const [column, people] of [
			['per_1000_67plus', population?.p67],
			['per_1000_80plus', population?.p80],
		] as const) {
			const rate = cellNumber(cells[column]);
			if (rate === null) continue;
			if (!people)
				reader.problem(`${where}: ${column} ${area} ${year}: no population to divide by`);
			else
				reader.linear(
					[term('ukp_days', area, year, 1000 / people)],
					rate,
					roundingOf(rate, decimals),
					where,
					`${column} ${area} ${year} = ${cells[column]} (ukp_days × 1000 / ${people})`,
				);
		}
		const mean = cellNumber(cells.mean_all_stays);
		if (mean !== null)
			reader.ratio(
				[term('ukp_days', area, year)],
				[term('ukp_stays', area, year)],
				mean,
				roundingOf(mean, decimals),
				where,
				`mean_all_stays ${area} ${year} = ${cells.mean_all_stays}`,
			);
	}
}

/** The helsefellesskap's own bars of the like-with-like charts, by chart id. */
const OWN_BARS: Record<string, keyof typeof OUTPUT_COUNTS> = {
	'snitt-alle-opphold': 'mean_all_stays',
	'snitt-opphold-med-dogn': 'mean_ukp_days',
	reinnleggelser: 'readmission_share',
};

/**
 * Reads `likt-grunnlag.csv`: each own bar (the helsefellesskap's year) as a ratio of its counts;
 * the other bars are other countries' published figures. An own bar of an unknown chart is a problem.
 */
export function readLikeWithLikeCsv(
	reader: Reader,
	text: string,
	file: string,
	{ decimals }: CsvRounding = {},
): void {
	for (const { line, cells } of parseCsv(text, file, []).records) {
		const value = cellNumber(cells.value);
		if (cells.own !== 'true' || value === null) continue;
		const where = `${file}:${line}`;
		const kpi = OWN_BARS[cells.chart];
		const counts = kpi && OUTPUT_COUNTS[kpi];
		if (!counts?.denominator) {
			reader.problem(
				`${where}: own bar of chart "${cells.chart}" is not one the leak checker knows`,
			);
			continue;
		}
		reader.ratio(
			[term(counts.numerator, 'all', cells.period)],
			[term(counts.denominator, 'all', cells.period)],
			value,
			roundingOf(value, decimals),
			where,
			`${cells.chart} all ${cells.period} = ${cells.value}`,
		);
	}
}
