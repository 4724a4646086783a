import { formatMonth, MISSING } from '../format';
import type { ChangeReason } from './diff';
import { shownValue } from './figures';
import type { FrozenFigure } from './schema';

/** The words for each {@link ChangeReason}, as the pages say them. */
export const REASON_LABELS: Record<ChangeReason, string> = {
	final: 'Var foreløpig, er nå endelig (30 dager har gått)',
	'late-rows': 'Etterregistrert: flere måneder eller kommuner har tall nå',
	hidden: 'Skjult nå for å verne små tall',
	revised: 'Revidert: tallene for perioden er rettet',
};

/** Returns a figure as a reader sees it: `86,4 %`, `16,2 % (foreløpig)`, `skjult`; `–` for no figure or no value. */
export function formatFigure(figure: FrozenFigure | null): string {
	if (!figure) return MISSING;
	if (figure.hidden) return 'skjult';
	return `${shownValue(figure.kpi, figure.value)}${figure.provisional ? ' (foreløpig)' : ''}`;
}

/** Returns a figure's period in words: a month short (`okt. 2026`); a year to date through `through` as `jan.–okt. 2026`. */
export function formatFigurePeriod(period: string, through: string | null): string {
	if (!/^\d{4}$/.test(period)) return formatMonth(period);
	return through
		? `${formatMonth(`${period}-01`).replace(/ \d{4}$/, '')}–${formatMonth(through)}`
		: `hittil i ${period}`;
}
