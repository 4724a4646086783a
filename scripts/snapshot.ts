// Freezes a meeting pack as it is presented:
//   npm run snapshot -- --report asu-2026-11-18 [--data DIR] [--reports DIR] [--dist DIR]
// writes reports/arkiv/<slug>/<slug>.pdf (the public edition's PDF, byte for byte) and
// snapshot.json (meeting, data cut-off, the SHA-256 of every file it was made from, every figure,
// SPC verdict and measure status as the pack shows them). Committing the folder is how a pack
// becomes "som presentert". A frozen pack is never overwritten.
//
// The PDF: without --dist the command builds the public edition of the site into a temporary
// folder (as `npm run build` does, with AUDIENCE=public) and takes the PDF from there, so it is
// always the public edition of the data and code as they are now. --dist DIR takes it from a public
// build made already (faster); the command checks that the build is the public edition of data
// with the same as-of date and latest month, and the rest is yours to vouch for: build it from the
// same data and code just before.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { joinPath } from '../src/lib/project/io';
import { loadProject, type Project } from '../src/lib/project/load-project';
import type { Report } from '../src/lib/reports/parse-report';
import { buildSite } from '../src/lib/site';
import { freezeSnapshot, type HashedFile } from '../src/lib/snapshots/freeze';
import { formatSnapshot } from '../src/lib/snapshots/format';
import { ARCHIVE_DIR, SNAPSHOT_FILE } from '../src/lib/snapshots/schema';
import { nodeIo } from '../src/loaders/node-io';
import { dataDir, reportsDir } from '../src/loaders/project';
import {
	printProblems,
	readOptions,
	runIfMain,
	UsageError,
	withUsage,
	type CliIo,
} from './lib/cli';

const USAGE = 'usage: npm run snapshot -- --report SLUG [--data DIR] [--reports DIR] [--dist DIR]';

/** A step that cannot go on: one line for stderr, exit code 1. */
class SnapshotError extends Error {}

/** Freezes the report named by --report and returns the exit code (1 when refused or when something is wrong). */
export function main(argv: string[], io: CliIo): Promise<number> {
	return withUsage(io, async () => {
		const options = readOptions(
			argv,
			{
				report: { type: 'string' },
				data: { type: 'string' },
				reports: { type: 'string' },
				dist: { type: 'string' },
			},
			USAGE,
		);
		if (!options.report) throw new UsageError(`--report: missing; ${USAGE}`);
		try {
			return await freeze(
				options.report,
				options.data ?? dataDir(),
				options.reports ?? reportsDir(),
				options.dist,
				io,
			);
		} catch (error) {
			if (!(error instanceof SnapshotError)) throw error;
			io.stderr(`${error.message}\n`);
			return 1;
		}
	});
}

async function freeze(
	slug: string,
	data: string,
	reports: string,
	dist: string | undefined,
	io: CliIo,
): Promise<number> {
	// Step 1: every file, validated; the report, not frozen before.
	const { project, problems } = loadProject(data, nodeIo, { reportsDir: reports });
	if (!project) return printProblems(problems, io, 'nothing was frozen');
	const report = project.reports.find((r) => r.slug === slug);
	if (!report)
		throw new SnapshotError(
			`--report: "${slug}" is not a report in ${reports}/ (${project.reports.map((r) => r.slug).join(', ')})`,
		);
	const folder = joinPath(joinPath(reports, ARCHIVE_DIR), slug);
	if (project.archive.some((p) => p.slug === slug) || existsSync(folder)) {
		throw new SnapshotError(
			`${folder}/ exists already: ${slug} was frozen before, and a frozen pack is never overwritten (its PDF is what the meeting saw). Nothing was written.`,
		);
	}

	// Step 2: the public edition's PDF, and the numbers it shows.
	const pdf = dist
		? pdfFromBuild(resolve(dist), report, project)
		: buildPublicPdf(data, reports, report, project, io);
	const site = await buildSite(project, 'public');
	const snapshot = freezeSnapshot({
		report,
		kpis: site.kpis,
		targets: site.targets,
		manifest: site.manifest,
		plan: site.plan,
		spc: project.spc,
		reportFile: hashed(report.file, reports),
		dataFiles: project.files
			.filter((f) => f.path.startsWith(joinPath(data, '')))
			.map((f) => hashed(f.path, data)),
		pdf: { file: `${slug}.pdf`, sha256: sha256Of(pdf.path), bytes: pdf.bytes.length },
	});

	// Step 3: write, refusing a folder that appeared meanwhile (mkdir without `recursive` fails on it).
	mkdirSync(joinPath(reports, ARCHIVE_DIR), { recursive: true });
	try {
		mkdirSync(folder);
	} catch {
		throw new SnapshotError(`${folder}/ exists already; nothing was written`);
	}
	writeFileSync(join(folder, snapshot.pdf.file), pdf.bytes, { flag: 'wx' });
	writeFileSync(join(folder, SNAPSHOT_FILE), formatSnapshot(snapshot), { flag: 'wx' });
	pdf.cleanup();
	io.stdout(
		`Frosset ${report.meeting} ${report.meeting_date}${report.sak ? ` (sak ${report.sak})` : ''}: ${folder}/${snapshot.pdf.file} og ${SNAPSHOT_FILE}, `,
	);
	io.stdout(
		`${snapshot.kpis.length} tall, ${snapshot.measures.length} tiltak, ${snapshot.data_files.length} datafiler. Commit mappen.\n`,
	);
	return 0;
}

