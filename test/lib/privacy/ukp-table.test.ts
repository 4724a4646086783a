import { describe, expect, it } from 'vitest';
import { shownPredicate } from '../../../src/lib/privacy/hidden-set';
import { chooseHiddenCells } from '../../../src/lib/privacy/suppress';
import {
	outputShown,
	publicShortTermRows,
	publicUkpRows,
} from '../../../src/lib/privacy/ukp-table';
import { grid, row, tableOf } from '../../helpers/privacy';

describe('publicUkpRows(rows)', () => {
	it('empties a partly empty group of a row, as the protected table withholds it, and keeps whole groups', () => {
		const rows = [
			row('2025-11', '5034', [15, 13, 3, null, 14, 0]),
			row('2025-03', '5036', [11, 10, 1, 1, null, null]),
			row('2025-01', '5001'),
		];
		expect(publicUkpRows(rows)).toEqual([
			row('2025-11', '5034', [null, null, null, null, 14, 0]),
			rows[1],
			rows[2],
		]);
	});
});

describe('publicShortTermRows(rows)', () => {
	it('empties a row with one of its two cells empty', () => {
		const rows = [
			{ month: '2025-01', unit: 'oya-helsehus', staysEnded: 100, bedDays: null },
			{ month: '2025-01', unit: 'orkdal-helsetun', staysEnded: 20, bedDays: 400 },
		];
		expect(publicShortTermRows(rows)).toEqual([{ ...rows[0], staysEnded: null }, rows[1]]);
	});
});

describe('outputShown(shown)', () => {
	const set = chooseHiddenCells(
		tableOf(grid(['2025-01', '2025-02'], { '5033|2025-02': [30, 28, 9, 10, 30, 10] })),
	);
	const shown = outputShown(shownPredicate(set));

	it('shows a KPI only where every count behind it may be shown', () => {
		// 2 stays with days: the stays group of Tydal 2025-02 is hidden, its readmissions are not.
		expect(shown('mean_ukp_days', '5033', '2025-02')).toBe(false);
		expect(shown('ukp_days', '5033', '2025-02')).toBe(false);
		expect(shown('readmission_share', '5033', '2025-02')).toBe(true);
		expect(shown('zero_day_share', '5001', '2025-02')).toBe(true);
	});

	it('hides the exact Swedish payment when the table has no payable days (nothing vouches for it)', () => {
		expect(shown('sweden_payment_exact', '5001', '2025-02')).toBe(false);
		expect(shown('norway_payment', '5001', '2025-02')).toBe(true);
	});
});
