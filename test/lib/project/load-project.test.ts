import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues';
import { joinPath, memoryIo, type ProjectIo } from '../../../src/lib/project/io';
import { loadProject } from '../../../src/lib/project/load-project';

/** Returns every file under `dir` as path → text, keyed as `prefix/<relative path>`. */
function filesOf(dir: string, prefix: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) Object.assign(out, filesOf(path, `${prefix}/${name}`));
		else out[`${prefix}/${name}`] = readFileSync(path, 'utf8');
	}
	return out;
}
const GOOD = { ...filesOf('data', 'data'), ...filesOf('reports', 'reports') };

/** An io that records every path read. */
function recording(files: Record<string, string>): ProjectIo & { reads: string[] } {
	const io = memoryIo(files);
	const reads: string[] = [];
	return { reads, read: (path) => (reads.push(path), io.read(path)), list: io.list };
}

describe('loadProject(dir, io, options)', () => {
	it('reads every file of the bundled data and the reports once and builds every model', () => {
		const io = recording(GOOD);
		const { project, problems } = loadProject('data', io);
		expect(problems).toEqual([]);
		expect(new Set(io.reads).size).toBe(io.reads.length);
		expect(project!.areas.municipalities).toHaveLength(23);
		expect(project!.plan!.activities).toHaveLength(7);
		expect(project!.comparison!.payments.length).toBeGreaterThan(0);
		expect(project!.reports.map((r) => r.slug)).toContain('asu-2026-11-18');
		expect(project!.files.map((f) => f.path)).toContain('data/ukp_monthly.csv');
	});

	it('lists every problem of every file at once: a data cell, the plan and a report', () => {
		const files = {
			...GOOD,
			'data/ukp_monthly.csv': GOOD['data/ukp_monthly.csv'].replace(
				/\n(\d{4}-\d\d),5001,(\d+),/,
				'\n$1,5001,x,',
			),
			'data/action-plan.yaml': GOOD['data/action-plan.yaml'].replace('status: red', 'status: rød'),
			'reports/asu-2026-11-18.md': GOOD['reports/asu-2026-11-18.md'].replace(
				/audience: \w+/,
				'audience: alle',
			),
		};
		const lines = loadProject('data', memoryIo(files)).problems.map(formatIssue);
		expect(
			lines.some((l) =>
				/^data\/ukp_monthly\.csv:\d+: ukp_stays: "x" must be a whole number ≥ 0$/.test(l),
			),
		).toBe(true);
		expect(
			lines.some(
				(l) => l.startsWith('data/action-plan.yaml:') && l.includes('"rød" is not a status'),
			),
		).toBe(true);
		expect(
			lines.some(
				(l) =>
					l.startsWith('reports/asu-2026-11-18.md:') &&
					l.includes('"alle" must be partner or public'),
			),
		).toBe(true);
	});

	it('reads only the contract files in numbers scope, with targets and manifest from a fallback folder', () => {
		const io = recording({
			...GOOD,
			'min/municipalities.csv': GOOD['data/municipalities.csv'],
			'min/ukp_monthly.csv': GOOD['data/ukp_monthly.csv'],
		});
		const { project, warnings } = loadProject('min', io, { scope: 'numbers', fallbackDir: 'data' });
		expect(project).not.toBeNull();
		expect(
			io.reads.every((p) =>
				/(municipalities|ukp_monthly|short_term_monthly)\.csv$|(targets|manifest|spc)\.yaml$/.test(
					p,
				),
			),
		).toBe(true);
		expect(warnings).toEqual([
			'warning: min/short_term_monthly.csv not found; no short-term stays, so short_term_los has no values',
			'warning: min/targets.yaml not found; using data/targets.yaml',
			'warning: min/manifest.yaml not found; using data/manifest.yaml',
		]);
	});

	it('names a file that could not be read once, with the reason, and nothing else about it', () => {
		const io = memoryIo(GOOD);
		const broken: ProjectIo = {
			...io,
			read: (p) =>
				p === 'data/ukp_monthly.csv' ? { problem: 'is a folder, not a file' } : io.read(p),
		};
		expect(loadProject('data', broken).problems.map(formatIssue)).toEqual([
			'data/ukp_monthly.csv:1: -: is a folder, not a file',
		]);
	});

	it('reports a missing plan file in site scope', () => {
		const { ['data/action-plan.yaml']: _plan, ...rest } = GOOD;
		expect(loadProject('data', memoryIo(rest)).problems.map(formatIssue)).toEqual([
			'data/action-plan.yaml:1: -: file not found',
		]);
	});

	it('reads the open-data catalogue settings in site scope, and goes without them when the folder has no catalogue.yaml', () => {
		expect(loadProject('data', memoryIo(GOOD)).project!.catalogue).toMatchObject({
			publisher: { name: 'Helsefellesskapet St. Olavs hospital og kommunene' },
		});
		const { ['data/catalogue.yaml']: _catalogue, ...rest } = GOOD;
		const { project, problems } = loadProject('data', memoryIo(rest));
		expect(problems).toEqual([]);
		expect(project!.catalogue).toBeNull();
	});

	it('reports a bad catalogue.yaml in the one list of problems', () => {
		const files = {
			...GOOD,
			'data/catalogue.yaml': GOOD['data/catalogue.yaml'].replace(
				'themes:\n',
				'themes: []\nspare:\n',
			),
		};
		expect(loadProject('data', memoryIo(files)).problems.map(formatIssue)).toEqual(
			expect.arrayContaining([expect.stringMatching(/^data\/catalogue\.yaml:\d+: themes: /)]),
		);
	});
});

describe('joinPath(dir, name)', () => {
	it.each([
		['data', 'a.csv', 'data/a.csv'],
		['./data/', 'a.csv', 'data/a.csv'],
		['/tmp/x/', 'a.csv', '/tmp/x/a.csv'],
		['.', 'a.csv', 'a.csv'],
	])('%s + %s = %s', (dir, name, expected) => expect(joinPath(dir, name)).toBe(expected));
});
