import { describe, expect, it } from 'vitest';
import type { Leak } from '../../../src/lib/privacy/audit';
import { checkSite } from '../../../src/lib/privacy/check-site';
import { countCellAttributes, kpiCellAttributes } from '../../../src/lib/privacy/count-cells';
import type { SiteFile } from '../../../src/lib/privacy/read-site';
import {
	calculatorFile,
	calculatorPage,
	checkerTableOf,
	contextOf,
	kpiCsv,
	meanCsv,
	paymentCsv,
	sumOf,
} from '../../helpers/leak-site';
import { grid, row, type Counts } from '../../helpers/privacy';

// Sites that publish each leak of issue 16, written as the site writes its files: the checker must
// name each leak with the numbers that give it away, and find nothing on a site that hides enough.

const leakList = (leaks: Leak[]) =>
	leaks
		.map((l) => `${l.group} ${l.area} ${l.period} ${l.measure} [${l.interval.join(', ')}]`)
		.sort();
const page = (path: string, cells: Record<string, string>[]): SiteFile => ({
	path,
	text: cells
		.map(
			(c) =>
				`<td ${Object.entries(c)
					.map(([k, v]) => `${k}="${v}"`)
					.join(' ')}>x</td>`,
		)
		.join('\n'),
});

describe('checkSite(files, context): the cross pattern', () => {
	// Oppdal Jan–Mar, Røros Jan–Feb, Midtre Gauldal and Melhus Mar–Apr hidden; year totals and
	// cluster months shown: the year totals minus the shown months plus the cluster months minus the
	// shown municipalities give Oppdal 2025-03 exactly.
	const months = ['2025-01', '2025-02', '2025-03', '2025-04'];
	const small: Counts = [4, 2, 3, 1, 4, 1];
	const table = checkerTableOf(grid(months, { '5021|2025-03': small }));
	const hidden = new Set([
		'5021|2025-01',
		'5021|2025-02',
		'5021|2025-03',
		'5025|2025-01',
		'5025|2025-02',
		'5027|2025-03',
		'5027|2025-04',
		'5028|2025-03',
		'5028|2025-04',
	]);

	it('finds Oppdal 2025-03: 3 days and 4 stays, from the published year totals and cluster months', async () => {
		const check = await checkSite([meanCsv(table, hidden)], contextOf(table));
		expect(check.problems).toEqual([]);
		// And at least 1 zero-day stay: 3 days on 4 stays means at most 3 of them had days.
		expect(leakList(check.audit.leaks)).toEqual([
			'ukp 5021 2025-03 ukp_days [3, 3]',
			'ukp 5021 2025-03 ukp_stays [4, 4]',
			'ukp 5021 2025-03 ukp_stays_zero_days [1, 4]',
		]);
		const days = check.audit.leaks.find((l) => l.measure === 'ukp_days')!;
		expect(days.value).toBe(3);
		expect(days.because.join('\n')).toMatch(
			/Gauldal og fjellregionen \(cluster:Gauldal og fjellregionen\) 2025-0\d ukp_days = \d+ \(published\) minus/,
		);
		expect(days.because.join('\n')).toMatch(
			/\((5021|5025|5027|5028)\) 2025 ukp_days = \d+ \(published\)/,
		);
	});

	it('finds nothing once Røros 2025-03 is hidden too (Oppdal 2025-03 can then be 0)', async () => {
		const check = await checkSite(
			[meanCsv(table, new Set([...hidden, '5025|2025-03']))],
			contextOf(table),
		);
		expect(check.problems).toEqual([]);
		expect(check.audit.leaks).toEqual([]);
	});
});

describe('checkSite(files, context): two KPI denominators that differ by a withheld row', () => {
	// Tydal 2025-02 has an empty discharged_home: the protected table leaves the row out. A site that
	// sums the zero-day share over every row with stays and the share sent home over those with
	// discharged_home publishes two denominators whose difference is the row's 3 stays.
	const months = ['2025-01', '2025-02', '2025-03'];
	const table = checkerTableOf([
		...grid(months).filter((r) => !(r.municipality === '5033' && r.month === '2025-02')),
		row('2025-02', '5033', [3, 2, 2, null, 3, 0]),
	]);
	const home = kpiCsv('direct_home_share', [
		{ kpi: 'direct_home_share', area: '5033', period: '2025', numerator: 24, denominator: 80 },
	]);

	it('finds the withheld row: Tydal 2025-02, 3 stays, from 83 and 80', async () => {
		const zero = kpiCsv('zero_day_share', [
			{ kpi: 'zero_day_share', area: '5033', period: '2025', numerator: 62, denominator: 83 },
		]);
		const check = await checkSite([zero, home], contextOf(table));
		expect(check.problems).toEqual([]);
		const leak = check.audit.leaks.find((l) => l.period === '2025-02')!;
		expect(leak).toMatchObject({
			group: 'withheld:ukp',
			area: '5033',
			measure: 'ukp_stays',
			value: 3,
			interval: [3, 3],
		});
		expect(leak.because).toEqual([
			'kpi/zero_day_share/omrader.csv:2: ukp_stays 5033 2025 = 83, the withheld rows included (published), with Tydal (5033) 2025 ukp_stays = 80 (published)',
		]);
	});

	it('finds nothing when both denominators leave the row out', async () => {
		const zero = kpiCsv('zero_day_share', [
			{ kpi: 'zero_day_share', area: '5033', period: '2025', numerator: 60, denominator: 80 },
		]);
		const check = await checkSite([zero, home], contextOf(table));
		expect([check.problems, check.audit.leaks]).toEqual([[], []]);
	});
});

