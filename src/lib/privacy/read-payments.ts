import { parseCsv } from '../csv';
import { addMonths, isMonth, type Month } from '../dates';
import { cellNumber, roundingOf, term, type Reader, type Term } from './reading';

// The payment downloads and the calculator: kroner are a rate times days, the Swedish days are the
// payable-days count (exact) or days − free days × stays with days (approximated, when above 0),
// Halland's verdict says whether days / stays is above the benchmark, and every total sums only the
// municipality-months the per-month file shows, as the page says.

/** The rules the payment page states (anyone reading it knows them). */
export interface PaymentRules {
	freeDays: number;
	liablePays: 'all_days' | 'days_above_benchmark';
}

/** A municipality-month of `betalingsmodeller.csv`, as the totals and the calculator sum it. */
export interface PaymentMonth {
	municipality: string;
	month: string;
	/** Not hidden, and with days: in every total and the calculator. */
	shown: boolean;
	basis: 'exact' | 'approximate' | null;
	swedenDays: number | null;
	swedenNok: number | null;
	rate: number | null;
	liable: boolean | null;
	benchmark: number | null;
}

/** Decimals of the payment files (`formatCsv(…, 2)`) and of the calculator's Swedish days. */
const DECIMALS = 2;

/** Reads `betalingsmodeller.csv` (one row per municipality and month) and returns its months for the totals. */
export function readPaymentMonthsCsv(
	reader: Reader,
	text: string,
	file: string,
	rules: PaymentRules,
): PaymentMonth[] {
	const months: PaymentMonth[] = [];
	for (const { line, cells } of parseCsv(text, file, []).records) {
		const where = `${file}:${line}`;
		const [m, month] = [cells.municipality, cells.month];
		const n = (column: string) => cellNumber(cells[column]);
		const basis =
			cells.sweden_basis === 'exact' || cells.sweden_basis === 'approximate'
				? cells.sweden_basis
				: null;
		const row: PaymentMonth = {
			municipality: m,
			month,
			shown: cells.suppressed === 'false' && n('ukp_days') !== null,
			basis,
			swedenDays: n('sweden_days'),
			swedenNok: n('sweden_nok'),
			rate: n('rate_nok'),
			liable: cells.halland_liable === '' ? null : cells.halland_liable === 'true',
			benchmark: n('benchmark_days'),
		};
		months.push(row);
		if (n('ukp_stays') !== null) reader.count('ukp_stays', m, month, n('ukp_stays')!, where);
		if (n('ukp_days') !== null) reader.count('ukp_days', m, month, n('ukp_days')!, where);
		const h = roundingOf(0, DECIMALS);
		const days = [term('ukp_days', m, month)];
		if (row.rate !== null && n('norway_nok') !== null)
			reader.linear(
				scale(days, row.rate),
				n('norway_nok')!,
				h,
				where,
				`norway_nok ${m} ${month} = ${cells.norway_nok} (${row.rate} × ukp_days)`,
			);
		readSwedish(reader, row, rules, where);
		if (n('mean_all_stays') !== null)
			reader.ratio(
				days,
				[term('ukp_stays', m, month)],
				n('mean_all_stays')!,
				h,
				where,
				`mean_all_stays ${m} ${month} = ${cells.mean_all_stays}`,
			);
		readHalland(reader, row, rules, n('halland_nok'), where);
	}
	return months;
}

/**
 * Reads `betalingsmodeller-aar.csv` or `-maaned.csv`: each shown total (days and kroner of the three
 * models) as the sum of its area's shown municipality-months in the period.
 */
