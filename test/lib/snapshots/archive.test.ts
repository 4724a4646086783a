import { describe, expect, it } from 'vitest';
import { normalizeSections } from '../../../src/lib/reports/sections';
import {
	archivePdfHref,
	computeSiteArchive,
	sinceLastMeetingOf,
} from '../../../src/lib/snapshots/archive';
import { formatFigure, formatFigurePeriod } from '../../../src/lib/snapshots/present';
import type { ArchivedPack } from '../../../src/lib/snapshots/schema';
import { figure, measure, record, results, snapshot, TARGETS } from '../../helpers/snapshots';

const pack = (
	slug: string,
	meeting_date: string,
	fields: Parameters<typeof snapshot>[0] = {},
): ArchivedPack => ({
	slug,
	snapshotPath: `reports/arkiv/${slug}/snapshot.json`,
	pdfPath: `reports/arkiv/${slug}/${slug}.pdf`,
	pdfHashLine: 16,
	snapshot: snapshot({ slug, meeting_date, ...fields }),
});
const NOW = {
	kpis: results([record('ukp_days', 'all', '2026-10', { value: 305 })]),
	measures: [measure('1.1', { status: 'red' })],
	asOf: '2026-11-20',
};

describe('computeSiteArchive(packs, now)', () => {
	it('lists the packs newest meeting first, each with its PDF, its page and its diff', () => {
		const archive = computeSiteArchive(
			[
				pack('asu-2026-09-16', '2026-09-16'),
				pack('asu-2026-11-18', '2026-11-18', {
					kpis: [figure('ukp_days', 'all', '2026-10', { value: 295 })],
					measures: [measure('1.1')],
				}),
			],
			NOW,
		);
		expect(
			archive.entries.map((e) => [
				e.snapshot.slug,
				e.pdfHref,
				e.pageHref,
				e.diff.figures.length,
				e.diff.measures.length,
			]),
		).toEqual([
			[
				'asu-2026-11-18',
				'/rapporter/arkiv/asu-2026-11-18.pdf',
				'/rapporter/arkiv/asu-2026-11-18/',
				1,
				1,
			],
			[
				'asu-2026-09-16',
				'/rapporter/arkiv/asu-2026-09-16.pdf',
				'/rapporter/arkiv/asu-2026-09-16/',
				0,
				1,
			],
		]);
	});

	it('needs no numbers when nothing is frozen, and refuses packs without them', () => {
		expect(computeSiteArchive([], null)).toEqual({ entries: [], now: null });
		expect(() => computeSiteArchive([pack('a', '2026-01-01')], null)).toThrow(
			"today's public numbers",
		);
		expect(archivePdfHref('asu-2026-11-18')).toBe('/rapporter/arkiv/asu-2026-11-18.pdf');
	});
});

describe('sinceLastMeetingOf(report, archive, targets)', () => {
	const archive = computeSiteArchive([pack('asu-2026-11-18', '2026-11-18')], NOW);
	const report = (sections: Parameters<typeof normalizeSections>[0]) => ({
		slug: 'asu-2027-01-20',
		meeting_date: '2027-01-20',
		period: '2026-10',
		sections: normalizeSections(sections),
	});

	it('is null for a report without the section, and compares with the previous pack for one with it', () => {
		expect(sinceLastMeetingOf(report([{ type: 'kpi-summary' }]), archive, TARGETS)).toBeNull();
		const since = sinceLastMeetingOf(
			report([{ type: 'since-last-meeting', kpis: ['ukp_days'] }]),
			archive,
			TARGETS,
		);
		expect(since?.previous?.slug).toBe('asu-2026-11-18');
		expect(since && 'kpis' in since ? since.kpis.map((k) => k.kpi) : null).toEqual(['ukp_days']);
	});

	it('says "first pack" when nothing is frozen', () => {
		expect(
			sinceLastMeetingOf(
				report([{ type: 'since-last-meeting' }]),
				computeSiteArchive([], null),
				TARGETS,
			),
		).toEqual({ previous: null });
	});
});

describe('formatFigure(figure) and formatFigurePeriod(period, through)', () => {
	it.each([
		[
			figure('readmission_share', 'all', '2026-10', { value: 0.1612, provisional: true }),
			'16,1\u00a0% (foreløpig)',
		],
		[figure('ukp_days', 'cluster:Fosen', '2026-10', { hidden: true }), 'skjult'],
		[figure('ukp_days', 'all', '2026-10', { value: null }), '–'],
		[null, '–'],
	])('%j reads %s', (f, text) => expect(formatFigure(f)).toBe(text));

	it('names a month, and a year to date by its months', () => {
		expect(formatFigurePeriod('2026-09', null)).toBe('sep. 2026');
		expect(formatFigurePeriod('2026', '2026-10')).toBe('jan.–okt. 2026');
		expect(formatFigurePeriod('2026', null)).toBe('hittil i 2026');
	});
});