describe('checkSite(files, context): a complement', () => {
	it('finds 2 stays with days from 30 stays and 28 zero-day stays both shown', async () => {
		const table = checkerTableOf(grid(['2025-01'], { '5035|2025-01': [30, 28, 9, 10, 30, 10] }));
		const zero = kpiCsv('zero_day_share', [
			{ kpi: 'zero_day_share', area: '5035', period: '2025-01', numerator: 28, denominator: 30 },
		]);
		const check = await checkSite([zero], contextOf(table));
		// The month is the whole year of this table, so the year gives it away too.
		expect(leakList(check.audit.leaks)).toEqual([
			'ukp 5035 2025 ukp_stays_with_days [2, 2]',
			'ukp 5035 2025-01 ukp_stays_with_days [2, 2]',
		]);
		expect(check.audit.leaks.find((l) => l.period === '2025-01')!.because).toEqual([
			'Stjørdal (5035) 2025-01 ukp_stays = 30 (published)',
			'Stjørdal (5035) 2025-01 ukp_stays_zero_days = 28 (published)',
		]);
	});
});

describe('checkSite(files, context): a share shown where only its denominator is', () => {
	it('finds 2 stays with days from 30 stays and a zero-day share of 28 / 30 in a report cell', async () => {
		const table = checkerTableOf(
			grid(['2025-01', '2025-02'], { '5035|2025-01': [30, 28, 9, 10, 30, 10] }),
		);
		const cells = [
			countCellAttributes('ukp_stays', '5035', '2025-01', 30),
			kpiCellAttributes('zero_day_share', '5035', '2025-01', 28 / 30),
		];
		const check = await checkSite([page('rapporter/a/index.html', cells)], contextOf(table));
		expect(check.problems).toEqual([]);
		expect(leakList(check.audit.leaks)).toEqual(['ukp 5035 2025-01 ukp_stays_with_days [2, 2]']);
		expect(check.audit.leaks[0].because).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^rapporter\/a\/index.html: zero_day_share 5035 2025-01 = 0.93+\d* \(upper bound\) \(published\), with Stjørdal \(5035\) 2025-01 ukp_stays = 30 \(published\)$/,
				),
			]),
		);
	});
});

describe('checkSite(files, context): payable Swedish days from 1 to 4', () => {
	const months = ['2025-01', '2025-02'];
	const payable = new Map(
		grid(months).map((r) => [
			`${r.month}|${r.municipality}`,
			r.municipality === '5033' && r.month === '2025-01' ? 2 : 12,
		]),
	);
	const table = checkerTableOf(grid(months), payable);
	const tydal = (month: string, swedenDays: number | null) => ({
		municipality: '5033',
		month,
		ukp_stays: 40,
		ukp_days: 25,
		rate_nok: 5000,
		sweden_days: swedenDays,
		sweden_basis: 'exact',
		suppressed: false,
	});

	it('finds 2 payable days of Tydal 2025-01 published in the payment CSV', async () => {
		const check = await checkSite([paymentCsv([tydal('2025-01', 2)])], contextOf(table));
		expect(check.problems).toEqual([]);
		expect(leakList(check.audit.leaks)).toEqual(['payable 5033 2025-01 payable_days [2, 2]']);
		expect(check.audit.leaks[0].because).toEqual([
			'Tydal (5033) 2025-01 payable_days = 2 (published)',
		]);
	});

	it.each([
		['data file', calculatorFile],
		['data embedded in a page', calculatorPage],
	])(
		'finds them in the calculator’s %s: the year’s Swedish days over the shown months',
		async (_, file) => {
			const calculator = {
				f: '2025-01',
				y: ['2025'],
				a: [['Tydal', [0], []]],
				v: [[0, 40, 25, 1, 40, 25]],
				w: [[14]],
			};
			const check = await checkSite(
				[paymentCsv([tydal('2025-01', null), { ...tydal('2025-02', 12) }]), file(calculator)],
				contextOf(table),
			);
			expect(check.problems).toEqual([]);
			const leak = check.audit.leaks.find((l) => l.period === '2025-01')!;
			expect(leak).toMatchObject({
				group: 'payable',
				area: '5033',
				measure: 'payable_days',
				interval: [2, 2],
			});
			expect(leak.because).toEqual(
				expect.arrayContaining([
					expect.stringContaining(
						'(calculator): sweden_days 5033 2025 = 14, summed over 2 shown months (published)',
					),
				]),
			);
		},
	);
});

