/// <reference types="vite/client" />
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { sparkline } from '../../src/lib/charts/sparkline';

// Through Vite's glob import: plain `tsc` has no types for `.astro` modules.
type Component = Parameters<AstroContainer['renderToString']>[0];
const components = import.meta.glob<Component>('../../src/components/charts/ChartFigure.astro', {
	eager: true,
	import: 'default',
});
const ChartFigure = components['../../src/components/charts/ChartFigure.astro'];

const chart = sparkline(
	[
		{ month: '2025-01', value: 3 },
		{ month: '2025-02', value: 5 },
	],
	{ x: 'month', y: 'value', fromZero: true },
);
const props = {
	id: 'trend',
	title: 'Antall UKP-døgn per måned',
	summary: 'Fra 3 til 5 døgn.',
	imageLinks: false,
	chart,
	numbersAt: { href: '/kpi/ukp_days/#trend', page: 'KPI-siden' },
};
let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('ChartFigure.astro', () => {
	it('links to the table on another page when it has none of its own (a report chart)', async () => {
		const html = await container.renderToString(ChartFigure, {
			props,
			slots: { default: '<svg></svg>' },
		});
		expect(html).toContain(
			'<p class="chart-numbers">Tallene i figuren står i en tabell på <a href="/kpi/ukp_days/#trend">KPI-siden</a>.</p>',
		);
		expect(html).not.toContain('<details');
	});

	it('shows its own table, and no link, when it has one', async () => {
		const html = await container.renderToString(ChartFigure, {
			props,
			slots: { default: '<svg></svg>', table: '<table><caption>Tallene</caption></table>' },
		});
		expect(html).toMatch(/<details class="chart-table"> ?<summary>Tallene i figuren<\/summary>/);
		expect(html).not.toContain('chart-numbers');
	});
});
