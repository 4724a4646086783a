/// <reference types="vite/client" />
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';

// Through Vite's glob import: plain `tsc` has no types for `.astro` modules.
type Component = Parameters<AstroContainer['renderToString']>[0];
const components = import.meta.glob<Component>('../../src/components/DownloadLinks.astro', {
	eager: true,
	import: 'default',
});
const DownloadLinks = components['../../src/components/DownloadLinks.astro'];

const table = { file: 'kpi/ukp_days/maaned', title: 'Antall UKP-døgn: per måned' };
let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('DownloadLinks.astro', () => {
	it('offers the workbook for Excel first, then the CSV for programs, each named after the table', async () => {
		const html = await container.renderToString(DownloadLinks, { props: { table } });
		const links = [
			...html.matchAll(
				/<a href="([^"]+)" download="([^"]+)">([^<]+)<span class="visually-hidden">: ([^<]+)<\/span><\/a>/g,
			),
		].map((m) => m.slice(1));
		expect(links).toEqual([
			[
				'/kpi/ukp_days/maaned.xlsx',
				'kpi-ukp_days-maaned.xlsx',
				'Last ned som Excel-fil (.xlsx)',
				table.title,
			],
			[
				'/kpi/ukp_days/maaned.csv',
				'kpi-ukp_days-maaned.csv',
				'Last ned som CSV-fil (for programmer)',
				table.title,
			],
		]);
		expect(html).toMatch(/^<p class="downloads">/);
	});

	it('gives only the links when inline, for a paragraph that holds other links', async () => {
		const html = await container.renderToString(DownloadLinks, { props: { table, inline: true } });
		expect(html).not.toContain('<p');
		expect(html.match(/<a /g)).toHaveLength(2);
	});
});
