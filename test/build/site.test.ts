import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { KPI_IDS } from '../../src/lib/kpi/definitions';
import { formatKpiValue, headlineArea } from '../../src/lib/kpi/present';
import { computeKpisFor } from '../../src/lib/site';
import { getProject } from '../../src/loaders/project';

// The shared public build of the bundled data (test/helpers/build-fixtures.ts).
const out = inject('sites').public;
const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

describe('the built site (astro build of data/)', () => {
	it('has six KPI cards on the front page, each with its SVG trend and a level label', () => {
		const page = html('');
		const cards = page.split('<li class="kpi-card"').slice(1);
		expect(cards).toHaveLength(6);
		for (const card of cards) {
			expect(card).toContain('<svg class="sparkline"');
			expect(card).toMatch(
				/Ingen avvik|Mindre avvik, men håndteres|Kritiske avvik, når ikke målsetning/,
			);
		}
		expect(page).toContain('lang="nb"');
		expect(page).toContain('Leseveiledning');
	});

	it('shows on each card the year-to-date value the KPI engine computed, and its target', async () => {
		const dataset = getProject('data', { scope: 'numbers' });
		const kpis = await computeKpisFor(dataset, 'public');
		const cards = new Map(
			html('')
				.split('<li class="kpi-card"')
				.slice(1)
				.map((c) => [/data-kpi="(\w+)"/.exec(c)![1], c]),
		);
		for (const kpi of KPI_IDS) {
			const spec = dataset.targets.kpis[kpi];
			const r = kpis.get(kpi, headlineArea(dataset.targets, kpi), '2026')!;
			expect(cards.get(kpi), kpi).toMatch(
				new RegExp(`<strong[^>]*>${formatKpiValue(kpi, r.value, spec.unit)}</strong>`),
			);
			expect(cards.get(kpi), kpi).toContain(formatKpiValue(kpi, r.target, spec.unit));
		}
		expect(cards.get('ukp_days')).toMatch(/<strong[^>]*>3\u00a0317\u00a0døgn<\/strong>/);
	});

	it('formats the front page numbers the Norwegian way', () => {
		const page = html('');
		expect(page).toMatch(/\d\u00a0\d{3}\u00a0døgn/); // e.g. 3 317 døgn
		expect(page).toMatch(/\d,\d\u00a0%/); // e.g. 90,3 %
		expect(page).toContain('okt. 2026');
	});

	it('draws every KPI chart as SVG in the HTML, with a title and summary, no JavaScript needed', () => {
		for (const id of [
			'ukp_days',
			'zero_day_share',
			'mean_ukp_days',
			'direct_home_share',
			'readmission_share',
			'short_term_los',
		]) {
			const page = html(`kpi/${id}`);
			expect(page).toMatch(/<figure class="chart"[^>]*aria-labelledby="trend-title"/);
			expect(page).toMatch(
				/role="img" aria-labelledby="trend-title" aria-describedby="trend-summary"/,
			);
			expect(page).toMatch(/<path d="M[\d.,LM]+"[^>]*stroke="var\(--chart-1\)"/);
			expect(page).not.toContain('<script');
		}
	});

	it('offers CSV files of exactly the numbers in the KPI tables', () => {
		const csv = readFileSync(
			join(out, 'kpi/ukp_days/aar.csv/index.html').replace('/index.html', ''),
			'utf8',
		)
			.trim()
			.split('\n');
		expect(csv[0]).toBe(
			'kpi,area,area_name,period,value,numerator,denominator,target,expected,achievement,level,provisional,complete,suppressed,months_with_data',
		);
		expect(csv.slice(1).map((l) => l.split(',')[3])).toEqual([
			'2022',
			'2023',
			'2024',
			'2025',
			'2026',
		]);
	});

	it('has a page per municipality and per cluster', () => {
		expect(html('omrader/5001')).toContain('<h1>Trondheim</h1>');
		expect(html('omrader/klynge-fosen')).toContain('<h1>Fosen</h1>');
	});

	it('says "Syntetiske demodata" on every page built from synthetic data', () => {
		const pages = htmlFiles(out);
		expect(pages.length).toBeGreaterThan(30);
		for (const page of pages)
			expect(readFileSync(page, 'utf8'), page).toContain('Syntetiske demodata');
	});
});

describe('npm run build with bad data', () => {
	it('exits non-zero, lists every problem and leaves the previous dist/ untouched', () => {
		const data = mkdtempSync(join(tmpdir(), 'bad-data-'));
		cpSync('data', data, { recursive: true });
		const ukp = readFileSync(join(data, 'ukp_monthly.csv'), 'utf8').split('\n');
		ukp[4] = ukp[4].replace(/^([^,]+,[^,]+,[^,]+,[^,]+,)\d+/, '$1-3');
		writeFileSync(join(data, 'ukp_monthly.csv'), ukp.join('\n'));
		const dist = join(mkdtempSync(join(tmpdir(), 'dist-')), 'dist');
		mkdirSync(dist);
		writeFileSync(join(dist, 'index.html'), 'last good site');
		const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
			env: { ...process.env, DATA_DIR: data, DIST_DIR: dist },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${data}/ukp_monthly.csv:5: ukp_days: "-3" must be a whole number ≥ 0`,
		);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good site');
		expect(readdirSync(join(dist, '..'))).toEqual(['dist']);
	});
});
