// A small project for the capacity model's tests, with worked numbers.
import type { CalibrateProjectInput } from '../../src/lib/capacity/calibrate-project';
import { DEFAULT_CAPACITY_SETTINGS } from '../../src/lib/capacity/settings';
import { monthRange } from '../../src/lib/dates';
import { modelNumbers } from '../../src/lib/project/load-project';
import { makeDataset } from './dataset';

// Worked numbers, 2025 (365 days), every month alike:
//   Trondheim (5001):  40 stays, 36 of them 0-day, 20 UKP days, 10 home → a year: 480 stays, 120 home, 240 days
//   Tydal (5033):       2 stays,  2 of them 0-day,  0 UKP days,  1 home → 24, 12, 0
//   Stjørdal (5035):   10 stays,  9 of them 0-day,  5 UKP days,  3 home → 120, 36, 60
// Værnesregionen = Tydal + Stjørdal: 144 stays, 48 home, 96 needing a place, 60 days.
// Helsefellesskapet: 624 stays, 168 home, 456 needing a place (456 ÷ 365 a day), 300 days;
// 60 stays with days (624 − 12 × 47), 300 ÷ 60 = 5 UKP days each.
// Short-term: 10 stays ended and 200 bed-days a month → 2 400 ÷ 120 = 20 days, for every area.
// December 2024 (outside the window) has 1 000 stays in Trondheim, which must not count.
const MONTHS = monthRange('2025-01', '2025-12');
const row = (month: string, code: string, [stays, zero, days, home]: number[]) =>
	`${month},${code},${stays},${zero},${days},${home},10,1\n`;
const ukpRows = (skip: string[] = []) =>
	row('2024-12', '5001', [1000, 0, 5000, 0]) +
	MONTHS.flatMap((m) =>
		[
			['5001', [40, 36, 20, 10]],
			['5033', [2, 2, 0, 1]],
			['5035', [10, 9, 5, 3]],
		]
			.filter(([code]) => !skip.includes(`${m}|${code}`))
			.map(([code, counts]) => row(m, code as string, counts as number[])),
	).join('');
const SHORT_TERM = `month,unit,stays_ended,bed_days\n${MONTHS.map((m) => `${m},oya-helsehus,10,200`).join('\n')}\n`;

/** Returns the input of calibrateProject for the worked numbers, without the rows `skip` names (`month|code`). */
export function capacityInput(skip: string[] = []): CalibrateProjectInput {
	const dataset = makeDataset(ukpRows(skip), { shortTerm: SHORT_TERM });
	const { areas, rollup, targets } = modelNumbers(dataset);
	return { areas, rollup, targets, settings: DEFAULT_CAPACITY_SETTINGS };
}
