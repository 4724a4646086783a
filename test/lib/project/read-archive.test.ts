import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/issues';
import { memoryIo } from '../../../src/lib/project/io';
import { readArchive } from '../../../src/lib/project/read-archive';
import { formatSnapshot } from '../../../src/lib/snapshots/format';
import { snapshot } from '../../helpers/snapshots';

const DIR = 'reports/arkiv';
const GOOD_HASH = 'd'.repeat(64);
const pack = snapshot({
	slug: 'asu-2026-11-18',
	pdf: { file: 'asu-2026-11-18.pdf', sha256: GOOD_HASH, bytes: 10 },
});
const files = {
	'reports/arkiv/asu-2026-11-18/snapshot.json': formatSnapshot(pack),
	'reports/arkiv/README.md': 'Frosne møtepakker',
};
const hashes = { 'reports/arkiv/asu-2026-11-18/asu-2026-11-18.pdf': GOOD_HASH };
const lines = (result: ReturnType<typeof readArchive>) => result.problems.map(formatIssue);

describe('readArchive(dir, io)', () => {
	it("reads each pack folder's snapshot and checks its PDF against the frozen SHA-256", () => {
		const { value, problems } = readArchive(DIR, memoryIo(files, hashes));
		expect(problems).toEqual([]);
		expect(value.map((p) => [p.slug, p.pdfPath, p.snapshotPath, p.pdfHashLine])).toEqual([
			[
				'asu-2026-11-18',
				'reports/arkiv/asu-2026-11-18/asu-2026-11-18.pdf',
				'reports/arkiv/asu-2026-11-18/snapshot.json',
				16,
			],
		]);
		expect(value[0].snapshot).toEqual(pack);
	});

	it('has no packs without the folder', () => {
		expect(readArchive(DIR, memoryIo({}, {}))).toEqual({ value: [], problems: [] });
	});

	it('fails a PDF changed after it was frozen, at the line of pdf.sha256, saying how to restore it', () => {
		const tampered = { 'reports/arkiv/asu-2026-11-18/asu-2026-11-18.pdf': 'e'.repeat(64) };
		expect(lines(readArchive(DIR, memoryIo(files, tampered)))).toEqual([
			`reports/arkiv/asu-2026-11-18/snapshot.json:16: pdf.sha256: reports/arkiv/asu-2026-11-18/asu-2026-11-18.pdf has SHA-256 ${'e'.repeat(64)}, not the ${GOOD_HASH} it was frozen with: the PDF was changed after the meeting; restore it from git (git checkout -- reports/arkiv/asu-2026-11-18/asu-2026-11-18.pdf)`,
		]);
	});

	it.each([
		[
			'a missing PDF',
			files,
			{},
			'reports/arkiv/asu-2026-11-18/snapshot.json:16: pdf.file: reports/arkiv/asu-2026-11-18/asu-2026-11-18.pdf is missing: the frozen PDF must stay beside its snapshot (restore it from git)',
		],
		[
			'a folder without snapshot.json',
			{ 'reports/arkiv/asu-2027-01-20/x.pdf': '%PDF' },
			{},
			'reports/arkiv/asu-2027-01-20/snapshot.json:1: -: file not found: every folder in the archive is a frozen pack with its snapshot.json (made by npm run snapshot)',
		],
		[
			"a snapshot in another pack's folder",
			{ 'reports/arkiv/asu-2027-01-20/snapshot.json': formatSnapshot(pack) },
			{},
			'reports/arkiv/asu-2027-01-20/snapshot.json:3: slug: "asu-2026-11-18" must be the name of its folder ("asu-2027-01-20")',
		],
		[
			'a partner edition',
			{
				'reports/arkiv/asu-2026-11-18/snapshot.json': formatSnapshot(pack).replace(
					'"edition": "public"',
					'"edition": "partner"',
				),
			},
			hashes,
			'reports/arkiv/asu-2026-11-18/snapshot.json:11: edition: "partner" must be public',
		],
	])('fails %s with a FILE:LINE message', (_, folder, pdfs, message) => {
		expect(lines(readArchive(DIR, memoryIo(folder, pdfs)))).toEqual([message]);
	});

	it('leaves the PDF check to the build with a reader that cannot hash', () => {
		expect(readArchive(DIR, memoryIo(files)).problems).toEqual([]);
	});
});
