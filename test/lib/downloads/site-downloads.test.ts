import { describe, expect, it } from 'vitest';
import {
	computeSiteDownloads,
	findDownload,
	groupDownloads,
} from '../../../src/lib/downloads/site-downloads';
import {
	checkDownloadTable,
	formatDownloadCsv,
	type DownloadTable,
} from '../../../src/lib/downloads/table';
import { buildSite } from '../../../src/lib/site';
import { SMALL_MONTHS, smallSiteProject } from '../../helpers/small-site';

// The small site: four municipalities over 2023–2024, Holtålen with one readmission in 2024. The
// public site takes an audit (HiGHS) to build: once per file.
const project = smallSiteProject();
const PUBLIC = computeSiteDownloads(await buildSite(project, 'public'));
const PARTNER = computeSiteDownloads(await buildSite(project, 'partner'));
const table = (file: string, tables: DownloadTable[] = PUBLIC) => findDownload(tables, file);
const column = (file: string, id: string) => table(file).columns.find((c) => c.id === id);
const rowOf = (file: string, match: Record<string, unknown>, tables: DownloadTable[] = PUBLIC) =>
	table(file, tables).rows.find((r) => Object.entries(match).every(([k, v]) => r.values[k] === v))!;

/** The CSV headers the site has published, which programs read: they must not change. */
const HEADERS: Record<string, string> = {
	'kpi/readmission_share/omrader':
		'kpi,area,area_name,period,value,numerator,denominator,target,expected,achievement,level,provisional,complete,suppressed,months_with_data',
	'kpi/zero_day_share/spc': 'kpi,area,month,value,segment,mean,lpl,upl,rules,target',
	'sammenligning/betalingsmodeller':
		'municipality,month,ukp_stays,ukp_days,rate_nok,rate_year,norway_nok,sweden_days,sweden_nok,sweden_basis,mean_all_stays,benchmark_days,halland_liable,halland_nok,suppressed',
	'sammenligning/betalingsmodeller-aar':
		'area,name,period,months_with_data,months_in_period,hidden_municipality_months,ukp_days,norway_nok,sweden_nok,halland_nok,halland_liable_months,sweden_approximated_months,suppressed',
	'sammenligning/betalingsmodeller-maaned':
		'area,name,period,months_with_data,months_in_period,hidden_municipality_months,ukp_days,norway_nok,sweden_nok,halland_nok,halland_liable_months,sweden_approximated_months,suppressed',
	'sammenligning/halland':
		'month,halland_mean_days,riket_mean_days,benchmark_days,above_benchmark,note,synthetic',
	'sammenligning/likt-grunnlag':
		'chart,label,period,value,own,synthetic,comparable,suppressed,source_title,source_url',
	'sammenligning/maanedssnitt': 'kpi,area,name,period,value,numerator,denominator,suppressed',
	'sammenligning/per-innbygger':
		'year,area,name,months_with_data,ukp_days,ukp_stays,per_1000_67plus,per_1000_80plus,mean_all_stays,suppressed',
	'sammenligning/serier/no-dognpris':
		'series,period,label,value,unit,derived,note,synthetic,comparable,confidence,source_title,source_url,definition',
	'handlingsplan/tiltak':
		'activity,measure,text,period,start,end,after,duration_days,duration_assumed,priority,scope,responsible,status,status_label,status_date,done,overdue,not_reported,starting_soon,comment',
};

