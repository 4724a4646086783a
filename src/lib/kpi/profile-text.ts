import { formatMonth } from '../format';
import type { ProfileSetting, SeasonalProfile } from './seasonal-profile';

/**
 * Returns, in bokmål, how a count KPI's yearly target is spread over the months: the setting in
 * the targets file and what was used; when a seasonal setting fell back to flat, why (no baseline
 * year, baseline months without complete numbers, no days in the baseline year).
 */
export function describeProfile(
	profile: SeasonalProfile,
	setting: ProfileSetting,
	baselineYear: string,
): string {
	const set = `Innstillingen i målfila er ${setting === 'seasonal' ? '«sesong» (seasonal)' : '«flat»'}.`;
	if (profile.kind === 'seasonal')
		return `${set} Månedene får hver sin andel av året, slik UKP-døgnene fordelte seg over månedene i utgangsåret ${baselineYear}.`;
	const flat = 'Hver måned får derfor 1/12 av årsmålet (flat fordeling).';
	switch (profile.flatBecause) {
		case 'missing_months':
			return `${set} Sesongprofilen kunne ikke brukes fordi disse månedene i utgangsåret ${baselineYear} mangler fullstendige tall: ${profile.missingMonths.map(formatMonth).join(', ')}. ${flat}`;
		case 'no_baseline':
			return `${set} Sesongprofilen kunne ikke brukes fordi det ikke er noe utgangsår. ${flat}`;
		case 'no_days':
			return `${set} Sesongprofilen kunne ikke brukes fordi utgangsåret ${baselineYear} har 0 UKP-døgn. ${flat}`;
		default:
			return `${set} Hver måned får 1/12 av årsmålet (flat fordeling).`;
	}
}
