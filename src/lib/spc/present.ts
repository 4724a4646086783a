import type { SpcSettings } from './settings';
import type { Assurance, Direction, SpcRule, SpcSeries, Variation } from './types';

// The words of DOMAIN.md "Variation" in bokmål: every icon is shown with one of these, never alone.

/** Returns the label of each variation, as the icon's text. */
export const VARIATION_WORDS: Readonly<Record<Variation, string>> = {
	none: 'Ingen vurdering',
	common: 'Felles årsak',
	improvement: 'Særskilt årsak – forbedring',
	concern: 'Særskilt årsak – bekymring',
};

/** Returns the label of each assurance, as the icon's text. */
export const ASSURANCE_WORDS: Readonly<Record<Assurance, string>> = {
	none: 'Ingen vurdering',
	pass: 'Når målet hver gang',
	fail: 'Når ikke målet',
	hit_or_miss: 'Kan nå målet, men ikke sikkert',
};

/** Returns the name of each rule as the chart's key and tables give it, with a short form for the chart's signal rows. */
export const RULE_WORDS: Readonly<Record<SpcRule, { label: string; short: string }>> = {
	astronomical: { label: 'Utenfor prosessgrensene', short: 'Utenfor' },
	trend: { label: 'Trend', short: 'Trend' },
	two_of_three: { label: 'To av tre nær grensen', short: 'To av tre' },
	shift: { label: 'Skift', short: 'Skift' },
};

/** Returns a rule's meaning in one clause, with the run lengths of the settings (e.g. «6 punkter på rad over eller under gjennomsnittet»). */
export function explainRule(
	rule: SpcRule,
	settings: Pick<SpcSettings, 'shift_points' | 'trend_points'>,
): string {
	switch (rule) {
		case 'astronomical':
			return 'et punkt over øvre eller under nedre prosessgrense';
		case 'trend':
			return `${settings.trend_points} punkter på rad som hvert er høyere (eller hvert lavere) enn det før`;
		case 'two_of_three':
			return 'to av tre punkter på rad nær en av grensene (mer enn to tredjedeler av veien fra gjennomsnittet), på samme side';
		case 'shift':
			return `${settings.shift_points} punkter på rad over (eller under) gjennomsnittet`;
	}
}

/** Returns which side of normal the latest point of a special cause lies on (`high` or `low`), or `null` for no special cause. */
export function variationSide(variation: Variation, direction: Direction): 'high' | 'low' | null {
	if (variation !== 'improvement' && variation !== 'concern') return null;
	return (variation === 'improvement') === (direction === 'higher') ? 'high' : 'low';
}

/**
 * Returns why a series has no variation or assurance, as a clause after «Ingen vurdering:», or
 * `null` when it has one: no values; no target for the area (assurance; said first); too few
 * points for limits (`min_points`; for variation, since the latest rebase when there is one).
 */
export function whyNotAssessed(
	series: SpcSeries | undefined,
	kind: 'variation' | 'assurance',
	minPoints: number,
): string | null {
	if ((kind === 'variation' ? series?.variation : series?.assurance) !== 'none')
		return series === undefined ? 'ingen tall' : null;
	const segments = series!.segments;
	if (segments.length === 0) return 'ingen tall';
	if (kind === 'assurance' && series!.target === null) return 'ikke noe mål for dette området';
	return `færre enn ${minPoints} måneder med tall${kind === 'variation' && segments.length > 1 ? ' siden siste nye periode' : ''}`;
}
