import type { DataIssue } from '../issues';
import { parseYaml, yamlLineOf } from '../parse-yaml';
import { SNAPSHOT_FILE, SnapshotSchema, type ArchivedPack } from '../snapshots/schema';
import { joinPath, type ProjectIo } from './io';
import type { Part } from './read-site-files';

/**
 * Returns the frozen meeting packs in `dir` (`reports/arkiv`), one folder each, oldest folder name
 * first; no folder means no pack. Each folder's `snapshot.json` must be valid and name the folder
 * as its slug, and its PDF must be there with the SHA-256 the snapshot froze, else a problem at
 * the line of `pdf.sha256` (a PDF changed after it was frozen fails the build). The files are read
 * here but are not data: they are not added to the project's files.
 */
export function readArchive(dir: string, io: ProjectIo): Part<ArchivedPack[]> {
	const problems: DataIssue[] = [];
	const packs: ArchivedPack[] = [];
	for (const slug of (io.list(dir) ?? []).sort()) {
		const folder = joinPath(dir, slug);
		if (io.list(folder) === null) continue; // a stray file (a README) beside the pack folders
		const pack = readPack(folder, slug, io);
		problems.push(...pack.problems);
		if (pack.value) packs.push(pack.value);
	}
	return { value: problems.length ? [] : packs, problems };
}

function readPack(folder: string, slug: string, io: ProjectIo): Part<ArchivedPack | null> {
	const snapshotPath = joinPath(folder, SNAPSHOT_FILE);
	const at = (line: number, column: string, message: string): Part<null> => ({
		value: null,
		problems: [{ file: snapshotPath, line, column, message }],
	});
	const read = io.read(snapshotPath);
	if ('missing' in read)
		return at(
			1,
			'-',
			`file not found: every folder in the archive is a frozen pack with its ${SNAPSHOT_FILE} (made by npm run snapshot)`,
		);
	if ('problem' in read) return at(1, '-', read.problem);
	const { value: snapshot, issues } = parseYaml(read.text, snapshotPath, SnapshotSchema);
	if (!snapshot) return { value: null, problems: issues };
	if (snapshot.slug !== slug)
		return at(
			yamlLineOf(read.text, ['slug']),
			'slug',
			`"${snapshot.slug}" must be the name of its folder ("${slug}")`,
		);
	const pdfPath = joinPath(folder, snapshot.pdf.file);
	const pdfHashLine = yamlLineOf(read.text, ['pdf', 'sha256']);
	if (io.sha256) {
		const actual = io.sha256(pdfPath);
		if (actual === null)
			return at(
				yamlLineOf(read.text, ['pdf', 'file']),
				'pdf.file',
				`${pdfPath} is missing: the frozen PDF must stay beside its snapshot (restore it from git)`,
			);
		if (actual !== snapshot.pdf.sha256) {
			return at(
				pdfHashLine,
				'pdf.sha256',
				`${pdfPath} has SHA-256 ${actual}, not the ${snapshot.pdf.sha256} it was frozen with: the PDF was changed after the meeting; restore it from git (git checkout -- ${pdfPath})`,
			);
		}
	}
	return { value: { slug, snapshotPath, pdfPath, pdfHashLine, snapshot }, problems: [] };
}