export function readPaymentTotalsCsv(
	reader: Reader,
	text: string,
	file: string,
	months: readonly PaymentMonth[],
	rules: PaymentRules,
): void {
	for (const { line, cells } of parseCsv(text, file, []).records) {
		if (cells.suppressed !== 'false') continue;
		const where = `${file}:${line}`;
		const parts = shownMonthsOf(reader, months, cells.area, cells.period);
		const label = (column: string) =>
			`${column} ${cells.area} ${cells.period} = ${cells[column]}, summed over ${parts.length} shown municipality-months`;
		const read = (column: string, forms: (p: PaymentMonth) => Term[] | number | null) => {
			const value = cellNumber(cells[column]);
			if (value === null) return;
			const terms: Term[] = [];
			let constant = 0;
			let rounded = 1;
			for (const p of parts) {
				const f = forms(p);
				if (typeof f === 'number') [constant, rounded] = [constant + f, rounded + 1];
				else if (f) terms.push(...f);
			}
			reader.linear(
				terms,
				value - constant,
				rounded * roundingOf(0, DECIMALS),
				where,
				label(column),
			);
		};
		read('ukp_days', (p) => [term('ukp_days', p.municipality, p.month)]);
		read('norway_nok', (p) => scale([term('ukp_days', p.municipality, p.month)], p.rate ?? 0));
		read('sweden_nok', (p) =>
			p.basis === 'exact' ? scale(payableTerms(p, rules), p.rate ?? 0) : p.swedenNok,
		);
		read('halland_nok', (p) => (p.liable ? scale(hallandTerms(p, rules), p.rate ?? 0) : []));
	}
}

/**
 * Reads the calculator's data (the JSON the payment page's calculator fetches, or a page's
 * `<script type="application/json" data-calc-data>`): stays and days per shown municipality-month,
 * and per municipality and year the Swedish days summed over the shown months. Municipalities are
 * named by their own area's label. JSON that does not parse is a problem.
 */
export function readCalculator(
	reader: Reader,
	json: string,
	file: string,
	months: readonly PaymentMonth[],
	rules: PaymentRules,
): void {
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return reader.problem(`${file}: the calculator's data is not JSON`);
	}
	const data = parsed as {
		f: Month;
		y: string[];
		a: [string, number[], number[]][];
		v: (number | null)[][];
		w: (number | null)[][];
	};
	const codes = municipalityCodes(reader, data.a);
	data.v.forEach((triples, i) => {
		const code = codes.get(i);
		if (code === undefined)
			return reader.problem(
				`${file}: calculator municipality ${i} is not named by an area of its own`,
			);
		for (let t = 0; t + 2 < triples.length; t += 3) {
			const [k, stays, days] = triples.slice(t, t + 3);
			const month = isMonth(data.f) && k !== null ? addMonths(data.f, k) : '';
			const where = `${file} (calculator)`;
			if (stays !== null) reader.count('ukp_stays', code, month, stays, where);
			if (days !== null) reader.count('ukp_days', code, month, days, where);
		}
	});
	data.w.forEach((years, i) => {
		years.forEach((value, j) => {
			const code = codes.get(i);
			if (value === null || code === undefined) return;
			const parts = shownMonthsOf(reader, months, code, data.y[j]);
			const approximate = parts.filter((p) => p.basis !== 'exact');
			const constant = approximate.reduce((s, p) => s + (p.swedenDays ?? 0), 0);
			const terms = parts.filter((p) => p.basis === 'exact').flatMap((p) => payableTerms(p, rules));
			reader.linear(
				terms,
				value - constant,
				(1 + approximate.length) * roundingOf(0, DECIMALS),
				`${file} (calculator)`,
				`sweden_days ${code} ${data.y[j]} = ${value}, summed over ${parts.length} shown months`,
			);
		});
	});
}

