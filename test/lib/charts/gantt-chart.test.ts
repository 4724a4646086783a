import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computePlanStatus, parseActionPlan } from '../../../src/lib/action-plan';
import { renderChart } from '../../../src/lib/charts/chart';
import { GANTT_STYLES, ganttChart, summarizeGantt } from '../../../src/lib/charts/gantt-chart';
import { computeGanttLayout } from '../../../src/lib/charts/gantt-layout';
import { renderStandalone } from '../../../src/lib/charts/standalone';
import { attrsOf, roundSvg, textsOf } from '../../helpers/svg';

const measure = (id: string, period: string, extra = '') =>
	`      - id: '${id}'\n        text: Tiltak ${id}\n        period: ${period}\n        priority: Høy\n        scope: Lite\n        responsible: R\n${extra}`;
const PLAN = `title: P
activities:
  - id: 1
    title: Første aktivitet
    measures:
${measure('1.1', 'Innen 1.5.24', '        status: green\n        done: true\n')}${measure('1.2', 'Avhengig av 1.1', '        duration_days: 60\n        status: yellow\n')}${measure('1.3', '15.3 – 1.9.2024', '        status: red\n')}  - id: 2
    title: Andre aktivitet
    measures:
${measure('2.1', 'Dato - dato')}${measure('2.2', '1.3.25 - 30.6.25')}theory_of_change:
  ressurser: []
  aktiviteter: []
  utfall: []
  resultater: []
  effekter: []
  visjon: V
`;
const { plan, issues } = parseActionPlan(PLAN, 'plan.yaml');
const layout = computeGanttLayout(computePlanStatus(plan!, '2024-09-01'));

describe('ganttChart(layout, options)', () => {
	const chart = ganttChart(layout, { id: 'plan' });

	it('draws gantt as in its snapshot', async () => {
		expect(issues).toEqual([]);
		await expect(
			roundSvg(
				renderStandalone(chart, {
					title: 'gantt',
					summary: summarizeGantt(layout),
					synthetic: true,
				}),
			),
		).toMatchFileSnapshot('output/gantt.svg');
	});

	it('draws a bar for a period, a diamond for a deadline, a note for an unscheduled measure, and the dependency arrow', () => {
		const svg = renderChart(chart);
		expect(attrsOf(svg, 'rect', 'class')).toEqual([
			'bar bar-none',
			'bar bar-none bar-assumed',
			'bar bar-yellow bar-assumed',
			'bar bar-red',
			'bar bar-none',
		]);
		expect(attrsOf(svg, 'path', 'class').filter((c) => c === 'diamond')).toHaveLength(2); // the key's and 1.1's
		expect(textsOf(svg)).toEqual(
			expect.arrayContaining(['ikke tidfestet', 'gjennomført', 'i dag 1.9.2024']),
		);
		expect(textsOf(svg, 'title')).toContain('1.2 starter når 1.1 slutter');
		expect(attrsOf(svg, 'path', 'marker-end')).toEqual(['url(#plan-arrow)', 'url(#plan-arrow)']);
	});

	it('marks a bar whose length is our assumption on the drawing itself, and says so in the key', () => {
		const svg = renderChart(chart);
		expect(svg).toMatch(
			/<g class="measure-row" data-measure="1\.2">[\s\S]*?class="bar bar-yellow bar-assumed"[\s\S]*?<text [^>]*class="note">antatt varighet 60 dager, forfalt<\/text>/,
		);
		expect(svg.match(/bar-assumed/g)).toHaveLength(2); // the key's and 1.2's: dates from the draft are not marked
		expect(textsOf(svg)).toContain('antatt varighet (vår forutsetning)');
	});

	it('sums the measures up in one sentence', () => {
		expect(summarizeGantt(layout)).toBe(
			'5 tiltak fra Q1 2024 til Q4 2025: 1 uten avvik, 1 med mindre avvik, 1 med kritiske avvik og 2 uten status; 1 forfalt og 1 ikke tidfestet.',
		); // 1.2 ended 30.6.2024, not done
	});

	it('writes the look of the page CSS into the standalone file', () => {
		const svg = renderStandalone(chart, { title: 'T', summary: 'S', synthetic: false });
		expect(svg).not.toMatch(/var\(|currentColor|class=/);
		expect(svg).toMatch(
			/<text x="4" y="\d+" fill="#1a1a1a" font-size="12" font-weight="700"><title>1\. Første aktivitet<\/title>/,
		);
		expect(svg).toMatch(
			/<rect x="112" y="1" width="22" height="8" stroke="#1a1a1a" stroke-width="1" fill="none" stroke-dasharray="3 2">/,
		);
	});

	it('has GANTT_STYLES as GanttChart.astro styles the page', () => {
		const css = readFileSync('src/components/action-plan/GanttChart.astro', 'utf8').split(
			'@media print',
		)[0];
		const rules = [...css.matchAll(/:global\(\.gantt ([^)]+)\) \{([^}]+)\}/g)].map(
			([, selector, body]) => [
				selector,
				Object.fromEntries(
					body
						.split(';')
						.filter((d) => d.trim())
						.map((d) => d.split(':').map((s) => s.trim()))
						.map(([k, v]) => [k, /^[\d.]+(px)?$/.test(v) ? Number(v.replace('px', '')) : v]),
				),
			],
		);
		expect(rules).toEqual(GANTT_STYLES);
	});
});
