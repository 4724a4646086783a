import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	hasPngFonts,
	PNG_FONT_HINT,
	PNG_SCALE,
	renderChartPng,
	writeChartPngs,
} from '../../src/integrations/chart-png';
import { kpiLineChart } from '../../src/lib/charts/kpi-line-chart';
import { renderStandalone } from '../../src/lib/charts/standalone';
import { monthRange } from '../../src/lib/dates';

/** Returns the width and height in a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const data = monthRange('2024-01', '2024-12').map((month, i) => ({
	month,
	value: 100 + i * 5,
	target: 120,
	expected: null,
}));
const svg = renderStandalone(kpiLineChart(data, { format: String, fromZero: true }), {
	title: 'T',
	summary: 'S',
	synthetic: true,
});

describe.skipIf(!hasPngFonts() && !process.env.CI)('renderChartPng(svg)', () => {
	it(`has the fonts (${PNG_FONT_HINT})`, () => {
		expect(hasPngFonts()).toBe(true);
	});

	it('renders at twice the chart size: 720 × 350 (with the synthetic line) → 1440 × 700', () => {
		expect(PNG_SCALE).toBe(2);
		expect(pngSize(renderChartPng(svg))).toEqual({ width: 1440, height: 700 });
	});

	it('gives the same bytes every time, in this process and in the renderer processes of a build', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'chart-png-'));
		const files = ['a', 'b', 'c'].map((name) => join(dir, `${name}.svg`));
		for (const file of files) writeFileSync(file, svg);
		await writeChartPngs(files, 2);
		const png = renderChartPng(svg);
		expect(renderChartPng(svg).equals(png)).toBe(true);
		expect(files.map((file) => readFileSync(file.replace('.svg', '.png')).equals(png))).toEqual([
			true,
			true,
			true,
		]);
		rmSync(dir, { recursive: true, force: true });
	});

	it('says which file failed when the renderer cannot read it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'chart-png-'));
		const [good, bad] = [join(dir, 'good.svg'), join(dir, 'bad.svg')];
		writeFileSync(good, svg);
		writeFileSync(bad, '<svg');
		await expect(writeChartPngs([good, bad, good], 1)).rejects.toThrow(
			`chart PNGs failed (exit 1): ${bad}: `,
		);
		rmSync(dir, { recursive: true, force: true });
	});
});
