import type { CalibrationGap } from './calibrate';
import type { TargetBasis } from './calibrate-project';

// The capacity model's reasons and bases in plain bokmål, for the page and the meeting pack.

const GAPS: Record<CalibrationGap, string> = {
	no_arrivals: 'ingen UKP-opphold trengte plass i perioden, så det er ingen kø å regne på',
	no_short_term_stays: 'ingen korttidsopphold ble avsluttet i perioden, så liggetiden er ukjent',
	no_ukp_days:
		'ingen UKP-døgn i perioden: ethvert antall plasser godt over lasten passer, så antallet kan ikke beregnes',
	beyond_search: 'ikke noe rimelig antall plasser gir de observerte UKP-døgnene',
};

/** Returns why a calibration is missing, as a clause in bokmål (no capital, no full stop). */
export function formatCalibrationGap(gap: CalibrationGap): string {
	return GAPS[gap];
}

const BASES: Record<TargetBasis, string> = {
	target: 'målet for helsefellesskapet',
	area_target: 'områdets eget mål i måldokumentet',
	share_of_target: 'en del av målet like stor som områdets andel av UKP-døgnene (forutsetning)',
};

/** Returns where an area's target comes from, in bokmål. */
export function formatTargetBasis(basis: TargetBasis): string {
	return BASES[basis];
}