interface BuiltPdf {
	path: string;
	bytes: Buffer;
	cleanup(): void;
}

// A public build made already: its edition, data date and latest month must be this project's.
function pdfFromBuild(dist: string, report: Report, project: Project): BuiltPdf {
	const indexPath = join(dist, 'rapporter', 'rapporter.json');
	if (!existsSync(indexPath))
		throw new SnapshotError(
			`--dist: ${indexPath} not found: give the folder of a built site (npm run build writes dist/)`,
		);
	const index = JSON.parse(readFileSync(indexPath, 'utf8')) as {
		as_of?: string;
		edition?: string;
		reports?: { slug: string; pdf: string }[];
	};
	if (index.edition !== 'public')
		throw new SnapshotError(
			`--dist: ${dist} is not the public edition (${index.edition ?? 'unknown'}): only the public edition is archived`,
		);
	if (index.as_of !== project.manifest.as_of)
		throw new SnapshotError(
			`--dist: ${dist} was built from data as of ${index.as_of}, not ${project.manifest.as_of}: build it again from this data`,
		);
	const entry = index.reports?.find((r) => r.slug === report.slug);
	if (!entry)
		throw new SnapshotError(
			`--dist: ${dist} has no report ${report.slug}: build it again with this report`,
		);
	return readPdf(join(dist, entry.pdf), () => {});
}

// The whole public site into a temporary folder, as `npm run build` makes it, for its PDF.
function buildPublicPdf(
	data: string,
	reports: string,
	report: Report,
	project: Project,
	io: CliIo,
): BuiltPdf {
	const temp = resolve('.build-tmp', `snapshot-${process.pid}`);
	rmSync(temp, { recursive: true, force: true });
	io.stdout(
		`Bygger den åpne utgaven av nettstedet for PDF-en (${project.reports.length} rapporter) …\n`,
	);
	const env = {
		...process.env,
		AUDIENCE: 'public',
		DIST_DIR: join(temp, 'dist'),
		DATA_DIR: data,
		REPORTS_DIR: reports,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const cleanup = () => rmSync(temp, { recursive: true, force: true });
	if (result.status !== 0) {
		cleanup();
		throw new SnapshotError(
			`the public build failed, so nothing was frozen:\n${result.stdout}${result.stderr}`,
		);
	}
	return readPdf(join(temp, 'dist', 'rapporter', `${report.slug}.pdf`), cleanup);
}

function readPdf(path: string, cleanup: () => void): BuiltPdf {
	if (!existsSync(path)) {
		cleanup();
		throw new SnapshotError(
			`${path} not found: the build printed no PDF (is Chromium installed? apt-get install -y chromium)`,
		);
	}
	const bytes = readFileSync(path);
	if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
		cleanup();
		throw new SnapshotError(`${path} is not a PDF`);
	}
	return { path, bytes, cleanup };
}

function hashed(path: string, dir: string): HashedFile {
	return { path: path.slice(joinPath(dir, '').length), sha256: sha256Of(path) };
}

function sha256Of(path: string): string {
	const hash = nodeIo.sha256(path);
	if (hash === null) throw new SnapshotError(`${path}: cannot be read to hash it`);
	return hash;
}

runIfMain(import.meta.url, main);
