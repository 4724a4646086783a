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
import { computeKpisFor } from '../../src/lib/site';
import { getProject } from '../../src/loaders/project';
import { fixtureData } from '../helpers/build-fixtures';

// One public build of data full of small counts; the comparison pages and CSVs must follow the
// site's shared suppression (the ukp_days KPI record of each area and period) everywhere.
const data = fixtureData('small');
const site = inject('sites').small;
const dataset = getProject(data, { scope: 'numbers' });
const threshold = dataset.manifest.suppression_threshold ?? 4;
const kpis = await computeKpisFor(dataset, 'public');
const hidden = (area: string, period: string) =>
	kpis.get('ukp_days', area, period)?.suppressed === true;
const small = (cell: string | undefined) =>
	cell !== undefined && cell !== '' && isSmallCount(Number(cell), threshold);

function csv(path: string): Record<string, string>[] {
	const file = join(site, 'sammenligning', path);
	return parseCsv(readFileSync(file, 'utf8'), file, []).records.map((r) => r.cells);
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
	);
}

describe('the comparison pages of a public build of data full of small counts', () => {
	it('hide something (the data really is small)', () => {
		const rows = csv('betalingsmodeller.csv');
		expect(rows.filter((r) => r.suppressed === 'true').length).toBeGreaterThan(rows.length / 4);
		// The payment page lists the clusters; their pages list the municipalities, where most is hidden.
		const paymentPages = files(join(site, 'sammenligning/betalingsmodeller')).filter((f) =>
			f.endsWith('.html'),
		);
		expect(paymentPages.some((f) => readFileSync(f, 'utf8').includes('skjult<sup>*</sup>'))).toBe(
			true,
		);
	});

	it('show no count from 1 to 4 in a data-count cell of any comparison page', () => {
		const pages = files(join(site, 'sammenligning')).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThanOrEqual(5);
		for (const page of pages)
			expect(
				parseCountCells(readFileSync(page, 'utf8')).filter((c) => isSmallCount(c.value, threshold)),
				page,
			).toEqual([]);
	});

	it('give every municipality-month whose UKP days are hidden empty counts and amounts in betalingsmodeller.csv', () => {
		const counts = [
			'ukp_stays',
			'ukp_days',
			'norway_nok',
			'sweden_days',
			'sweden_nok',
			'mean_all_stays',
			'halland_liable',
			'halland_nok',
		];
		for (const r of csv('betalingsmodeller.csv')) {
			const where = `${r.municipality} ${r.month}`;
			expect(r.suppressed, where).toBe(String(hidden(r.municipality, r.month)));
			if (r.suppressed === 'true') for (const c of counts) expect(r[c], `${where} ${c}`).toBe('');
			expect(small(r.ukp_stays) || small(r.ukp_days), where).toBe(false);
		}
	});

	it('sum every published total only over the municipality-months the CSV shows, and hide the totals the KPIs hide', () => {
		const months = csv('betalingsmodeller.csv').filter(
			(r) => r.suppressed === 'false' && r.ukp_days !== '',
		);
		const clusterOf = new Map(
			dataset.areas.municipalities.map((m) => [m.id, dataset.areas.clusterOf(m.id)!]),
		);
		const inArea = (area: string, code: string) =>
			area === 'all' || area === code || clusterOf.get(code) === area;
		for (const r of [...csv('betalingsmodeller-aar.csv'), ...csv('betalingsmodeller-maaned.csv')]) {
			const where = `${r.area} ${r.period}`;
			// Hidden where the KPIs hide it, or where every month with data in it is hidden.
			expect(r.suppressed, where).toBe(
				String(
					hidden(r.area, r.period) ||
						(r.months_with_data === '0' && r.hidden_municipality_months !== '0'),
				),
			);
			if (r.suppressed === 'true') {
				for (const c of ['ukp_days', 'norway_nok', 'sweden_nok', 'halland_nok'])
					expect(r[c], `${where} ${c}`).toBe('');
				continue;
			}
			expect(small(r.ukp_days), where).toBe(false);
			const parts = months.filter(
				(m) => inArea(r.area, m.municipality) && m.month.startsWith(r.period),
			);
			const sum = (c: string) => parts.reduce((s, m) => s + Number(m[c] || 0), 0);
			expect(Number(r.ukp_days || 0), where).toBe(sum('ukp_days'));
			expect(Number(r.halland_nok || 0), where).toBeCloseTo(sum('halland_nok'), 0);
			expect(Number(r.sweden_nok || 0), where).toBeCloseTo(sum('sweden_nok'), -1);
		}
	});

	it('leave the hidden cells empty in the per-capita and monthly-mean CSVs', () => {
		for (const r of csv('per-innbygger.csv')) {
			expect(r.suppressed, `${r.area} ${r.year}`).toBe(String(hidden(r.area, r.year)));
			if (r.suppressed === 'true')
				for (const c of [
					'ukp_days',
					'ukp_stays',
					'per_1000_67plus',
					'per_1000_80plus',
					'mean_all_stays',
				])
					expect(r[c]).toBe('');
			expect(small(r.ukp_days) || small(r.ukp_stays), `${r.area} ${r.year}`).toBe(false);
		}
		for (const r of csv('maanedssnitt.csv')) {
			expect(r.suppressed, `${r.area} ${r.period}`).toBe(String(hidden(r.area, r.period)));
			if (r.suppressed === 'true')
				expect([r.value, r.numerator, r.denominator]).toEqual(['', '', '']);
			expect(small(r.numerator) || small(r.denominator), `${r.area} ${r.period}`).toBe(false);
		}
	});

	it('put in the calculator’s data file only municipality-months the site shows; the page points to it', () => {
		const html = readFileSync(join(site, 'sammenligning/betalingsmodeller/index.html'), 'utf8');
		expect(html).toContain(`data-src="${CALCULATOR_DATA_PATH}"`);
		expect(html).not.toContain('data-calc-data');
		const calc = JSON.parse(
			readFileSync(join(site, CALCULATOR_DATA_PATH), 'utf8'),
		) as CalculatorData;
		const codes = dataset.areas.municipalities.map((m) => m.id);
		const [year0, month0] = calc.f.split('-').map(Number);
		const monthAt = (k: number) =>
			`${year0 + Math.floor((month0 - 1 + k) / 12)}-${String(((month0 - 1 + k) % 12) + 1).padStart(2, '0')}`;
		let shown = 0;
		calc.v.forEach((triples, i) => {
			for (let t = 0; t < triples.length; t += 3) {
				const [k, stays, days] = triples.slice(t, t + 3);
				const where = `${codes[i]} ${monthAt(k!)}`;
				shown++;
				expect(hidden(codes[i], monthAt(k!)), where).toBe(false);
				expect(small(String(stays)) || small(String(days)), where).toBe(false);
			}
		});
		expect(shown).toBeGreaterThan(0);
		expect(html).toContain('er holdt utenfor begge steder');
	});
});
