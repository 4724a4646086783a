import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/snapshot';
import { parseYaml } from '../../src/lib/parse-yaml';
import { SnapshotSchema } from '../../src/lib/snapshots/schema';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const AS_OF = /as_of: (\S+)/.exec(readFileSync('data/manifest.yaml', 'utf8'))![1];
const PDF = Buffer.from('%PDF-1.7\n% a made-up PDF, byte for byte\n\x00\xff%%EOF\n', 'latin1');

/** Returns a reports folder with the bundled report definitions and no archive, and a fake built site of the given edition. */
function workspace(edition: 'public' | 'partner') {
	const root = mkdtempSync(join(tmpdir(), 'snapshot-'));
	const reports = join(root, 'reports');
	mkdirSync(reports);
	for (const name of readdirSync('reports').filter((n) => n.endsWith('.md')))
		cpSync(join('reports', name), join(reports, name));
	const dist = join(root, 'dist');
	mkdirSync(join(dist, 'rapporter'), { recursive: true });
	writeFileSync(
		join(dist, 'rapporter', 'rapporter.json'),
		JSON.stringify({
			as_of: AS_OF,
			edition,
			reports: [{ slug: 'asu-2026-11-18', pdf: '/rapporter/asu-2026-11-18.pdf' }],
		}),
	);
	writeFileSync(join(dist, 'rapporter', 'asu-2026-11-18.pdf'), PDF);
	return { reports, dist, folder: join(reports, 'arkiv', 'asu-2026-11-18') };
}

async function run(argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

describe('main(argv, io): npm run snapshot -- --report SLUG', () => {
	it('needs --report (a usage error, exit 2)', async () => {
		const { code, stderr } = await run([]);
		expect(code).toBe(2);
		expect(stderr).toContain('--report: missing; usage: npm run snapshot -- --report SLUG');
	});

	it('names the reports there are when the slug is not one of them', async () => {
		const { reports, dist } = workspace('public');
		const { code, stderr } = await run([
			'--report',
			'asu-1999-01-01',
			'--data',
			'data',
			'--reports',
			reports,
			'--dist',
			dist,
		]);
		expect(code).toBe(1);
		expect(stderr).toContain('--report: "asu-1999-01-01" is not a report in');
		expect(stderr).toContain('asu-2026-11-18');
	});

	it('refuses the PDF of a partner build: only the public edition is archived', async () => {
		const { reports, dist, folder } = workspace('partner');
		const { code, stderr } = await run([
			'--report',
			'asu-2026-11-18',
			'--data',
			'data',
			'--reports',
			reports,
			'--dist',
			dist,
		]);
		expect(code).toBe(1);
		expect(stderr).toContain(
			'is not the public edition (partner): only the public edition is archived',
		);
		expect(existsSync(folder)).toBe(false);
	});

	it(
		'freezes the PDF byte for byte with snapshot.json, then refuses to freeze the same pack again',
		{ timeout: 120_000 },
		async () => {
			const { reports, dist, folder } = workspace('public');
			const argv = [
				'--report',
				'asu-2026-11-18',
				'--data',
				'data',
				'--reports',
				reports,
				'--dist',
				dist,
			];
			const first = await run(argv);
			expect(first.stderr).toBe('');
			expect(first.code).toBe(0);
			expect(readdirSync(folder).sort()).toEqual(['asu-2026-11-18.pdf', 'snapshot.json']);
			expect(readFileSync(join(folder, 'asu-2026-11-18.pdf')).equals(PDF)).toBe(true);
			const text = readFileSync(join(folder, 'snapshot.json'), 'utf8');
			const { value: snapshot, issues } = parseYaml(text, 'snapshot.json', SnapshotSchema);
			expect(issues).toEqual([]);
			expect(snapshot!.pdf).toEqual({
				file: 'asu-2026-11-18.pdf',
				sha256: sha256(PDF),
				bytes: PDF.length,
			});
			expect(snapshot!.data_files).toContainEqual({
				path: 'ukp_monthly.csv',
				sha256: sha256(readFileSync('data/ukp_monthly.csv')),
			});
			expect(snapshot!.report_file).toEqual({
				path: 'asu-2026-11-18.md',
				sha256: sha256(readFileSync('reports/asu-2026-11-18.md')),
			});
			expect([snapshot!.edition, snapshot!.data_cutoff, snapshot!.meeting_date]).toEqual([
				'public',
				AS_OF,
				'2026-11-18',
			]);
			expect(snapshot!.kpis.length).toBeGreaterThan(200);
			expect(snapshot!.measures.length).toBeGreaterThan(20);

			writeFileSync(join(dist, 'rapporter', 'asu-2026-11-18.pdf'), '%PDF-1.7 another print');
			const second = await run(argv);
			expect(second.code).toBe(1);
			expect(second.stderr).toContain(
				'asu-2026-11-18/ exists already: asu-2026-11-18 was frozen before, and a frozen pack is never overwritten',
			);
			expect(readFileSync(join(folder, 'asu-2026-11-18.pdf')).equals(PDF)).toBe(true);
			expect(readFileSync(join(folder, 'snapshot.json'), 'utf8')).toBe(text);
		},
	);
});
