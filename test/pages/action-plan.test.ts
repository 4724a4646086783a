/// <reference types="vite/client" />
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/issues';
import { getProject } from '../../src/loaders/project';

// Through Vite's glob import: plain `tsc` has no types for `.astro` modules.
type Page = Parameters<AstroContainer['renderToString']>[0];
const pages = import.meta.glob<Page>(
	['../../src/pages/handlingsplan/*.astro', '../../src/pages/forandringsteori.astro'],
	{ eager: true, import: 'default' },
);
const PlanPage = pages['../../src/pages/handlingsplan/index.astro'];
const ActivityPage = pages['../../src/pages/handlingsplan/[activity].astro'];
const TheoryPage = pages['../../src/pages/forandringsteori.astro'];

const LABELS = {
	green: 'Ingen avvik',
	yellow: 'Mindre avvik',
	red: 'Kritiske avvik',
	none: 'Ikke vurdert',
} as const;
const plan = getProject('data').plan!;
const measures = plan.activities.flatMap((a) => a.measures);

// The rendered pages (the same Astro pipeline as `astro build`, without writing dist/).
let container: AstroContainer;
const render = (page: Page, url: string, props = {}) =>
	container.renderToString(page, {
		request: new Request(`https://pasientflyt.example.no${url}`),
		props,
	});
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('/handlingsplan/', () => {
	let html: string;
	beforeAll(async () => {
		html = await render(PlanPage, '/handlingsplan/');
	});

	it('holds every measure 1.1–7.2 of the draft strategy in its activity table, with its status', () => {
		expect(measures.map((m) => m.id)).toHaveLength(29);
		for (const m of measures) {
			const row = new RegExp(
				`<tr id="tiltak-${m.id.replace('.', '\\.')}"[^>]*data-status="${m.status ?? 'none'}"[^>]*>([\\s\\S]*?)</tr>`,
			).exec(html);
			expect(row, m.id).not.toBeNull();
			expect(row![1], m.id).toContain(LABELS[m.status ?? 'none']);
			expect(row![1], m.id).toContain(escape(m.period));
			expect(row![1], m.id).toContain(m.responsible === null ? 'Ikke satt' : escape(m.responsible));
		}
	});

	it('has the draft’s columns, all seven activities, the legend and the demo notice', () => {
		for (const col of [
			'Aktivitet',
			'Tiltak',
			'Tidsrom',
			'Prioritet',
			'Omfang',
			'Ansvarlig enhet',
			'Status',
			'Kommentar',
		]) {
			expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${col}</th>`));
		}
		for (const a of plan.activities) expect(html).toContain(`href="/handlingsplan/${a.id}/"`);
		expect(html).toContain('Leseveiledning');
		expect(html).toContain('Demotekst:');
		expect(html).toContain('Ikke satt');
	});

	it('draws the Gantt chart as SVG: quarters, a bar or diamond per dated measure, the today line, the 1.1 → 1.2 arrow', () => {
		const svg = /<svg class="gantt"[\s\S]*?<\/svg>/.exec(html)![0];
		for (const q of ['Q1 2024', 'Q4 2025', 'Q4 2026']) expect(svg).toContain(`>${q}</text>`);
		expect(svg.match(/data-measure="/g)).toHaveLength(29);
		const dated = measures.filter((m) => m.schedule.end !== null).length;
		expect(
			(svg.match(/class="bar bar-/g) ?? []).length +
				(svg.match(/<path d="M[\d.]+,[\d.]+l7,7l-7,7l-7-7Z"/g) ?? []).length,
		).toBe(dated + 2); // + the key's two bars (period, assumed length)
		expect(svg).toContain('i dag 20.11.2026');
		expect(svg).toContain('1.2 starter når 1.1 slutter');
		expect(svg).not.toMatch(/NaN|undefined/);
		expect(html).not.toContain('<script');
	});
});

describe('/handlingsplan/<activity>/', () => {
	it.each(plan.activities.map((a) => [a.id, a]))(
		'page %i lists its measures with status',
		async (id, a) => {
			const html = await render(ActivityPage, `/handlingsplan/${id}/`, { id });
			expect(html).toContain(`<h1`);
			expect(html).toContain(`Aktivitet ${id}: ${escape(a.title)}`);
			for (const m of a.measures)
				expect(html).toMatch(
					new RegExp(
						`<tr id="tiltak-${m.id.replace('.', '\\.')}"[^>]*data-status="${m.status ?? 'none'}"`,
					),
				);
		},
	);
});

describe('/forandringsteori/', () => {
	it('links each plan activity to its page and each measurable result to its KPI page', async () => {
		const html = await render(TheoryPage, '/forandringsteori/');
		for (const col of ['Ressurser', 'Aktiviteter', 'Utfall', 'Resultater', 'Effekter', 'Visjon'])
			expect(html).toContain(`>${col}</h3>`);
		for (const a of plan.activities) expect(html).toContain(`href="/handlingsplan/${a.id}/"`);
		for (const kpi of [
			'ukp_days',
			'zero_day_share',
			'mean_ukp_days',
			'direct_home_share',
			'readmission_share',
			'short_term_los',
		])
			expect(html).toContain(`href="/kpi/${kpi}/"`);
		expect(html).toContain(
			'Optimal pasientflyt gjennom god samhandling som håndterer fremtidens demografiske utvikling',
		);
	});
});

describe('the project loader on the action plan', () => {
	it('takes today from TODAY when given', () => {
		const p = getProject('data', { today: '2024-05-20' }).plan!;
		expect(p.today).toBe('2024-05-20');
		expect(p.activities[3].measures.find((m) => m.id === '4.3')?.flags.startingSoon).toBe(true);
	});

	it('throws a DataError with FILE:LINE: messages for a broken plan file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'plan-'));
		cpSync('data', dir, { recursive: true });
		const text = readFileSync('data/action-plan.yaml', 'utf8')
			.replace('period: Innen 1.5.24', 'period: Innen mai')
			.replace('status: red', 'status: rød')
			.replace('period: Avhengig av 1.1', 'period: Avhengig av 1.9');
		writeFileSync(join(dir, 'action-plan.yaml'), text);
		const lines = text.split('\n');
		const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
		const file = join(dir, 'action-plan.yaml');
		expect(() => getProject(dir)).toThrow(DataError);
		expect(() => getProject(dir)).toThrow(
			[
				`${file}:${lineOf('Innen mai')}: activities.0.measures.0.period: "Innen mai" is not a period: write "Innen D.M.ÅÅ", "D.M.ÅÅ – D.M.ÅÅ", "Avhengig av N.N", "Dato - dato" or ISO dates (YYYY-MM-DD)`,
				`${file}:${lineOf('Avhengig av 1.9')}: activities.0.measures.1.period: depends on "1.9", which is not a measure in the plan`,
				`${file}:${lineOf('status: rød')}: activities.1.measures.3.status: "rød" is not a status: use green (Ingen avvik), yellow (Mindre avvik) or red (Kritiske avvik)`,
			].join('\n'),
		);
	});
});

function escape(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
