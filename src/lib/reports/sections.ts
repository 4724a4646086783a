import { KPI_IDS, type KpiId } from '../kpi/definitions';
import type { ReportSectionSpec, SectionType } from './schema';

/** A section ready to render: its anchor id, heading and KPIs resolved. */
export interface ReportSection {
	/** Anchor on the page (`sec-2-kpi-summary`), target of the table of contents. */
	id: string;
	type: SectionType;
	heading: string;
	kpis: KpiId[];
	/** Markdown under the heading, if any. */
	text: string | null;
}

/** The heading each section type gets when the front matter gives no `title`. */
export const DEFAULT_HEADINGS: Record<SectionType, string> = {
	narrative: 'Sammendrag',
	'kpi-summary': 'KPI-status mot mål',
	'kpi-trends': 'Utvikling per måned',
	'kpi-areas': 'KPI per samarbeidsområde',
	gantt: 'Handlingsplanen: tidslinje',
	deviations: 'Avvik i handlingsplanen',
	comparison: 'Sammenligning med Halland og Midtjylland',
	legend: 'Leseveiledning',
	definitions: 'Definisjoner og kilder',
	'data-status': 'Om tallene',
	capacity: 'Kapasitet og kø',
};

/** Returns the sections with ids (`sec-<n>-<type>`), headings and KPI lists (all six when none is given). */
export function normalizeSections(specs: ReportSectionSpec[]): ReportSection[] {
	return specs.map((s, i) => ({
		id: `sec-${i + 1}-${s.type}`,
		type: s.type,
		// The legend component carries its own heading, so a custom title would not show.
		heading: s.type === 'legend' ? DEFAULT_HEADINGS.legend : (s.title ?? DEFAULT_HEADINGS[s.type]),
		kpis: s.kpis ?? [...KPI_IDS],
		text: s.text ?? null,
	}));
}
