import { z } from 'zod';
import { CountCell, MonthCell, MunicipalityCodeCell, TextCell, UnitCell } from './cells';

/** Columns of `municipalities.csv`, in contract order. */
export const MUNICIPALITY_COLUMNS = ['municipality', 'name', 'cluster', 'population_67plus', 'population_80plus'] as const;

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

/** Columns of `short_term_monthly.csv`, in contract order. */
export const SHORT_TERM_COLUMNS = ['month', 'unit', 'stays_ended', 'bed_days'] as const;

export const MunicipalityRowSchema = z
	.object({
		municipality: MunicipalityCodeCell,
		name: TextCell,
		cluster: TextCell,
		/** Inhabitants aged 67 and over; empty when not known. */
		population_67plus: CountCell,
		/** Inhabitants aged 80 and over; empty when not known. */
		population_80plus: CountCell,
	})
	.transform((r) => ({
		code: r.municipality,
		name: r.name,
		cluster: r.cluster,
		population67: r.population_67plus,
		population80: r.population_80plus,
	}));
export type Municipality = z.output<typeof MunicipalityRowSchema>;

/** One municipality and month of UKP stays that ended that month. Counts are `null` when the cell was empty. */
export const UkpRowSchema = z
	.object({
		month: MonthCell,
		municipality: MunicipalityCodeCell,
		ukp_stays: CountCell,
		ukp_stays_zero_days: CountCell,
		ukp_days: CountCell,
		discharged_home: CountCell,
		readmission_base: CountCell,
		readmissions_30d: CountCell,
	})
	.transform((r) => ({
		month: r.month,
		municipality: r.municipality,
		ukpStays: r.ukp_stays,
		ukpStaysZeroDays: r.ukp_stays_zero_days,
		ukpDays: r.ukp_days,
		dischargedHome: r.discharged_home,
		readmissionBase: r.readmission_base,
		readmissions30d: r.readmissions_30d,
	}));
export type UkpRow = z.output<typeof UkpRowSchema>;

/** One short-term unit and month: stays that ended and the bed-days they used. */
export const ShortTermRowSchema = z
	.object({
		month: MonthCell,
		unit: UnitCell,
		stays_ended: CountCell,
		bed_days: CountCell,
	})
	.transform((r) => ({ month: r.month, unit: r.unit, staysEnded: r.stays_ended, bedDays: r.bed_days }));
export type ShortTermRow = z.output<typeof ShortTermRowSchema>;
