import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
	CALCULATOR_DATA_PATH,
	type CalculatorData,
} from '../../src/lib/comparison/calculator-input';
import { parseCsv } from '../../src/lib/csv';
import { parseCountCells } from '../../src/lib/privacy/count-cells';
import { isSmallCount } from '../../src/lib/privacy/suppress-kpis';

// Issue 16, item 8: a partner build (ASU packs) shows every number, also on the comparison pages,
// in every CSV and in the calculator; the public build of the same data shows none from 1 to 4.

const sites = inject('sites');
const read = (site: string, path: string) => readFileSync(join(site, path), 'utf8');
const csv = (site: string, path: string) =>
	parseCsv(read(site, path), path, []).records.map((r) => r.cells);
const small = (cell: string | number | null | undefined) =>
	cell !== null && cell !== undefined && cell !== '' && isSmallCount(Number(cell), 4);
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
	);
const calculator = (site: string) => JSON.parse(read(site, CALCULATOR_DATA_PATH)) as CalculatorData;
const calculatorCounts = (data: CalculatorData) =>
	data.v.flatMap((triples) => triples.filter((_, i) => i % 3 !== 0));
const COMPARISON_CSVS = [
	'betalingsmodeller.csv',
	'betalingsmodeller-aar.csv',
	'betalingsmodeller-maaned.csv',
	'per-innbygger.csv',
	'maanedssnitt.csv',
	'likt-grunnlag.csv',
];

describe('the partner build of the bundled data', () => {
	const site = sites.partner;

	it('hides nothing on any page, comparison pages included', () => {
		const pages = files(site).filter((f) => f.endsWith('.html'));
		expect(pages.filter((p) => p.includes('/sammenligning/')).length).toBeGreaterThanOrEqual(5);
		for (const page of pages)
			expect(readFileSync(page, 'utf8'), page).not.toContain('skjult<sup>*</sup>');
	});

	it('shows small counts in the comparison CSVs, with no row marked suppressed', () => {
		for (const file of COMPARISON_CSVS)
			expect(
				csv(site, `sammenligning/${file}`).filter((r) => r.suppressed === 'true'),
				file,
			).toEqual([]);
		const months = csv(site, 'sammenligning/betalingsmodeller.csv');
		expect(months.filter((r) => small(r.ukp_days)).length).toBeGreaterThan(50);
		expect(
			months.filter((r) => r.sweden_basis === 'exact' && small(r.sweden_days)).length,
		).toBeGreaterThan(50);
		expect(
			csv(site, 'sammenligning/maanedssnitt.csv').filter(
				(r) => small(r.numerator) || small(r.denominator),
			).length,
		).toBeGreaterThan(50);
	});

	it('shows small counts in the KPI downloads and the page tables', () => {
		const kpis = [
			'ukp_days',
			'zero_day_share',
			'mean_ukp_days',
			'direct_home_share',
			'readmission_share',
		];
		const areas = kpis.flatMap((kpi) => csv(site, `kpi/${kpi}/omrader.csv`));
		expect(areas.filter((r) => r.suppressed === 'true')).toEqual([]);
		expect(areas.filter((r) => small(r.numerator) || small(r.denominator)).length).toBeGreaterThan(
			5,
		);
		// The municipalities are on the KPI's cluster pages.
		const clusterPages = files(join(site, 'kpi/mean_ukp_days')).filter((f) =>
			/klynge-[^/]+\/index\.html$/.test(f),
		);
		expect(clusterPages.length).toBeGreaterThan(0);
		expect(
			clusterPages
				.flatMap((f) => parseCountCells(readFileSync(f, 'utf8')))
				.filter((c) => small(c.value)).length,
		).toBeGreaterThan(0);
	});

	it('embeds small counts in the calculator, and no hidden year', () => {
		const data = calculator(site);
		expect(calculatorCounts(data).filter(small).length).toBeGreaterThan(50);
		expect(data.a.flatMap(([, , hiddenYears]) => hiddenYears)).toEqual([]);
	});

	it('says on the data page that it shows every number and is not for publication', () => {
		expect(read(site, 'om-data/index.html')).toContain(
			'Dette er partnerutgaven: den viser alle tall, også antall fra 1 til 4 for små kommuner, og ingenting er skjult.',
		);
	});
});

describe('the public build of the same data', () => {
	const site = sites.public;

	it('shows no count from 1 to 4 in a count cell, the comparison CSVs or the calculator, and marks hidden cells', () => {
		for (const page of files(site).filter((f) => f.endsWith('.html')))
			expect(
				parseCountCells(readFileSync(page, 'utf8')).filter((c) => small(c.value)),
				page,
			).toEqual([]);
		const months = csv(site, 'sammenligning/betalingsmodeller.csv');
		expect(
			months.filter(
				(r) =>
					small(r.ukp_stays) ||
					small(r.ukp_days) ||
					(r.sweden_basis === 'exact' && small(r.sweden_days)),
			),
		).toEqual([]);
		expect(months.filter((r) => r.suppressed === 'true').length).toBeGreaterThan(50);
		expect(calculatorCounts(calculator(site)).filter(small)).toEqual([]);
		// The payment page lists the clusters; their pages list the municipalities, where small counts are hidden.
		const paymentPages = files(join(site, 'sammenligning/betalingsmodeller')).filter((f) =>
			f.endsWith('.html'),
		);
		expect(paymentPages.some((f) => readFileSync(f, 'utf8').includes('skjult<sup>*</sup>'))).toBe(
			true,
		);
	});

	it('states the threshold on the data page and explains, with Meråker 2025-11, why a partly empty row is left out', () => {
		const page = read(site, 'om-data/index.html').replace(/\s+/g, ' ');
		expect(page).toContain('Denne åpne utgaven viser ingen antall fra 1 til 4.');
		expect(page).toContain(
			'I dataene mangler for eksempel antall som reiste rett hjem for Meråker i november 2025.',
		);
		expect(page).toContain('Derfor er hele raden holdt utenfor alle åpne tall');
	});
});