describe('checkSite(files, context): a sum over months on a page, and an SPC download', () => {
	// Stjørdal 2025-02 had 3 UKP days. The capacity page shows 12-month sums (here two months); the
	// SPC download shows each month's value, so January's 25 days subtracted give February away.
	const table = checkerTableOf(
		grid(['2025-01', '2025-02'], { '5035|2025-02': [30, 28, 3, 10, 30, 10] }),
	);
	const span = page('kapasitet/index.html', [
		countCellAttributes('ukp_days', '5035', '2025-01/2025-02', 28),
	]);
	const spc = {
		path: 'kpi/ukp_days/spc.csv',
		text: 'kpi,area,month,value,segment,mean,lpl,upl,rules,target\nukp_days,5035,2025-01,25,0,14,0,40,,20\n',
	};

	it('finds Stjørdal 2025-02: 3 days, from the two-month sum 28 and January 25', async () => {
		const check = await checkSite([span, spc], contextOf(table));
		expect(check.problems).toEqual([]);
		expect(leakList(check.audit.leaks)).toEqual(['ukp 5035 2025-02 ukp_days [3, 3]']);
	});

	it('finds nothing from the sum alone, and reports a sum the rows do not give', async () => {
		expect((await checkSite([span], contextOf(table))).audit.leaks).toEqual([]);
		const wrong = page('kapasitet/index.html', [
			countCellAttributes('ukp_days', '5035', '2025-01/2025-02', 29),
		]);
		expect((await checkSite([wrong], contextOf(table))).problems).toEqual([
			'kapasitet/index.html: ukp_days 5035 2025-01/2025-02 = 29, summed over 2 months: the protected rows give 28',
		]);
	});
});

describe('checkSite(files, context): reading', () => {
	const table = checkerTableOf(grid(['2025-01', '2025-02']));

	it('places every count of a clean site and finds nothing', async () => {
		const cells = [
			countCellAttributes('ukp_days', 'all', '2025', sumOf(table, 'ukp_days', 'all', '2025')),
			countCellAttributes('ukp_stays_with_days', '5001', '2025-01', 10),
		];
		const check = await checkSite(
			[meanCsv(table, new Set()), page('kpi/index.html', cells)],
			contextOf(table),
		);
		expect(check.problems).toEqual([]);
		expect(check.audit.leaks).toEqual([]);
		expect(check.numbers).toBeGreaterThan(50);
	});

	it.each([
		[
			'a count cell without data-sum',
			[page('omrader/5033/index.html', [{ 'data-count': '3' }])],
			'omrader/5033/index.html: a count (3) in a cell without data-sum: the checker cannot tell what it counts',
		],
		[
			'a CSV it does not know',
			[{ path: 'sammenligning/ny.csv', text: 'a,b\n1,2\n' }],
			'sammenligning/ny.csv: a CSV download the leak checker does not know; teach it what the file publishes (src/lib/privacy/read-site.ts)',
		],
		[
			'a count the rows do not give',
			[page('kpi/index.html', [countCellAttributes('ukp_days', 'all', '2025', 7)])],
			'kpi/index.html: ukp_days all 2025 shows 7, the protected rows sum to 450',
		],
		[
			'a workbook without its CSV',
			[{ path: 'kpi/ukp_days/aar.xlsx', text: '' }],
			'kpi/ukp_days/aar.xlsx: a workbook without a CSV twin: the leak checker does not read workbooks',
		],
		[
			'a file of a kind it does not know',
			[{ path: 'data/kpi.json', text: '' }],
			'data/kpi.json: a file the leak checker does not know; teach it what the file publishes (src/lib/privacy/read-site.ts)',
		],
		[
			'a calculator data file that is not JSON',
			[{ path: 'sammenligning/betalingsmodeller/kalkulator.json', text: '<html>' }],
			"sammenligning/betalingsmodeller/kalkulator.json: the calculator's data is not JSON",
		],
		[
			'an unknown measure',
			[page('kpi/index.html', [countCellAttributes('patients', 'all', '2025', 7)])],
			'kpi/index.html: patients all 2025 = 7: names a count the protected table does not have',
		],
	])('reports %s as a problem', async (_, files, problem) => {
		expect((await checkSite(files, contextOf(table))).problems).toEqual([problem]);
	});

	it('knows the open-data catalogue (metadata of the downloads, no numbers) and a workbook beside its CSV', async () => {
		const files = [
			{ path: 'data/katalog.jsonld', text: '{}' },
			meanCsv(table, new Set()),
			{ path: `${meanCsv(table, new Set()).path.replace(/\.csv$/, '')}.xlsx`, text: '' },
		];
		expect((await checkSite(files, contextOf(table))).problems).toEqual([]);
	});
});
