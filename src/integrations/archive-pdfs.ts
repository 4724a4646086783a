// Copies every frozen meeting pack's PDF from reports/arkiv/<slug>/ into the site as
// /rapporter/arkiv/<slug>.pdf, byte for byte, as the last step of `astro build`. Only the PDF is
// copied: snapshot.json stays in the repository. The archive is read through the project loader,
// which checks each PDF against the SHA-256 in its snapshot.json; the copy is checked again, so a
// PDF changed after it was frozen never reaches the site, whichever way the build was started.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatIssue } from '../lib/issues';
import { joinPath } from '../lib/project/io';
import { readArchive } from '../lib/project/read-archive';
import { archivePdfHref } from '../lib/snapshots/archive';
import { ARCHIVE_DIR, type ArchivedPack } from '../lib/snapshots/schema';
import { nodeIo } from '../loaders/node-io';
import { reportsDir } from '../loaders/project';
import { timed } from './build-timings';

/** Thrown when a frozen PDF is not the one its snapshot froze: the message is `FILE:LINE: COLUMN: message`. */
export class ArchiveError extends Error {}

/** Returns the integration that copies the frozen packs' PDFs into a build. */
export default function archivePdfs(): AstroIntegration {
	return {
		name: 'pasientflyt:archive-pdfs',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await timed('archive', () => copyArchivedPdfs(fileURLToPath(dir), reportsDir(), logger));
			},
		},
	};
}

/**
 * Copies the PDF of every frozen pack in `<reports>/arkiv/` to `<root>/rapporter/arkiv/<slug>.pdf`
 * and returns how many it copied. Throws {@link ArchiveError} with every problem of the archive
 * (as `FILE:LINE: COLUMN: message`) when a snapshot is broken or a PDF, before or after copying,
 * does not have the SHA-256 it was frozen with.
 */
export function copyArchivedPdfs(
	root: string,
	reports: string,
	logger?: Pick<AstroIntegrationLogger, 'info'>,
): number {
	const { value: packs, problems } = readArchive(joinPath(reports, ARCHIVE_DIR), nodeIo);
	if (problems.length > 0)
		throw new ArchiveError(
			`the archive of frozen meeting packs has problems:\n${problems.map(formatIssue).join('\n')}`,
		);
	for (const pack of packs) {
		const target = join(root, archivePdfHref(pack.slug));
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(pack.pdfPath, target);
		checkCopy(pack, target);
		logger?.info(
			`${archivePdfHref(pack.slug)} (frosset ${pack.snapshot.meeting} ${pack.snapshot.meeting_date})`,
		);
	}
	return packs.length;
}

// The file may change between the check and the copy; the copy is what is published.
function checkCopy(pack: ArchivedPack, target: string): void {
	const actual = nodeIo.sha256(target);
	if (actual === pack.snapshot.pdf.sha256) return;
	const where = `${pack.snapshotPath}:${pack.pdfHashLine}: pdf.sha256`;
	throw new ArchiveError(
		`${where}: the copy of ${pack.pdfPath} in the site has SHA-256 ${actual}, not the ${pack.snapshot.pdf.sha256} it was frozen with`,
	);
}
