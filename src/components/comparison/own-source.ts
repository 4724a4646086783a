// The source line of the helsefellesskap's own numbers in a comparison figure (SourceNote's `own`).

/** Returns the HTML of the source line for the helsefellesskap's own numbers: definition and period, marked when synthetic. */
export function ownSource(definition: string, period: string, synthetic: boolean): string {
	const tag = synthetic ? ' <span class="synthetic-tag">Syntetiske demodata</span>' : '';
	return `<strong>Helsefellesskapet St. Olavs hospital og kommunene</strong>${tag}<br />Kilde: helsefellesskapets månedsfiler (ukp_monthly.csv, se <a href="/om-data/">Om dataene</a>). Periode: ${period}. Definisjon: ${definition}`;
}

/** The definition of the per-capita figures. */
export const PER_CAPITA_DEFINITION =
	'Σ UKP-døgn i året / innbyggere 67+ (80+) × 1 000; ingen verdi der folketallet mangler.';
