import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/lib/csv';
import { computeKpiDownload } from '../../../src/lib/downloads/kpi-download';
import { checkDownloadTable, formatDownloadCsv } from '../../../src/lib/downloads/table';
import { makeKpiDownloads } from '../../helpers/kpi-downloads';

const cases = makeKpiDownloads();

describe('computeKpiDownload(rows, options)', () => {
	it('covers the 18 KPI page tables of the site', () => {
		expect(cases).toHaveLength(18);
	});

	describe.each(cases)('$name', ({ kpi, rows, table }) => {
		it('gives the CSV the site publishes today, byte for byte', () => {
			// What src/pages/kpi/[id]/[table].csv.ts writes: every field of the page's rows but the baseline.
			const records = rows.map(({ baseline: _baseline, ...r }) => ({ kpi, ...r }));
			expect(formatDownloadCsv(table)).toBe(formatCsv(Object.keys(records[0]), records));
		});

		it('is a sound table: every value fits its column', () => {
			expect(checkDownloadTable(table)).toEqual([]);
		});

		it('hides the value, counts, expected value, achievement and level of every suppressed record, and nothing else', () => {
			const hidden = table.rows.map((r) => r.hidden ?? []);
			expect(hidden).toEqual(
				rows.map((r) =>
					r.suppressed
						? ['value', 'numerator', 'denominator', 'expected', 'achievement', 'level']
						: [],
				),
			);
		});
	});

	it('names the file, the page and the period after the table', () => {
		const { table } = cases.find((c) => c.name === 'ukp_days/maaned')!;
		expect(table).toMatchObject({
			file: 'kpi/ukp_days/maaned',
			page: '/kpi/ukp_days/',
			title: 'Antall UKP-døgn per måned, Helsefellesskapet',
			synthetic: true,
			asOf: '2026-11-20',
		});
		expect(table.period).toEqual({ start: '2022-01-01', end: '2026-10-31' });
		expect(table.suppression?.threshold).toBe(4);
		expect(table.restricted).toBe(false);
	});

	it('says how the achievement reads: all or nothing for the target to hold (KPI 5), the computed value near the target otherwise', () => {
		const description = (name: string) => cases.find((c) => c.name === name)!.table.description;
		expect(description('readmission_share/omrader')).toContain(
			'måloppnåelsen er 100 % når verdien er på eller bedre enn målet, ellers 0 %',
		);
		expect(description('readmission_share/omrader')).not.toContain('startet nær målet');
		expect(description('zero_day_share/omrader')).toContain('Måloppnåelse står som beregnet');
	});

	it('titles every table with the KPI label without «per år», so no title reads «per år: per måned»', () => {
		expect(cases.map((c) => c.table.title).filter((t) => /per år[: ]+(per|SPC)/.test(t))).toEqual(
			[],
		);
		expect(cases.find((c) => c.name === 'ukp_days/aar')!.table.title).toBe(
			'Antall UKP-døgn per år, Helsefellesskapet',
		);
		expect(cases.find((c) => c.name === 'ukp_days/maaned')!.table.columns[0]).toMatchObject({
			labels: { ukp_days: 'Antall UKP-døgn' },
		});
	});

	it('marks a partner table (no threshold) as restricted, with nothing hidden', () => {
		const { rows } = cases.find((c) => c.name === 'ukp_days/aar')!;
		const options = {
			kpi: 'ukp_days' as const,
			table: 'aar' as const,
			target: { label: 'L', short_label: 'S', unit: 'døgn' as const, mode: 'improve' as const },
			manifest: { source: 'K', as_of: '2026-11-20', synthetic: false },
			threshold: null,
			latestMonth: '2026-10',
		};
		const table = computeKpiDownload(
			rows.map((r) => ({ ...r, suppressed: false })),
			options,
		);
		expect(table).toMatchObject({ suppression: null, restricted: true });
		expect(table.rows.every((r) => !r.hidden)).toBe(true);
	});

	it.each([
		['ukp_days/maaned', 'value', 'UKP-døgn', 'decimal'],
		['zero_day_share/aar', 'value', 'Andel med 0 døgn (%)', 'share'],
		['mean_ukp_days/omrader', 'value', 'Liggetid som UKP (døgn)', 'decimal'],
		['zero_day_share/maaned', 'period', 'Måned', 'month'],
		['zero_day_share/omrader', 'period', 'År', 'year'],
		['readmission_share/aar', 'achievement', 'Måloppnåelse (%)', 'share'],
	])('%s: column %s is headed %j and shown as %s', (name, id, heading, kind) => {
		const column = cases.find((c) => c.name === name)!.table.columns.find((c) => c.id === id);
		expect(column).toMatchObject({ heading, kind });
	});

	it('includes hidden cells in the public tables of the repository data (the test sees suppression at work)', () => {
		expect(cases.some((c) => c.table.rows.some((r) => r.hidden))).toBe(true);
	});
});
