import type { Municipality, ShortTermRow, UkpRow } from '../schema';
import type { ShownPredicate } from './hidden-set';
import type { AreaSpec, GroupSpec, LeafRow, TableSource } from './protected-table';

// The project's groups. The stays of a municipality-month carry the zero-day share, the mean days,
// the UKP-day count, the share sent home and the payment models, so they are hidden as one group;
// readmissions have their own base; short-term stays are about units, not municipalities.

const STAYS_FACTS = [
	{
		label: 'ukp_stays ≥ ukp_stays_zero_days',
		terms: [
			['ukp_stays', 1],
			['ukp_stays_zero_days', -1],
		],
	},
	{
		label: 'ukp_stays ≥ discharged_home',
		terms: [
			['ukp_stays', 1],
			['discharged_home', -1],
		],
	},
	{
		label: 'ukp_days ≥ ukp_stays − ukp_stays_zero_days',
		terms: [
			['ukp_days', 1],
			['ukp_stays', -1],
			['ukp_stays_zero_days', 1],
		],
	},
] as const;

/**
 * The UKP stays group: stays, zero-day stays, days and stays sent home, with the stays with days and
 * the stays not sent home as complements.
 */
export const STAYS_GROUP: GroupSpec = {
	id: 'ukp',
	columns: ['ukp_stays', 'ukp_stays_zero_days', 'ukp_days', 'discharged_home'],
	complements: [
		{ id: 'ukp_stays_with_days', plus: 'ukp_stays', minus: 'ukp_stays_zero_days' },
		{ id: 'not_discharged_home', plus: 'ukp_stays', minus: 'discharged_home' },
	],
	facts: STAYS_FACTS,
};

/**
 * Returns the Swedish payable days group (days beyond the free period, per municipality-month, from
 * the stays by days): shown only where the stays group is, and bounded by its counts as anyone can
 * work out: payable ≤ days, payable ≥ days − free days × stays with days.
 */
export function payableGroup(freeDays: number): GroupSpec {
	return {
		id: 'payable',
		columns: ['payable_days'],
		complements: [],
		facts: [
			{
				label: 'ukp_days ≥ payable_days',
				terms: [
					['ukp_days', 1],
					['payable_days', -1],
				],
			},
			{
				label: `payable_days ≥ ukp_days − ${freeDays} × (ukp_stays − ukp_stays_zero_days)`,
				terms: [
					['payable_days', 1],
					['ukp_days', -1],
					['ukp_stays', freeDays],
					['ukp_stays_zero_days', -freeDays],
				],
			},
		],
		follows: 'ukp',
	};
}

/** The readmissions group: base and readmissions, with the stays not readmitted as complement. */
export const READMISSION_GROUP: GroupSpec = {
	id: 'readmission',
	columns: ['readmission_base', 'readmissions_30d'],
	complements: [{ id: 'not_readmitted', plus: 'readmission_base', minus: 'readmissions_30d' }],
	facts: [
		{
			label: 'readmission_base ≥ readmissions_30d',
			terms: [
				['readmission_base', 1],
				['readmissions_30d', -1],
			],
		},
	],
};

/** The short-term group: stays ended and bed-days per unit. */
export const SHORT_TERM_GROUP: GroupSpec = {
	id: 'short_term',
	columns: ['stays_ended', 'bed_days'],
	complements: [],
	facts: [],
};

/** The data a public build protects, as the data contract gives it. */
export interface UkpTableInput {
	municipalities: readonly Pick<Municipality, 'code' | 'name' | 'cluster'>[];
	ukp: readonly UkpRow[];
	shortTerm: readonly ShortTermRow[];
	/** Unit names by id; the id where missing. */
	unitNames?: Readonly<Record<string, string>>;
	/** Days beyond the free period per `month|municipality`, where the payment pages publish them exactly. */
	payableDays?: { freeDays: number; byMonth: ReadonlyMap<string, number> };
}

/**
 * Returns the table sources of the project: municipalities in clusters in the helsefellesskap
 * (`all`, `cluster:<name>`, codes, as the KPI export names them) for the stays and readmission
 * groups, and units under `all` for short-term stays; rolling 12 months for `all`.
 */
