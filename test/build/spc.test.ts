import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { KPI_IDS } from '../../src/lib/kpi/definitions';
import { headlineArea } from '../../src/lib/kpi/present';
import { computeKpisFor } from '../../src/lib/site';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../src/lib/spc/present';
import { computeSiteSpc } from '../../src/lib/spc/site-spc';
import { getProject } from '../../src/loaders/project';
import { normalizeText } from '../helpers/text';

// SPC on the shared public build of the bundled data (issue 13, items 4 and 5): every KPI page, card,
// area page and pack shows the variation and assurance icons with their words.
const SITES = inject('sites');
const out = SITES.public;
const html = (path: string, site = out) => readFileSync(join(site, path, 'index.html'), 'utf8');
const csv = (path: string, site = out) => readFileSync(join(site, path), 'utf8').trim().split('\n');
const badgeWords = (page: string, kind: 'variation' | 'assurance') =>
	[
		...page.matchAll(
			new RegExp(
				`class="spc-badge spc-${kind} [^"]*"[^>]*>.*?<span class="spc-words"[^>]*>([^<]+)</span>`,
				'g',
			),
		),
	].map((m) => m[1]);

// The verdicts the public edition must show, computed here from the same data.
const project = getProject('data', { scope: 'numbers' });
const spc = computeSiteSpc(await computeKpisFor(project, 'public'), project.targets, project.spc);
const expected = (kpi: (typeof KPI_IDS)[number], area = headlineArea(project.targets, kpi)) => {
	const series = spc.series(kpi, area)!;
	return {
		variation: VARIATION_WORDS[series.variation],
		assurance: ASSURANCE_WORDS[series.assurance],
	};
};

