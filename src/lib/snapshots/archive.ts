import type { ReportSection } from '../reports/sections';
import type { Targets } from '../targets';
import { diffSnapshot, type SnapshotDiff, type SnapshotNow } from './diff';
import { computeSinceLastMeeting, type SinceLastMeeting } from './since';
import type { ArchivedPack, Snapshot } from './schema';

/** A frozen pack as the archive pages show it. */
export interface ArchiveEntry {
	snapshot: Snapshot;
	/** Where the site serves the frozen PDF. */
	pdfHref: string;
	/** The page "Endret siden møtet". */
	pageHref: string;
	diff: SnapshotDiff;
}

/** The archive of a build: every frozen pack, newest meeting first, and today's public numbers it is compared with. */
export interface SiteArchive {
	entries: ArchiveEntry[];
	/** `null` when there is nothing frozen (no comparison is made). */
	now: SnapshotNow | null;
}

/** Returns the site path of a frozen pack's PDF: `/rapporter/arkiv/<slug>.pdf`. */
export function archivePdfHref(slug: string): string {
	return `/rapporter/arkiv/${slug}.pdf`;
}

/** Returns the site path of a frozen pack's page "Endret siden møtet": `/rapporter/arkiv/<slug>/`. */
export function archivePageHref(slug: string): string {
	return `/rapporter/arkiv/${slug}/`;
}

/**
 * Returns the archive: each frozen pack with its diff against `now` (today's public numbers and
 * plan), newest meeting first (ties by slug). `now` may be `null` only when there is no pack.
 */
export function computeSiteArchive(
	packs: readonly ArchivedPack[],
	now: SnapshotNow | null,
): SiteArchive {
	if (packs.length > 0 && now === null)
		throw new Error("the archive needs today's public numbers to compare its packs with");
	const entries = [...packs]
		.sort(
			(a, b) =>
				b.snapshot.meeting_date.localeCompare(a.snapshot.meeting_date) ||
				a.slug.localeCompare(b.slug),
		)
		.map((p) => ({
			snapshot: p.snapshot,
			pdfHref: archivePdfHref(p.slug),
			pageHref: archivePageHref(p.slug),
			diff: diffSnapshot(p.snapshot, now!),
		}));
	return { entries, now: packs.length > 0 ? now : null };
}

/**
 * Returns what a report's `since-last-meeting` section shows ({@link computeSinceLastMeeting} with
 * the section's KPIs, against the archive's frozen packs), or `null` for a report without one.
 */
export function sinceLastMeetingOf(
	report: {
		slug: string;
		meeting_date: string;
		period: string;
		sections: Pick<ReportSection, 'type' | 'kpis'>[];
	},
	archive: SiteArchive,
	targets: Targets,
): SinceLastMeeting | null {
	const section = report.sections.find((s) => s.type === 'since-last-meeting');
	if (!section) return null;
	if (archive.now === null) return { previous: null };
	return computeSinceLastMeeting(
		report,
		archive.entries.map((e) => e.snapshot),
		archive.now,
		{ kpiIds: section.kpis, targets },
	);
}
