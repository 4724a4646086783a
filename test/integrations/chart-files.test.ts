import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChartFiles } from '../../src/integrations/chart-files';
import { hasPngFonts } from '../../src/integrations/chart-png';
import {
	closeChartRegistry,
	offerChartFile,
	openChartRegistry,
	type ChartFile,
} from '../../src/integrations/chart-registry';
import { barChart } from '../../src/lib/charts/bar-chart';
import { renderStandalone } from '../../src/lib/charts/standalone';

const chart = barChart([{ label: 'A', value: 1 }], { format: String });
const file = (page: string, id: string): ChartFile => ({
	page,
	id,
	title: `Tittel ${id}`,
	summary: 'Sammendrag.',
	chart,
});

describe('offerChartFile(file) and closeChartRegistry()', () => {
	it('collect only between openChartRegistry and closeChartRegistry (a build), not in dev or tests', () => {
		offerChartFile(file('/a/', 'ignored'));
		openChartRegistry();
		offerChartFile(file('/a/', 'x'));
		expect(closeChartRegistry().map((f) => f.id)).toEqual(['x']);
		expect(closeChartRegistry()).toEqual([]);
	});
});

describe('writeChartFiles(files, root, options)', () => {
	const root = mkdtempSync(join(tmpdir(), 'chart-files-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('writes <page><id>.svg and .png next to each page, the SVG being the chart standing alone', async () => {
		const synthetic = (page: string) => page === '/kpi/ukp_days/';
		expect(
			await writeChartFiles([file('/', 'top'), file('/kpi/ukp_days/', 'trend')], root, {
				synthetic,
			}),
		).toBe(2);
		expect(readFileSync(join(root, 'kpi/ukp_days/trend.svg'), 'utf8')).toBe(
			renderStandalone(chart, { title: 'Tittel trend', summary: 'Sammendrag.', synthetic: true }),
		);
		expect(readFileSync(join(root, 'top.svg'), 'utf8')).toBe(
			renderStandalone(chart, { title: 'Tittel top', summary: 'Sammendrag.', synthetic: false }),
		);
		expect(existsSync(join(root, 'kpi/ukp_days/trend.png'))).toBe(hasPngFonts());
	});

	it('refuses two charts with one id on one page, whose files would overwrite each other', async () => {
		await expect(
			writeChartFiles([file('/b/', 'x'), file('/b/', 'x')], root, { synthetic: () => false }),
		).rejects.toThrow('two charts with id "x" on /b/');
	});
});