describe('SPC on the built public site', () => {
	it('has on every KPI page the SPC figure (title, summary, SVG, table, CSV) and both verdicts with icon and words', () => {
		for (const kpi of KPI_IDS) {
			const page = html(`kpi/${kpi}`);
			expect(page, kpi).toMatch(
				/<figure class="chart" id="spc-chart" aria-labelledby="spc-chart-title"/,
			);
			expect(page, kpi).toMatch(
				/role="img" aria-labelledby="spc-chart-title" aria-describedby="spc-chart-summary"/,
			);
			expect(page, kpi).toContain('variasjon per måned (SPC)');
			expect(page, kpi).toContain('<table class="spc-table"');
			expect(page, kpi).toContain(`href="/kpi/${kpi}/spc.csv"`);
			expect(badgeWords(page, 'variation')[0], kpi).toBe(expected(kpi).variation);
			expect(badgeWords(page, 'assurance')[0], kpi).toBe(expected(kpi).assurance);
			expect(page, kpi).toMatch(/<dt[^>]*>Variasjon<\/dt>/);
			expect(page, kpi).toMatch(/<dt[^>]*>Mot målet<\/dt>/);
			expect(page, kpi).toContain('Leseveiledning: signal eller støy (SPC)');
			expect(existsSync(join(out, `kpi/${kpi}/spc-chart.svg`)), kpi).toBe(true);
		}
	});

	it('offers the SPC numbers as CSV: one row per point of the headline series, none for a month hidden for privacy', () => {
		for (const site of [out, SITES.small]) {
			for (const kpi of KPI_IDS) {
				const rows = csv(`kpi/${kpi}/spc.csv`, site);
				expect(rows[0]).toBe('kpi,area,month,value,segment,mean,lpl,upl,rules,target');
				const hidden = csv(`kpi/${kpi}/maaned.csv`, site)
					.filter((r) => r.split(',')[13] === 'true')
					.map((r) => r.split(',')[3]);
				const months = rows.slice(1).map((r) => r.split(',')[2]);
				for (const month of hidden) expect(months, `${kpi} ${month}`).not.toContain(month);
			}
		}
		expect(csv('kpi/ukp_days/spc.csv')).toHaveLength(1 + spc.points('ukp_days', 'all').length);
	});

	it('shows on every front-page card the variation and assurance next to the level, with words', () => {
		const cards = new Map(
			html('')
				.split('<li class="kpi-card"')
				.slice(1)
				.map((c) => [/data-kpi="(\w+)"/.exec(c)![1], c.slice(0, c.indexOf('</li>'))]),
		);
		for (const kpi of KPI_IDS) {
			expect(badgeWords(cards.get(kpi)!, 'variation'), kpi).toEqual([expected(kpi).variation]);
			expect(badgeWords(cards.get(kpi)!, 'assurance'), kpi).toEqual([expected(kpi).assurance]);
			expect(cards.get(kpi)!, kpi).toContain('<svg class="spc-icon"');
		}
	});

	it('shows on a cluster and a municipality page the verdicts of each KPI in the area, with words', () => {
		for (const [path, area] of [
			['omrader/klynge-fosen', 'cluster:Fosen'],
			['omrader/5001', '5001'],
		]) {
			const page = /<table[\s\S]*?<\/table>/.exec(html(path))![0];
			expect(page).toContain('Mot målet (SPC)');
			const kpis = KPI_IDS.filter((k) => k !== 'short_term_los');
			expect(badgeWords(page, 'variation'), path).toEqual(
				kpis.map((k) => expected(k, area).variation),
			);
			expect(badgeWords(page, 'assurance'), path).toEqual(
				kpis.map((k) => expected(k, area).assurance),
			);
		}
	});

	it('says on an area page of the small-count site that months hidden for privacy are not in the signals', () => {
		const dir = join(SITES.small, 'omrader');
		const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html')));
		const saying = pages.filter((name) =>
			html(`omrader/${name}`, SITES.small).includes(
				'måneder som er skjult av personvernhensyn, er ikke med i gjennomsnitt',
			),
		);
		expect(saying.length).toBeGreaterThan(0);
	});

	it('shows the seasonal profile of UKP days: twelve monthly shares, the setting, and that the yearly verdict is unchanged', () => {
		const page = html('kpi/ukp_days');
		const table = /<table class="profile-table"[\s\S]*?<\/table>/.exec(page)![0];
		expect(table.match(/<th scope="row"[^>]*>/g)).toHaveLength(12);
		expect(table).toMatch(/desember[\s\S]*100,0\u00a0%/);
		expect(page).toContain('Innstillingen i målfila er «sesong» (seasonal).');
		expect(page).toContain('vurderingen for hele året er den samme som før');
		expect(html('kpi/zero_day_share')).not.toContain('profile-table');
	});
});

describe('SPC in the report PDFs of the public build', () => {
	const text = (slug: string) =>
		normalizeText(
			spawnSync('pdftotext', ['-layout', join(out, `rapporter/${slug}.pdf`), '-'], {
				encoding: 'utf8',
			}).stdout,
		);

	it.each(['asu-2026-11-18', 'maanedsrapport-2026-10'])(
		'%s has the SPC summary table with its headings and words, and the SPC charts of KPI 1–3',
		(slug) => {
			const pdf = text(slug);
			expect(pdf).toContain('Signal eller støy: variasjon og måloppnåelse');
			expect(pdf).toMatch(/KPI Verdi okt\. .*Avvik hittil i .*Variasjon .*Mot målet/);
			expect(pdf).toContain(normalizeText(expected('ukp_days').variation));
			expect(pdf).toContain(normalizeText(expected('ukp_days').assurance));
			expect(pdf).toContain('SPC-diagrammer per måned');
			for (const n of [
				'1. Antall UKP-døgn',
				'2. Andel UKP-opphold med 0 døgn',
				'3. Gjennomsnittlig liggetid som UKP',
			])
				expect(pdf).toContain(`${n}: variasjon per måned (SPC)`);
			expect(pdf).not.toContain('4. Andel UKP som reiser rett hjem: variasjon');
			expect(pdf).toContain('Leseveiledning: signal eller støy (SPC)');
		},
	);
});
