import { describe, expect, it } from 'vitest';
import { addMonths, IsoDateSchema, isIsoDate, isMonth, monthRange } from '../../src/lib/dates';

describe('isIsoDate(value) and IsoDateSchema: one date type with a real calendar check', () => {
	it.each(['2024-02-29', '2026-11-20', '2000-02-29'])('accepts %s', (d) => {
		expect(isIsoDate(d)).toBe(true);
		expect(IsoDateSchema.safeParse(d).success).toBe(true);
	});
	it.each(['2023-02-29', '2026-02-30', '2023-02-31', '2024-13-01', '2024-1-01', '1900-02-29'])(
		'refuses %s',
		(d) => {
			expect(isIsoDate(d)).toBe(false);
			expect(IsoDateSchema.safeParse(d).success).toBe(false);
		},
	);
});

describe('months', () => {
	it('counts across year ends', () => {
		expect(addMonths('2025-11', 3)).toBe('2026-02');
		expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthRange('2026-02', '2025-11')).toEqual([]);
	});
	it.each([
		['2024-13', false],
		['2024-00', false],
		['2024-1', false],
		['2024-12', true],
	])('isMonth(%s) is %s', (m, ok) => expect(isMonth(m)).toBe(ok));
});