// The Swedish days of a month: the exact count, or, approximated and above 0, days − F × (stays − zero-day stays).
function readSwedish(reader: Reader, p: PaymentMonth, rules: PaymentRules, where: string) {
	const h = roundingOf(0, DECIMALS);
	const label = (column: string, value: number) =>
		`${column} ${p.municipality} ${p.month} = ${value} (${p.basis})`;
	const known = (v: number | null) => v !== null && (p.basis === 'exact' || v > 0); // an approximation of 0 only says "at most"
	if (p.basis === 'exact' && p.swedenDays !== null)
		reader.count('payable_days', p.municipality, p.month, p.swedenDays, where);
	else if (known(p.swedenDays))
		reader.linear(
			payableTerms(p, rules),
			p.swedenDays!,
			h,
			where,
			label('sweden_days', p.swedenDays!),
		);
	if (known(p.swedenNok) && p.rate !== null)
		reader.linear(
			scale(payableTerms(p, rules), p.rate),
			p.swedenNok!,
			h,
			where,
			label('sweden_nok', p.swedenNok!),
		);
}

// Halland: liable means days / stays above the benchmark; a liable month's kroner are rate × the days it pays.
function readHalland(
	reader: Reader,
	p: PaymentMonth,
	rules: PaymentRules,
	nok: number | null,
	where: string,
) {
	if (p.liable === null || p.benchmark === null) return;
	const above = [
		term('ukp_days', p.municipality, p.month),
		term('ukp_stays', p.municipality, p.month, -p.benchmark),
	];
	const verdict = `halland_liable ${p.municipality} ${p.month} = ${p.liable}`;
	if (p.liable)
		reader.bound(above, 1e-6, Infinity, where, `${verdict} (days > ${p.benchmark} × stays)`);
	else reader.bound(above, -Infinity, 0, where, `${verdict} (days ≤ ${p.benchmark} × stays)`);
	if (p.liable && nok !== null && p.rate !== null)
		reader.linear(
			scale(hallandTerms(p, rules), p.rate),
			nok,
			roundingOf(0, DECIMALS),
			where,
			`halland_nok ${p.municipality} ${p.month} = ${nok}`,
		);
}

function payableTerms(p: PaymentMonth, rules: PaymentRules): Term[] {
	if (p.basis === 'exact') return [term('payable_days', p.municipality, p.month)];
	const f = rules.freeDays;
	return [
		term('ukp_days', p.municipality, p.month),
		term('ukp_stays', p.municipality, p.month, -f),
		term('ukp_stays_zero_days', p.municipality, p.month, f),
	];
}

function hallandTerms(p: PaymentMonth, rules: PaymentRules): Term[] {
	const days = term('ukp_days', p.municipality, p.month);
	return rules.liablePays === 'all_days'
		? [days]
		: [days, term('ukp_stays', p.municipality, p.month, -(p.benchmark ?? 0))];
}

const scale = (terms: Term[], by: number): Term[] =>
	terms.map((t) => ({ ...t, coefficient: t.coefficient * by }));

/** Returns the shown municipality-months of an area (its municipalities in the stays group) and a period (a year or a month); none for an unknown area. */
export function shownMonthsOf(
	reader: Pick<Reader, 'table'>,
	months: readonly PaymentMonth[],
	area: string,
	period: string,
): PaymentMonth[] {
	const group = reader.table.groups.find((g) => g.spec.id === 'ukp');
	const at = group?.areaIndex.get(area);
	if (!group || at === undefined) return [];
	const leaves = new Set<string>();
	const visit = (a: number): void =>
		group.areas[a].children.length === 0
			? void leaves.add(group.areas[a].id)
			: group.areas[a].children.forEach(visit);
	visit(at);
	return months.filter(
		(p) =>
			p.shown &&
			leaves.has(p.municipality) &&
			(p.month === period || p.month.startsWith(`${period}-`)),
	);
}

// A municipality's own area in the calculator: one member, labelled with the municipality's name.
function municipalityCodes(
	reader: Reader,
	areas: [string, number[], number[]][],
): Map<number, string> {
	const group = reader.table.groups.find((g) => g.spec.id === 'ukp');
	const byName = new Map(
		(group?.areas ?? []).filter((a) => a.children.length === 0).map((a) => [a.name, a.id]),
	);
	const out = new Map<number, string>();
	for (const [label, members] of areas)
		if (members.length === 1 && byName.has(label)) out.set(members[0], byName.get(label)!);
	return out;
}
