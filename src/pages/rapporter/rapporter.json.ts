import type { APIRoute } from 'astro';
import { getSite } from '../../loaders/project';

// What scripts/export-pdf.ts prints: each report's page, PDF path, and the headings it fills the
// table of contents from.
export const GET: APIRoute = async () => {
	const { manifest, edition, reports: defined } = await getSite();
	const reports = defined.map((r) => ({
		slug: r.slug,
		title: r.title,
		page: `/rapporter/${r.slug}/`,
		pdf: `/rapporter/${r.slug}.pdf`,
		layout: r.layout,
		meeting: r.meeting,
		meeting_date: r.meeting_date,
		sak: r.sak ?? null,
		data_cutoff: r.data_cutoff,
		example: r.example,
		frequency: r.frequency ?? null,
		audience: r.audience,
		sections: r.sections.map((s) => ({ id: s.id, heading: s.heading })),
	}));
	return new Response(
		JSON.stringify({ as_of: manifest.as_of, edition: edition.audience, reports }, null, '\t'),
		{ headers: { 'Content-Type': 'application/json' } },
	);
};
