import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { main as snapshot } from '../../scripts/snapshot';

// The archive of frozen meeting packs in built sites: the bundled pack of 18 November 2026 in the
// shared builds, and one build of its own that freezes a pack, changes one data cell and one
// measure status, and adds the next pack.
const SITES = inject('sites');
const FROZEN = 'reports/arkiv/asu-2026-11-18/asu-2026-11-18.pdf';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
	);
}
const page = (site: string, path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
/** Returns `kpi area period` of every row of the figure-change tables in an HTML text. */
const figureRows = (html: string) =>
	[...html.matchAll(/<tr data-kpi="([^"]+)" data-area="([^"]+)" data-period="([^"]+)"/g)].map(
		(m) => `${m[1]} ${m[2]} ${m[3]}`,
	);
/** Returns the ids of the rows of the measure-change tables in an HTML text. */
const measureRows = (html: string) =>
	[...html.matchAll(/<table class="measure-changes"[\s\S]*?<\/table>/g)].flatMap((t) =>
		[...t[0].matchAll(/data-measure="([^"]+)"/g)].map((m) => m[1]),
	);
/** Returns the "Siden forrige møte" section of a report page. */
const sinceSection = (html: string) => {
	const start = html.indexOf('class="report-section report-since-last-meeting');
	return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

describe('the archive in the shared builds of the bundled data', () => {
	it.each(['public', 'partner'] as const)(
		'serves the frozen PDF byte for byte in the %s build, and never a snapshot.json',
		(name) => {
			const site = SITES[name];
			expect(
				readFileSync(join(site, 'rapporter/arkiv/asu-2026-11-18.pdf')).equals(readFileSync(FROZEN)),
			).toBe(true);
			const all = files(site);
			expect(all.filter((f) => f.endsWith('snapshot.json'))).toEqual([]);
			expect(
				all.filter((f) => f.endsWith('.json') && readFileSync(f, 'utf8').includes('"data_files"')),
			).toEqual([]);
		},
	);

	it('lists the pack on /rapporter/arkiv/ with its meeting, case, cut-off, PDF and changes', () => {
		const index = page(SITES.public, 'rapporter/arkiv');
		expect(index).toContain('ASU 18. november 2026');
		expect(index).toContain('Sak 47/26 (demonummer)');
		expect(index).toContain('data per 20. november 2026');
		expect(index).toContain('href="/rapporter/arkiv/asu-2026-11-18.pdf"');
		expect(index).toContain('href="/rapporter/arkiv/asu-2026-11-18/"');
		expect(page(SITES.public, 'rapporter')).toContain('href="/rapporter/arkiv/"');
	});

	it.each(['public', 'partner'] as const)(
		'shows the late registration of September 2026 as the only change since the meeting (%s build: public numbers)',
		(name) => {
			const html = page(SITES[name], 'rapporter/arkiv/asu-2026-11-18');
			expect(figureRows(html)).toEqual([
				'direct_home_share all 2026',
				'direct_home_share all 2026-09',
			]);
			expect(html).toContain('29,1\u00a0%');
			expect(html).toContain('30,1\u00a0%');
			expect(html).toContain('jan.–okt. 2026');
			expect(html).toContain('Revidert: tallene for perioden er rettet');
			expect(html).toContain('Ingen tiltak har endret status siden møtet.');
		},
	);

	it('puts the same revision in the next pack\'s "Siden forrige møte", on the page and in the PDF', () => {
		const since = sinceSection(page(SITES.public, 'rapporter/asu-2027-01-20'));
		expect(figureRows(since)).toEqual([
			'direct_home_share all 2026',
			'direct_home_share all 2026-09',
		]);
		expect(since).toContain('Ingen nye måneder med tall siden forrige møte');
		const text = spawnSync(
			'pdftotext',
			['-layout', join(SITES.public, 'rapporter/asu-2027-01-20.pdf'), '-'],
			{ encoding: 'utf8' },
		).stdout;
		expect(text).toContain('Siden forrige møte');
		expect(text).toMatch(/Rett hjem\s+Helsefellesskapet\s+sep\. 2026\s+29,1 %\s+30,1 %/);
	});
});

describe('snapshot, change one cell and one status, build', () => {
	// Inside the project, as the fixtures: Astro keeps its intermediate files beside the out folder.
	const root = resolve('.build-tmp/archive-test');
	const data = join(root, 'data');
	const reports = join(root, 'reports');
	const dist = join(root, 'dist');
	const frozen = join(reports, 'arkiv/asu-2027-01-20/asu-2027-01-20.pdf');

	it(
		"serves the frozen PDF byte for byte and lists exactly that cell's figures and that status",
		{ timeout: 900_000 },
		async () => {
			// Step 1: a copy of data/ and reports/ without the bundled archive; freeze the January pack from the shared public build.
			rmSync(root, { recursive: true, force: true });
			cpSync('data', data, { recursive: true });
			cpSync('reports', reports, { recursive: true, filter: (src) => !src.includes('/arkiv') });
			let err = '';
			const io = { stdout: () => {}, stderr: (t: string) => void (err += t) };
			expect(
				await snapshot(
					[
						'--report',
						'asu-2027-01-20',
						'--data',
						data,
						'--reports',
						reports,
						'--dist',
						SITES.public,
					],
					io,
				),
				err,
			).toBe(0);
			expect(
				readFileSync(frozen).equals(
					readFileSync(join(SITES.public, 'rapporter/asu-2027-01-20.pdf')),
				),
			).toBe(true);

			// Step 2: 40 more of Trondheim's October stays went home (276 → 316 of 870); measure 1.4 turns yellow; the March pack is added.
			const ukp = readFileSync(join(data, 'ukp_monthly.csv'), 'utf8');
			expect(ukp).toContain('\n2026-10,5001,870,781,185,276,804,125\n');
			writeFileSync(
				join(data, 'ukp_monthly.csv'),
				ukp.replace(
					'\n2026-10,5001,870,781,185,276,804,125\n',
					'\n2026-10,5001,870,781,185,316,804,125\n',
				),
			);
			const plan = readFileSync(join(data, 'action-plan.yaml'), 'utf8');
			const changed = plan.replace(/(- id: '1\.4'[\s\S]*?status: )green/, '$1yellow');
			expect(changed).not.toBe(plan);
			writeFileSync(join(data, 'action-plan.yaml'), changed);
			const january = readFileSync(join(reports, 'asu-2027-01-20.md'), 'utf8');
			writeFileSync(
				join(reports, 'asu-2027-03-17.md'),
				january
					.replace('meeting_date: 2027-01-20', 'meeting_date: 2027-03-17')
					.replace('sak: 3/27', 'sak: 9/27'),
			);

			// Step 3: one public build.
			const env = {
				...process.env,
				DATA_DIR: data,
				REPORTS_DIR: reports,
				DIST_DIR: dist,
				AUDIENCE: 'public',
				ASTRO_TELEMETRY_DISABLED: '1',
			};
			const built = spawnSync('npx', ['tsx', 'scripts/build.ts'], { env, encoding: 'utf8' });
			expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);

			// The archived PDF is the frozen bytes; the live PDF of the same pack is printed from today's numbers.
			expect(
				readFileSync(join(dist, 'rapporter/arkiv/asu-2027-01-20.pdf')).equals(readFileSync(frozen)),
			).toBe(true);
			expect(
				readFileSync(join(dist, 'rapporter/asu-2027-01-20.pdf')).equals(readFileSync(frozen)),
			).toBe(false);
			expect(existsSync(join(dist, 'rapporter/arkiv/asu-2027-01-20/snapshot.json'))).toBe(false);

			// "Endret siden møtet" and the March pack's section list exactly the figures of that cell, and that measure.
			const expected = [
				'direct_home_share all 2026',
				'direct_home_share all 2026-10',
				'direct_home_share cluster:Trondheim 2026',
				'direct_home_share cluster:Trondheim 2026-10',
			];
			const changedPage = page(dist, 'rapporter/arkiv/asu-2027-01-20');
			expect(figureRows(changedPage)).toEqual(expected);
			expect(measureRows(changedPage)).toEqual(['1.4']);
			expect(changedPage).toContain('31,7\u00a0%'); // Trondheim, October: 276 of 870 then
			expect(changedPage).toContain('36,3\u00a0%'); // 316 of 870 now
			const march = sinceSection(page(dist, 'rapporter/asu-2027-03-17'));
			expect(figureRows(march)).toEqual(expected);
			expect(measureRows(march)).toEqual(['1.4']);
			expect(march).toMatch(/<ul class="since-opened"[^>]*>\s*<li data-measure="1\.4">/);
			expect(march).not.toContain('class="since-closed"');

			// The January pack is the first frozen one here: its own section says there is nothing before it.
			expect(sinceSection(page(dist, 'rapporter/asu-2027-01-20'))).toContain('class="since-first"');
		},
	);
});
