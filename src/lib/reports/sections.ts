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
	/** `goal-year`: the year held against the targets; `null` for other sections. */
	year: string | null;
}

/** The heading each section type gets when the front matter gives no `title`. */
export const DEFAULT_HEADINGS: Record<SectionType, string> = {
	narrative: 'Sammendrag',
	'since-last-meeting': 'Siden forrige møte',
	'kpi-summary': 'KPI-status mot mål',
	'goal-year': 'Nådde vi målene?',
	'kpi-trends': 'Utvikling per måned',
	'kpi-areas': 'KPI per samarbeidsområde',
	'spc-summary': 'Signal eller støy: variasjon og måloppnåelse',
	'spc-charts': 'SPC-diagrammer per måned',
	gantt: 'Handlingsplanen: tidslinje',
	'plan-status': 'Status for hvert tiltak, per aktivitet',
	deviations: 'Avvik i handlingsplanen',
	comparison: 'Sammenligning med Halland og Midtjylland',
	legend: 'Leseveiledning',
	definitions: 'Definisjoner og kilder',
	'data-status': 'Om tallene',
	capacity: 'Kapasitet og kø',
};

/**
 * Returns the sections with ids (`sec-<n>-<type>`), headings and KPI lists (all six when none is
 * given). A `goal-year` section without a `year` takes `goalYear` (the 100 % milestone's year) and
 * is headed «Nådde vi målene for <year>?».
 */
export function normalizeSections(specs: ReportSectionSpec[], goalYear?: string): ReportSection[] {
	return specs.map((s, i) => {
		const year = s.type === 'goal-year' ? (s.year ?? goalYear ?? null) : null;
		return {
			id: `sec-${i + 1}-${s.type}`,
			type: s.type,
			heading: headingOf(s, year),
			kpis: s.kpis ?? [...KPI_IDS],
			text: s.text ?? null,
			year,
		};
	});
}

function headingOf(s: ReportSectionSpec, year: string | null): string {
	// The legend component carries its own heading, so a custom title would not show.
	if (s.type === 'legend') return DEFAULT_HEADINGS.legend;
	if (s.title) return s.title;
	return s.type === 'goal-year' && year ? `Nådde vi målene for ${year}?` : DEFAULT_HEADINGS[s.type];
}
