import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SEED,
	generateSyntheticData,
	type SyntheticFiles,
} from '../../scripts/generate-synthetic-data';
import { DATA_FILES, parseDataset, type Dataset, type DatasetTexts } from '../../src/lib/dataset';
import { computeKpis } from '../../src/lib/kpi/compute';
import { modelNumbers } from '../../src/lib/project/load-project';

function toDataset(files: SyntheticFiles): Dataset {
	// The repository's own targets and manifest: the generated files must load together with them.
	const texts: DatasetTexts = {
		municipalities: { path: 'data/municipalities.csv', text: files['municipalities.csv'] },
		ukp: { path: 'data/ukp_monthly.csv', text: files['ukp_monthly.csv'] },
		shortTerm: { path: 'data/short_term_monthly.csv', text: files['short_term_monthly.csv'] },
		targets: {
			path: 'data/targets.yaml',
			text: readFileSync(`data/${DATA_FILES.targets}`, 'utf8'),
		},
		manifest: {
			path: 'data/manifest.yaml',
			text: readFileSync(`data/${DATA_FILES.manifest}`, 'utf8'),
		},
	};
	return parseDataset(texts);
}

describe('generateSyntheticData', () => {
	const files = generateSyntheticData(DEFAULT_SEED);
	const dataset = toDataset(files);
	const kpis = computeKpis(modelNumbers(dataset));

	it('gives byte-identical files for the same seed', () => {
		expect(generateSyntheticData(DEFAULT_SEED)).toStrictEqual(files);
	});

	it('gives different numbers for another seed', () => {
		expect(generateSyntheticData(DEFAULT_SEED + 1)['ukp_monthly.csv']).not.toBe(
			files['ukp_monthly.csv'],
		);
	});

	// Real extracts will replace the files one day; only synthetic data must match the generator.
	it.skipIf(!dataset.manifest.synthetic)('matches the committed data files', () => {
		for (const [name, text] of Object.entries(files))
			expect(readFileSync(`data/${name}`, 'utf8'), name).toBe(text);
	});

	it('passes every rule of the data contract', () => {
		expect(dataset.municipalities).toHaveLength(23);
		// 23 municipalities × 58 months, less the one row left out on purpose.
		expect(dataset.ukp).toHaveLength(23 * 58 - 1);
	});

	it('keeps the deliberate gaps as missing, not zero', () => {
		expect(
			dataset.ukp.find((r) => r.month === '2024-07' && r.municipality === '5061'),
		).toBeUndefined();
		const frosta = dataset.ukp.find((r) => r.month === '2025-03' && r.municipality === '5036')!;
		expect(frosta.readmissionBase).toBeNull();
		expect(frosta.readmissions30d).toBeNull();
		expect(frosta.ukpStays).not.toBeNull();
	});

	it('puts the 2023 UKP-døgn of the helsefellesskap near the calibration level', () => {
		const total2023 = dataset.ukp
			.filter((r) => r.month.startsWith('2023'))
			.reduce((sum, r) => sum + (r.ukpDays ?? 0), 0);
		expect(total2023).toBeGreaterThanOrEqual(8000);
		expect(total2023).toBeLessThanOrEqual(12000);
	});

	it('keeps the smallest municipalities at a few stays a month', () => {
		for (const code of ['5020', '5026', '5033']) {
			const stays = dataset.ukp.filter((r) => r.municipality === code).map((r) => r.ukpStays ?? 0);
			const mean = stays.reduce((a, b) => a + b, 0) / stays.length;
			expect(mean, code).toBeGreaterThan(1);
			expect(mean, code).toBeLessThan(4);
		}
	});

	it('shows the baseline levels of DOMAIN.md in 2023', () => {
		const value = (kpi: Parameters<typeof kpis.get>[0]) => kpis.get(kpi, 'all', '2023')!.value!;
		expect(value('zero_day_share')).toBeGreaterThan(0.83);
		expect(value('zero_day_share')).toBeLessThan(0.87);
		expect(value('mean_ukp_days')).toBeGreaterThan(3.4);
		expect(value('mean_ukp_days')).toBeLessThan(4);
		expect(value('direct_home_share')).toBeGreaterThan(0.2);
		expect(value('direct_home_share')).toBeLessThan(0.24);
		expect(value('readmission_share')).toBeGreaterThan(0.15);
		expect(value('readmission_share')).toBeLessThan(0.17);
	});

	it('ends 2026 with goals reached, nearly reached and missed', () => {
		expect(kpis.get('zero_day_share', 'all', '2026')!.level).toBe('green');
		expect(kpis.get('mean_ukp_days', 'all', '2026')!.level).toBe('yellow');
		expect(kpis.get('ukp_days', 'all', '2026')!.level).toBe('red');
	});
});
