import { describe, expect, it } from 'vitest';
import { monthRange } from '../../../src/lib/dates';
import { describeProfile } from '../../../src/lib/kpi/profile-text';
import { computeSeasonalProfile } from '../../../src/lib/kpi/seasonal-profile';

const year = (values: (number | null)[]) =>
	monthRange('2023-01', '2023-12').map((month, i) => ({ month, value: values[i] }));
const DAYS = [150, 120, 110, 90, 80, 70, 120, 70, 80, 90, 100, 120];

describe('describeProfile(profile, setting, baselineYear)', () => {
	it('says a seasonal profile follows the baseline year', () => {
		const text = describeProfile(
			computeSeasonalProfile(year(DAYS), ['2023'], 'seasonal'),
			'seasonal',
			'2023',
		);
		expect(text).toBe(
			'Innstillingen i målfila er «sesong» (seasonal). Månedene får hver sin andel av året, slik UKP-døgnene fordelte seg over månedene i utgangsåret 2023.',
		);
	});

	it('says a flat setting gives 1/12 a month', () => {
		expect(
			describeProfile(computeSeasonalProfile(year(DAYS), ['2023'], 'flat'), 'flat', '2023'),
		).toBe('Innstillingen i målfila er «flat». Hver måned får 1/12 av årsmålet (flat fordeling).');
	});

	it.each([
		[
			'missing months',
			year([...DAYS.slice(0, 10), null, null]),
			['2023'],
			'disse månedene i utgangsåret 2023 mangler fullstendige tall: nov. 2023, des. 2023',
		],
		['no baseline year', year(DAYS), [], 'det ikke er noe utgangsår'],
		['no days', year(Array(12).fill(0)), ['2023'], 'utgangsåret 2023 har 0 UKP-døgn'],
	] as const)('says why a seasonal setting fell back to flat: %s', (_case, values, years, why) => {
		const text = describeProfile(
			computeSeasonalProfile(values, years, 'seasonal'),
			'seasonal',
			'2023',
		);
		expect(text).toContain('«sesong» (seasonal)');
		expect(text).toContain(`Sesongprofilen kunne ikke brukes fordi ${why}.`);
		expect(text).toContain('1/12 av årsmålet');
	});
});
