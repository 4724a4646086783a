import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/kpis';

const HEADER =
	'month,municipality,ukp_stays,ukp_stays_zero_days,ukp_days,discharged_home,readmission_base,readmissions_30d\n';

/** Returns a data folder with the repository's targets and manifest and the given CSV texts. */
function dataFolder(ukp: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kpis-'));
	cpSync('data/targets.yaml', join(dir, 'targets.yaml'));
	cpSync('data/manifest.yaml', join(dir, 'manifest.yaml'));
	writeFileSync(
		join(dir, 'municipalities.csv'),
		'municipality,name,cluster,population_67plus,population_80plus\n5001,Trondheim,Trondheim,26000,8000\n5033,Tydal,Værnesregionen,200,60\n',
	);
	writeFileSync(
		join(dir, 'short_term_monthly.csv'),
		'month,unit,stays_ended,bed_days\n2024-01,oya-helsehus,4,100\n',
	);
	writeFileSync(join(dir, 'ukp_monthly.csv'), HEADER + ukp);
	return dir;
}

/** Runs the export in-process, as `npm run kpis -- …` does. */
async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const status = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { status, stdout, stderr };
}

describe('npm run kpis -- --data DIR --format json|csv', () => {
	const dir = dataFolder(
		'2024-01,5001,10,8,6,3,10,2\n2024-01,5033,2,2,0,1,2,0\n2024-02,5001,5,5,0,0,5,1\n',
	);

	it('prints a JSON array of { kpi, area, period, value } records, shares as fractions', async () => {
		const rows = JSON.parse((await run(['--data', dir, '--format', 'json'])).stdout);
		const find = (kpi: string, area: string, period: string) =>
			rows.find((r: any) => r.kpi === kpi && r.area === area && r.period === period);
		expect(Object.keys(rows[0]).slice(0, 4)).toEqual(['kpi', 'area', 'period', 'value']);
		expect(find('zero_day_share', 'all', '2024-01').value).toBeCloseTo(10 / 12, 12);
		expect(find('ukp_days', '5001', '2024').value).toBe(6);
		expect(find('zero_day_share', 'cluster:Værnesregionen', '2024-01').value).toBe(1);
		expect(find('mean_ukp_days', '5033', '2024-01').value).toBeNull(); // 0 / 0
		expect(find('ukp_days', '5033', '2024-02').value).toBeNull(); // no row
		expect(find('short_term_los', 'oya-helsehus', '2024-01').value).toBe(25);
		expect(find('readmission_share', 'all', '2024-02').provisional).toBe(true);
		expect(new Set(rows.map((r: any) => r.kpi))).toEqual(
			new Set([
				'ukp_days',
				'zero_day_share',
				'mean_ukp_days',
				'direct_home_share',
				'readmission_share',
				'short_term_los',
			]),
		);
		expect(rows.some((r: any) => r.period.includes('/'))).toBe(false);
	});

	it('shows every number by default (analysts), and hides small counts with --audience public', async () => {
		const read = async (args: string[]) => JSON.parse((await run(['--data', dir, ...args])).stdout);
		const tydal = (rows: any[]) =>
			rows.find((r) => r.kpi === 'zero_day_share' && r.area === '5033' && r.period === '2024-01');
		expect(tydal(await read([]))).toMatchObject({
			value: 1,
			numerator: 2,
			denominator: 2,
			suppressed: false,
		});
		expect(tydal(await read(['--audience', 'public']))).toMatchObject({
			value: null,
			numerator: null,
			denominator: null,
			suppressed: true,
		});
	});

	it('needs only the monthly CSV files: targets and manifest then come from data/, with a warning', async () => {
		const bare = mkdtempSync(join(tmpdir(), 'kpis-bare-'));
		cpSync(join(dir, 'municipalities.csv'), join(bare, 'municipalities.csv'));
		cpSync(join(dir, 'ukp_monthly.csv'), join(bare, 'ukp_monthly.csv'));
		const result = await run(['--data', bare]);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain(
			`warning: ${join(bare, 'targets.yaml')} not found; using data/targets.yaml`,
		);
		const rows = JSON.parse(result.stdout);
		expect(
			rows.find((r: any) => r.kpi === 'ukp_days' && r.area === 'all' && r.period === '2024-01')
				.value,
		).toBe(6);
		expect(
			rows.filter((r: any) => r.kpi === 'short_term_los').every((r: any) => r.value === null),
		).toBe(true);
	});

	it('prints the same records as CSV with a header', async () => {
		const out = (await run(['--data', dir, '--format', 'csv'])).stdout.split('\n');
		expect(out[0].split(',').slice(0, 4)).toEqual(['kpi', 'area', 'period', 'value']);
		expect(out).toContain(out.find((l) => l.startsWith('ukp_days,5001,2024,6,')));
	});

	it('exits non-zero with one FILE:LINE: COLUMN: message line per problem', async () => {
		const bad = dataFolder('2024-01,5001,10,8,-3,3,10,2\n2024-02,5001,10,11,6,3,10,2\n');
		const result = await run(['--data', bad]);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(
			`${join(bad, 'ukp_monthly.csv')}:2: ukp_days: "-3" must be a whole number ≥ 0\n`,
		);
		expect(result.stderr).toContain('2 problems found');
	});

	it.each([
		[['--format', 'xml'], '--format must be json or csv, not "xml"'],
		[['--audience', 'alle'], '--audience must be partner or public, not "alle"'],
	])('exits 2 with one line naming the option for %j', async (argv, message) => {
		const result = await run(argv);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(`${message}\n`);
	});
});
