import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveError, copyArchivedPdfs } from '../../src/integrations/archive-pdfs';
import { formatSnapshot } from '../../src/lib/snapshots/format';
import { main as build } from '../../scripts/build';
import { snapshot } from '../helpers/snapshots';

const PDF = Buffer.from('%PDF-1.7\n\x00\xff\xfe binary bytes\r\n%%EOF\n', 'latin1');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Returns a reports folder with one frozen pack whose snapshot froze `PDF`, and the path of its PDF. */
function archive(reports = mkdtempSync(join(tmpdir(), 'archive-'))) {
	const folder = join(reports, 'arkiv', 'asu-2026-11-18');
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'asu-2026-11-18.pdf'), PDF);
	writeFileSync(
		join(folder, 'snapshot.json'),
		formatSnapshot(
			snapshot({ pdf: { file: 'asu-2026-11-18.pdf', sha256: sha256(PDF), bytes: PDF.length } }),
		),
	);
	return { reports, pdf: join(folder, 'asu-2026-11-18.pdf') };
}

describe('copyArchivedPdfs(root, reports)', () => {
	it('copies each frozen PDF into the site as /rapporter/arkiv/<slug>.pdf, byte for byte, and nothing else', () => {
		const { reports } = archive();
		const root = mkdtempSync(join(tmpdir(), 'site-'));
		expect(copyArchivedPdfs(root, reports)).toBe(1);
		expect(readFileSync(join(root, 'rapporter/arkiv/asu-2026-11-18.pdf')).equals(PDF)).toBe(true);
		expect(() =>
			readFileSync(join(root, 'rapporter/arkiv/asu-2026-11-18/snapshot.json')),
		).toThrow();
	});

	it('fails on a PDF changed after it was frozen, with FILE:LINE of its hash', () => {
		const { reports, pdf } = archive();
		writeFileSync(pdf, Buffer.concat([PDF, Buffer.from(' ')]));
		expect(() => copyArchivedPdfs(mkdtempSync(join(tmpdir(), 'site-')), reports)).toThrow(
			ArchiveError,
		);
		expect(() => copyArchivedPdfs(mkdtempSync(join(tmpdir(), 'site-')), reports)).toThrow(
			/arkiv\/asu-2026-11-18\/snapshot\.json:16: pdf\.sha256: .*asu-2026-11-18\.pdf has SHA-256 [0-9a-f]{64}, not the [0-9a-f]{64} it was frozen with/,
		);
	});
});

describe('npm run build with a tampered frozen PDF', () => {
	const saved = { REPORTS_DIR: process.env.REPORTS_DIR, DIST_DIR: process.env.DIST_DIR };
	afterEach(() => {
		for (const [key, value] of Object.entries(saved))
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
	});

	it(
		'fails before Astro runs, naming the snapshot line, and publishes nothing',
		{ timeout: 60_000 },
		async () => {
			const reports = mkdtempSync(join(tmpdir(), 'reports-'));
			cpSync('reports', reports, { recursive: true, filter: (src) => !src.includes('/arkiv') });
			const { pdf } = archive(reports);
			writeFileSync(pdf, '%PDF-1.7 edited after the meeting');
			const dist = join(mkdtempSync(join(tmpdir(), 'dist-')), 'dist');
			Object.assign(process.env, { REPORTS_DIR: reports, DIST_DIR: dist });
			let stderr = '';
			const code = await build([], { stdout: () => {}, stderr: (t) => (stderr += t) });
			expect(code).toBe(1);
			expect(stderr).toContain(
				`${reports}/arkiv/asu-2026-11-18/snapshot.json:16: pdf.sha256: ${pdf} has SHA-256 `,
			);
			expect(stderr).toContain('the PDF was changed after the meeting; restore it from git');
			expect(stderr).toContain(`nothing was built; ${dist} is unchanged`);
		},
	);
});
