import { CountCell, MonthCell, MunicipalityCodeCell, TextCell, UnitCell } from './cells';
import type { RowSpec } from './parse-rows';

/** Columns of `municipalities.csv`, in contract order. */
export const MUNICIPALITY_COLUMNS = [
	'municipality',
	'name',
	'cluster',
	'population_67plus',
	'population_80plus',
] as const;

/** Columns of `ukp_monthly.csv`, in contract order. */
export const UKP_COLUMNS = [
	'month',
	'municipality',
	'ukp_stays',
	'ukp_stays_zero_days',
	'ukp_days',
	'discharged_home',
	'readmission_base',
	'readmissions_30d',
] as const;

/** The count columns of `ukp_monthly.csv`. */
export const UKP_COUNT_COLUMNS = UKP_COLUMNS.slice(2) as readonly UkpCountColumn[];
export type UkpCountColumn = Exclude<(typeof UKP_COLUMNS)[number], 'month' | 'municipality'>;

/** Columns of `short_term_monthly.csv`, in contract order. */
export const SHORT_TERM_COLUMNS = ['month', 'unit', 'stays_ended', 'bed_days'] as const;

/** A municipality of the helsefellesskap; populations are `null` when not known. */
export interface Municipality {
	code: string;
	name: string;
	/** The samarbeidsområde the municipality belongs to. */
	cluster: string;
	/** Inhabitants aged 67 and over. */
	population67: number | null;
	/** Inhabitants aged 80 and over. */
	population80: number | null;
}

export const MunicipalityRowSpec: RowSpec<
	{
		municipality: string;
		name: string;
		cluster: string;
		population_67plus: number | null;
		population_80plus: number | null;
	},
	Municipality
> = {
	cells: {
		municipality: MunicipalityCodeCell,
		name: TextCell,
		cluster: TextCell,
		population_67plus: CountCell,
		population_80plus: CountCell,
	},
	toRow: (r) => ({
		code: r.municipality,
		name: r.name,
		cluster: r.cluster,
		population67: r.population_67plus,
		population80: r.population_80plus,
	}),
};

/** One municipality and month of UKP stays that ended that month. Counts are `null` when the cell was empty. */
export interface UkpRow {
	month: string;
	municipality: string;
	ukpStays: number | null;
	ukpStaysZeroDays: number | null;
	ukpDays: number | null;
	dischargedHome: number | null;
	readmissionBase: number | null;
	readmissions30d: number | null;
}

/** Returns a UKP row's value of a count column (contract id), `null` when the cell was empty. */
export const UKP_READERS: Record<UkpCountColumn, (row: UkpRow) => number | null> = {
	ukp_stays: (r) => r.ukpStays,
	ukp_stays_zero_days: (r) => r.ukpStaysZeroDays,
	ukp_days: (r) => r.ukpDays,
	discharged_home: (r) => r.dischargedHome,
	readmission_base: (r) => r.readmissionBase,
	readmissions_30d: (r) => r.readmissions30d,
};

type UkpCells = { month: string; municipality: string } & Record<UkpCountColumn, number | null>;

export const UkpRowSpec: RowSpec<UkpCells, UkpRow> = {
	cells: {
		month: MonthCell,
		municipality: MunicipalityCodeCell,
		ukp_stays: CountCell,
		ukp_stays_zero_days: CountCell,
		ukp_days: CountCell,
		discharged_home: CountCell,
		readmission_base: CountCell,
		readmissions_30d: CountCell,
	},
	toRow: (r) => ({
		month: r.month,
		municipality: r.municipality,
		ukpStays: r.ukp_stays,
		ukpStaysZeroDays: r.ukp_stays_zero_days,
		ukpDays: r.ukp_days,
		dischargedHome: r.discharged_home,
		readmissionBase: r.readmission_base,
		readmissions30d: r.readmissions_30d,
	}),
};

/** One short-term unit and month: stays that ended and the bed-days they used. */
export interface ShortTermRow {
	month: string;
	unit: string;
	staysEnded: number | null;
	bedDays: number | null;
}

/** The count columns of `short_term_monthly.csv`. */
export type ShortTermCountColumn = 'stays_ended' | 'bed_days';

/** Returns a short-term row's value of a count column (contract id), `null` when the cell was empty. */
export const SHORT_TERM_READERS: Record<
	ShortTermCountColumn,
	(row: ShortTermRow) => number | null
> = {
	stays_ended: (r) => r.staysEnded,
	bed_days: (r) => r.bedDays,
};

export const ShortTermRowSpec: RowSpec<
	{ month: string; unit: string; stays_ended: number | null; bed_days: number | null },
	ShortTermRow
> = {
	cells: { month: MonthCell, unit: UnitCell, stays_ended: CountCell, bed_days: CountCell },
	toRow: (r) => ({ month: r.month, unit: r.unit, staysEnded: r.stays_ended, bedDays: r.bed_days }),
};
