import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { CALIBRATION_MONTHS, shownInKpis } from '../../src/lib/capacity/calibrate-project';
import { addMonths } from '../../src/lib/dates';
import { computeKpisFor } from '../../src/lib/site';
import { getProject } from '../../src/loaders/project';
import { normalizeText } from '../helpers/text';

// The capacity page and the pack's «Kapasitet og kø» in the shared public build of data/.
const SITE = inject('sites').public;
const page = readFileSync(join(SITE, 'kapasitet/index.html'), 'utf8');
const tableOf = (cls: string) => page.split(`<table class="${cls}`)[1].split('</table>')[0];
const rowNames = (table: string) =>
	[...table.split('<tbody')[1].matchAll(/<th scope="row"[^>]*>([^<]*)/g)].map((m) => m[1].trim());

describe('the capacity page (/kapasitet/)', () => {
	it('is in the main menu and cites the analysis group by title', () => {
		expect(readFileSync(join(SITE, 'index.html'), 'utf8')).toContain('href="/kapasitet/"');
		expect(normalizeText(page)).toContain(
			'«Arbeid i analysegruppen», orientering til ASU 4. oktober 2023, analysegruppen',
		);
		expect(page).toContain('Syntetiske demodata');
	});

	it('shows the calibration with its workings and the places as «beregnet, ikke en opptelling»', () => {
		const workings = tableOf('workings');
		expect(workings).toContain('beregnet, ikke en opptelling');
		expect(normalizeText(workings)).toMatch(
			/\(\d[\d ]* UKP-opphold − \d[\d ]* rett hjem\) ÷ 365 døgn/,
		);
		expect(workings).toMatch(/liggedøgn ÷ [\d\u00a0]+ avsluttede korttidsopphold/);
	});

	it('has the prepared scenarios as a table that needs no JavaScript', () => {
		expect(rowNames(tableOf('scenarios'))).toEqual([
			'I dag (kalibrert)',
			'10 plasser færre',
			'5 plasser færre',
			'5 plasser flere',
			'10 plasser flere',
			'2 døgn kortere opphold',
			'10\u00a0% flere ankomster',
			'+105\u00a0% ankomster (demografi 2022–2040)',
		]);
		const csv = readFileSync(join(SITE, 'kapasitet/scenarioer.csv'), 'utf8').split('\n');
		expect(csv[0]).toBe(
			'area,scenario,kind,change,places,arrivals_per_day,mean_stay_days,offered_load,utilisation,stable,wait_probability,mean_wait_days,ukp_days_per_year,places_needed_for_target',
		);
		expect(csv.filter(Boolean)).toHaveLength(9);
	});

	it('draws the curve with the target line and the band as inline SVG, with its table, CSV and image files', () => {
		expect(page).toMatch(/<figure class="chart" id="kurve" aria-labelledby="kurve-title"/);
		const figure = page.split('id="kurve"')[1].split('</figure>')[0];
		expect(figure).toContain('class="band"');
		expect(figure).toMatch(/Mål: 1\u00a0767\u00a0døgn per år/);
		expect(figure).toContain('href="/kapasitet/kurve.csv"');
		const csv = readFileSync(join(SITE, 'kapasitet/kurve.csv'), 'utf8').split('\n');
		expect(csv[0]).toBe(
			'area,places,ukp_days_per_year_erlang_c,stable,ukp_days_per_year_p10,ukp_days_per_year_p50,ukp_days_per_year_p90',
		);
		expect(
			csv.filter((line) => /,\d+(\.\d)?,\d+(\.\d)?,\d+(\.\d)?$/.test(line)).length,
		).toBeGreaterThanOrEqual(5); // rows with a band
		expect(readdirSync(join(SITE, 'kapasitet'))).toEqual(
			expect.arrayContaining(['kurve.svg', 'kurve.png']),
		);
	});

	it('keeps the what-if hidden until its script runs, and the script small (≤ 15 KB gzip)', () => {
		expect(page).toMatch(/<section class="whatif"[^>]*data-whatif[^>]*hidden/);
		expect(page).toContain('<script type="application/json" data-whatif-data>');
		const scripts = [...page.matchAll(/<script type="module" src="(\/_astro\/[^"]+\.js)"/g)].map(
			(m) => m[1],
		);
		expect(scripts).toHaveLength(1);
		const js = readFileSync(join(SITE, scripts[0]));
		expect(gzipSync(js).length).toBeLessThanOrEqual(15 * 1024);
	});

	it('shows a cluster only when the public KPIs show every month of its window', async () => {
		const project = getProject('data');
		const kpis = await computeKpisFor(project, 'public');
		const to = project.rollup.latestMonth;
		const from = addMonths(to, 1 - CALIBRATION_MONTHS);
		const shown = shownInKpis(kpis);
		const expected = [
			'Helsefellesskapet',
			...project.areas.clusters.filter((c) => shown.area(c.id, from, to)).map((c) => c.name),
		];
		const names = rowNames(tableOf('area-calibration'));
		expect(names).toEqual(expected);
		expect(names.length).toBeLessThan(project.areas.clusters.length + 1); // the bundled data hide some cluster-months
		for (const hidden of project.areas.clusters.filter((c) => !expected.includes(c.name)))
			expect(page).toContain(hidden.name); // named as withheld
	});
});

describe('«Kapasitet og kø» in the ASU pack', () => {
	it('prints the section on one page with the calibration and the scenarios', () => {
		const text = spawnSync(
			'pdftotext',
			['-layout', join(SITE, 'rapporter/asu-2026-11-18.pdf'), '-'],
			{ encoding: 'utf8' },
		).stdout;
		const pages = text.split('\f').map(normalizeText);
		const start = pages.findIndex((p, i) => i > 1 && p.includes('Kapasitet og kø'));
		expect(start).toBeGreaterThan(1);
		expect(pages[start]).toContain('beregnet, ikke en opptelling');
		expect(pages[start]).toContain('Forberedte scenarioer for helsefellesskapet');
		expect(pages[start]).toContain('+105 % ankomster');
		expect(pages[start + 1]).not.toContain('Vokser uten grense');
	});
});