describe('computeSiteDownloads(site)', () => {
	it('lists every table of the site once, in catalogue order: KPIs (with their SPC charts), comparison, capacity, action plan', () => {
		const files = PUBLIC.map((t) => t.file);
		expect(new Set(files).size).toBe(files.length);
		expect(files.slice(0, 4)).toEqual([
			'kpi/ukp_days/maaned',
			'kpi/ukp_days/aar',
			'kpi/ukp_days/omrader',
			'kpi/ukp_days/spc',
		]);
		expect(files.filter((f) => f.startsWith('kpi/'))).toHaveLength(24);
		expect(files.slice(24, 31)).toEqual(
			[
				'betalingsmodeller',
				'betalingsmodeller-aar',
				'betalingsmodeller-maaned',
				'halland',
				'likt-grunnlag',
				'maanedssnitt',
				'per-innbygger',
			].map((f) => `sammenligning/${f}`),
		);
		expect(files.filter((f) => f.startsWith('sammenligning/serier/'))).toHaveLength(
			project.comparison!.data.series.length,
		);
		expect(files.filter((f) => f.startsWith('kapasitet/'))).toEqual([
			'kapasitet/kurve',
			'kapasitet/scenarioer',
		]);
		expect(files.filter((f) => f.startsWith('handlingsplan/'))).toEqual([
			'handlingsplan/tiltak',
			...project.plan!.activities.map((a) => `handlingsplan/aktivitet-${a.id}`),
		]);
		expect(PARTNER.map((t) => t.file)).toEqual(files);
	});

	it('gives sound tables: every value fits its column kind, and every hidden cell is a column', () => {
		expect(
			[...PUBLIC, ...PARTNER].flatMap((t) => checkDownloadTable(t).map((p) => `${t.file}: ${p}`)),
		).toEqual([]);
	});

	it.each(Object.entries(HEADERS))('%s keeps the CSV header programs read', (file, header) => {
		expect(formatDownloadCsv(table(file)).split('\n')[0]).toBe(header);
	});

	it.each([
		['kpi/readmission_share/omrader', 'value', 'Reinnleggelser (%)', 'share'],
		['kpi/readmission_share/omrader', 'period', 'År', 'year'],
		['kpi/zero_day_share/spc', 'month', 'Måned', 'month'],
		['kpi/zero_day_share/spc', 'upl', 'Øvre prosessgrense (%)', 'share'],
		['kpi/ukp_days/spc', 'mean', 'Gjennomsnitt', 'decimal'],
		['kpi/mean_ukp_days/spc', 'lpl', 'Nedre prosessgrense (døgn)', 'decimal'],
		['sammenligning/betalingsmodeller', 'month', 'Måned', 'month'],
		['sammenligning/betalingsmodeller', 'ukp_days', 'UKP-døgn', 'integer'],
		['sammenligning/betalingsmodeller', 'norway_nok', 'Norsk regel (kr)', 'decimal'],
		[
			'sammenligning/betalingsmodeller',
			'halland_liable',
			'Betalingsplikt, Hallands modell',
			'boolean',
		],
		['sammenligning/betalingsmodeller-aar', 'period', 'År', 'year'],
		['sammenligning/betalingsmodeller-maaned', 'period', 'Måned', 'month'],
		['sammenligning/halland', 'halland_mean_days', 'Region Halland (dager)', 'decimal'],
		['sammenligning/maanedssnitt', 'period', 'Periode (måned eller år)', 'text'],
		['sammenligning/per-innbygger', 'year', 'År', 'year'],
		[
			'sammenligning/per-innbygger',
			'per_1000_67plus',
			'UKP-døgn per 1 000 innbyggere 67+',
			'decimal',
		],
		['sammenligning/serier/no-dognpris', 'value', 'Verdi (NOK)', 'decimal'],
		['sammenligning/serier/halland-readmission-65', 'value', 'Verdi (%)', 'share'],
		['handlingsplan/tiltak', 'start', 'Start', 'date'],
		['handlingsplan/tiltak', 'status_date', 'Statusdato', 'date'],
		['handlingsplan/tiltak', 'done', 'Gjennomført', 'boolean'],
	])('%s: column %s is headed %j and typed %s', (file, id, heading, kind) => {
		expect(column(file, id)).toMatchObject({ heading, kind });
	});

	it("shows the action plan's statuses with the legend's words in the workbook, and ids in the CSV", () => {
		expect(column('handlingsplan/tiltak', 'status')?.labels).toEqual({
			green: 'Ingen avvik',
			yellow: 'Mindre avvik',
			red: 'Kritiske avvik',
		});
		expect(formatDownloadCsv(table('handlingsplan/tiltak')).split('\n')[1]).toMatch(
			/,green,Ingen avvik,/,
		);
	});

	it('gives the SPC table a row per month the chart draws, rule ids in the CSV and words in the workbook', () => {
		const spc = table('kpi/ukp_days/spc');
		expect(spc.rows.map((r) => r.values.month)).toEqual(SMALL_MONTHS);
		expect(
			spc.rows.every((r) => r.values.kpi === 'ukp_days' && r.values.area === 'all' && !r.hidden),
		).toBe(true);
		const rules = spc.columns.find((c) => c.id === 'rules')!;
		for (const [ids, words] of Object.entries(rules.labels ?? {}))
			expect(words, ids).toBe(
				ids
					.split(';')
					.map(
						(r) =>
							({
								astronomical: 'Utenfor prosessgrensene',
								trend: 'Trend',
								two_of_three: 'To av tre nær grensen',
								shift: 'Skift',
							})[r],
					)
					.join(', '),
			);
		expect(spc.description).toContain('Måneder som er skjult av personvernhensyn, er utelatt');
		expect(table('kpi/ukp_days/spc', PARTNER).description).not.toContain('skjult');
	});

	describe('hidden cells in a public site', () => {
		it("hides Holtålen's readmission share of 2024 (1 readmission) and what would give it away", () => {
			const hidden = (area: string) =>
				rowOf('kpi/readmission_share/omrader', { area, period: '2024' }).hidden ?? [];
			expect(hidden('5026')).toEqual([
				'value',
				'numerator',
				'denominator',
				'expected',
				'achievement',
				'level',
			]);
			expect(hidden('cluster:Gauldal')).toContain('numerator');
			// The helsefellesskap minus the three others would give Holtålen's 1: one of them is hidden too.
			expect(['5001', '5014', '5035'].filter((a) => hidden(a).length > 0).length).toBeGreaterThan(
				0,
			);
			expect(hidden('all')).toEqual([]);
		});

		it('marks exactly the rows with suppressed = true, and writes their hidden cells empty in the CSV', () => {
			for (const t of PUBLIC.filter((t) => t.columns.some((c) => c.id === 'suppressed'))) {
				expect(
					t.rows.map((r) => (r.hidden?.length ?? 0) > 0),
					t.file,
				).toEqual(t.rows.map((r) => r.values.suppressed === true));
			}
			const csv = formatDownloadCsv(table('kpi/readmission_share/omrader')).split('\n');
			expect(csv.find((l) => l.startsWith('readmission_share,5026,Holtålen,2024'))).toBe(
				'readmission_share,5026,Holtålen,2024,,,,0.16,,,,true,true,true,12',
			);
		});

		it('hides every count and amount of a hidden municipality-month, and keeps the rate and the Swedish basis', () => {
			const month = rowOf('sammenligning/betalingsmodeller', {
				municipality: '5026',
				month: '2024-03',
			});
			expect(month.hidden).toEqual([
				'ukp_stays',
				'ukp_days',
				'norway_nok',
				'sweden_days',
				'sweden_nok',
				'mean_all_stays',
				'halland_liable',
				'halland_nok',
			]);
			expect(month.values).toMatchObject({
				rate_nok: expect.any(Number),
				sweden_basis: 'approximate',
				suppressed: true,
			});
		});

		it('hides the days and amounts of a total whose months are all hidden', () => {
			expect(
				rowOf('sammenligning/betalingsmodeller-aar', { area: '5026', period: '2024' }).hidden,
			).toEqual(['ukp_days', 'norway_nok', 'sweden_nok', 'halland_nok']);
			expect(
				rowOf('sammenligning/betalingsmodeller-aar', { area: '5001', period: '2024' }).hidden,
			).toBeUndefined();
		});

		it("hides the monthly mean of Holtålen's 2 stays, and shows Trondheim's 60 days / 100 stays", () => {
			expect(
				rowOf('sammenligning/maanedssnitt', { area: '5026', period: '2024-03' }).hidden,
			).toEqual(['value', 'numerator', 'denominator']);
			expect(
				rowOf('sammenligning/maanedssnitt', { area: '5001', period: '2024-03' }).values,
			).toMatchObject({ value: 0.6, numerator: 60, denominator: 100, suppressed: false });
		});

		it('states the rule in force (threshold 4) on every table with patient counts, and none on the others', () => {
			const withCounts = PUBLIC.filter(
				(t) =>
					t.file.startsWith('kpi/') ||
					[
						'betalingsmodeller',
						'betalingsmodeller-aar',
						'betalingsmodeller-maaned',
						'likt-grunnlag',
						'maanedssnitt',
						'per-innbygger',
					].some((f) => t.file === `sammenligning/${f}`),
			);
			expect(withCounts).toHaveLength(30);
			for (const t of withCounts)
				expect(t.suppression, t.file).toEqual({
					threshold: 4,
					footnote: expect.stringContaining('1–4 hendelser'),
				});
			for (const t of PUBLIC.filter((t) => !withCounts.includes(t)))
				expect(t.suppression, t.file).toBeNull();
			expect(PUBLIC.every((t) => t.restricted === false)).toBe(true);
		});
	});

	describe('a partner site', () => {
		it('hides nothing, states no rule, and marks every table restricted', () => {
			expect(PARTNER.filter((t) => t.rows.some((r) => r.hidden)).map((t) => t.file)).toEqual([]);
			expect(PARTNER.every((t) => t.suppression === null && t.restricted === true)).toBe(true);
		});

		it("shows Holtålen's readmission share of 2024: 1 / 24", () => {
			expect(
				rowOf('kpi/readmission_share/omrader', { area: '5026', period: '2024' }, PARTNER).values,
			).toMatchObject({ numerator: 1, denominator: 24, suppressed: false });
		});
	});

	describe('what each table says about itself', () => {
		it('dates every table by the extract and names the page that shows it', () => {
			expect(PUBLIC.every((t) => t.asOf === '2026-11-20' && t.page?.startsWith('/'))).toBe(true);
			expect(table('sammenligning/per-innbygger').page).toBe('/sammenligning/kommuner/');
			expect(table('handlingsplan/aktivitet-3').page).toBe('/handlingsplan/3/');
		});

		it.each([
			['kpi/ukp_days/maaned', { start: '2023-01-01', end: '2024-12-31' }],
			['sammenligning/betalingsmodeller-maaned', { start: '2023-01-01', end: '2024-12-31' }],
			['sammenligning/per-innbygger', { start: '2023-01-01', end: '2024-12-31' }],
			['sammenligning/serier/no-readmission-nki-67', { start: '2015-01-01', end: '2019-12-31' }],
		])('%s covers %j', (file, period) => {
			expect(table(file).period).toEqual(period);
		});

		it("marks the site's own numbers synthetic as the manifest does, and each series as its file does", () => {
			expect(table('kpi/ukp_days/maaned').synthetic).toBe(true);
			expect(table('sammenligning/halland').synthetic).toBe(true);
			expect(table('sammenligning/serier/no-dognpris').synthetic).toBe(false);
			expect(table('sammenligning/halland').description).toContain('syntetiske demodata');
		});

		it("says in the action plan's tables that the statuses are demo text", () => {
			expect(table('handlingsplan/tiltak')).toMatchObject({
				synthetic: true,
				description: expect.stringContaining('demotekst'),
			});
		});

		it("names the rate source beside the data set's on the payment tables, and the series' source on a series", () => {
			expect(table('sammenligning/betalingsmodeller').source).toBe(
				// The manifest's source ends with a full stop, which goes before the «;».
				`${project.manifest.source.trim().slice(0, -1)}; døgnpris: Helsedirektoratet: Utskrivningsklare pasienter (finansiering)`,
			);
			expect(table('sammenligning/serier/no-dognpris').definition).toMatch(/^Kroner per døgn/);
		});
	});
});

describe('findDownload(tables, file) and groupDownloads(tables)', () => {
	it('finds a table by its file, and throws naming the file when there is none', () => {
		expect(findDownload(PUBLIC, 'handlingsplan/tiltak').title).toBe('Handlingsplanen: alle tiltak');
		expect(() => findDownload(PUBLIC, 'kpi/ukp_days/uke')).toThrow(
			/no download table kpi\/ukp_days\/uke/,
		);
	});

	it('groups the tables as the catalogue page shows them', () => {
		expect(groupDownloads(PUBLIC).map((g) => [g.title, g.tables.length])).toEqual([
			['KPI-er', 24],
			['Sammenligning', 7 + project.comparison!.data.series.length],
			['Kapasitet', 2],
			['Handlingsplan', 1 + project.plan!.activities.length],
		]);
	});
});