export function ukpTableSources(input: UkpTableInput): TableSource[] {
	const areas = municipalityAreas(input.municipalities);
	const units = [...new Set(input.shortTerm.map((r) => r.unit))].sort();
	const unitAreas: AreaSpec[] = [
		{ id: 'all', name: 'Alle enheter', parent: null },
		...units.map((u) => ({ id: u, name: input.unitNames?.[u] ?? u, parent: 'all' })),
	];
	const stays = (r: UkpRow): LeafRow => ({
		area: r.municipality,
		month: r.month,
		counts: {
			ukp_stays: r.ukpStays,
			ukp_stays_zero_days: r.ukpStaysZeroDays,
			ukp_days: r.ukpDays,
			discharged_home: r.dischargedHome,
		},
	});
	// Payable days of a row the stays group withholds would be the only number left of it.
	const complete = (r: UkpRow) =>
		[r.ukpStays, r.ukpStaysZeroDays, r.ukpDays, r.dischargedHome].every((c) => c !== null);
	const payable = (r: UkpRow): LeafRow => ({
		area: r.municipality,
		month: r.month,
		counts: {
			payable_days: complete(r)
				? (input.payableDays?.byMonth.get(`${r.month}|${r.municipality}`) ?? null)
				: null,
		},
	});
	const readmissions = (r: UkpRow): LeafRow => ({
		area: r.municipality,
		month: r.month,
		counts: { readmission_base: r.readmissionBase, readmissions_30d: r.readmissions30d },
	});
	const shortTerm = (r: ShortTermRow): LeafRow => ({
		area: r.unit,
		month: r.month,
		counts: { stays_ended: r.staysEnded, bed_days: r.bedDays },
	});
	return [
		{ group: STAYS_GROUP, areas, rows: input.ukp.map(stays), rolling: ['all'] },
		{ group: READMISSION_GROUP, areas, rows: input.ukp.map(readmissions), rolling: ['all'] },
		{
			group: SHORT_TERM_GROUP,
			areas: unitAreas,
			rows: input.shortTerm.map(shortTerm),
			rolling: ['all'],
		},
		...(input.payableDays
			? [
					{
						group: payableGroup(input.payableDays.freeDays),
						areas,
						rows: input.ukp.map(payable),
						rolling: ['all'],
					},
				]
			: []),
	];
}

function municipalityAreas(municipalities: UkpTableInput['municipalities']): AreaSpec[] {
	const clusters = [...new Set(municipalities.map((m) => m.cluster))];
	return [
		{ id: 'all', name: 'Helsefellesskapet', parent: null },
		...clusters.map((c) => ({ id: `cluster:${c}`, name: c, parent: 'all' })),
		...municipalities.map((m) => ({ id: m.code, name: m.name, parent: `cluster:${m.cluster}` })),
	];
}

/** The count columns behind each KPI (numerator and denominator) and each comparison figure. */
export const OUTPUT_COLUMNS = {
	ukp_days: ['ukp_days'],
	zero_day_share: ['ukp_stays_zero_days', 'ukp_stays'],
	mean_ukp_days: ['ukp_days', 'ukp_stays', 'ukp_stays_zero_days'],
	direct_home_share: ['discharged_home', 'ukp_stays'],
	readmission_share: ['readmissions_30d', 'readmission_base'],
	short_term_los: ['bed_days', 'stays_ended'],
	mean_all_stays: ['ukp_days', 'ukp_stays'],
	norway_payment: ['ukp_days'],
	sweden_payment_exact: ['payable_days'],
	sweden_payment_approximate: ['ukp_days', 'ukp_stays', 'ukp_stays_zero_days'],
	halland_payment: ['ukp_days', 'ukp_stays'],
} as const;

/** A KPI id or a comparison figure of {@link OUTPUT_COLUMNS}. */
export type OutputId = keyof typeof OUTPUT_COLUMNS;

/**
 * Returns the predicate a KPI, comparison or payment output asks before it shows a value for an
 * area and period: true only when every count column behind it may be shown.
 */
export function outputShown(
	shown: ShownPredicate,
): (output: OutputId, area: string, period: string) => boolean {
	return (output, area, period) =>
		OUTPUT_COLUMNS[output].every((column) => shown(column, area, period));
}

/** Returns the short-term rows a public output computes from: a partly empty row emptied (see {@link publicUkpRows}). */
export function publicShortTermRows(rows: readonly ShortTermRow[]): ShortTermRow[] {
	return rows.map((r) =>
		(r.staysEnded === null) !== (r.bedDays === null)
			? { ...r, staysEnded: null, bedDays: null }
			: r,
	);
}

/**
 * Returns the UKP rows a public output computes from: a row whose stays group (stays, zero-day
 * stays, days, sent home) or readmission group is partly empty has that whole group emptied, as
 * the protected table withholds it, so every KPI sums each column over the same rows.
 */
export function publicUkpRows(rows: readonly UkpRow[]): UkpRow[] {
	return rows.map((r) => {
		const stays = [r.ukpStays, r.ukpStaysZeroDays, r.ukpDays, r.dischargedHome];
		const readmissions = [r.readmissionBase, r.readmissions30d];
		const partly = (cells: (number | null)[]) =>
			cells.some((c) => c === null) && cells.some((c) => c !== null);
		if (!partly(stays) && !partly(readmissions)) return r;
		const out = { ...r };
		if (partly(stays))
			Object.assign(out, {
				ukpStays: null,
				ukpStaysZeroDays: null,
				ukpDays: null,
				dischargedHome: null,
			});
		if (partly(readmissions)) Object.assign(out, { readmissionBase: null, readmissions30d: null });
		return out;
	});
}
