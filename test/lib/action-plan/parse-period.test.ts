import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/lib/action-plan/parse-period';

describe('parsePeriod(text)', () => {
	it.each([
		// Every form in the draft's plan table.
		['Innen 1.5.24', { kind: 'deadline', end: '2024-05-01' }],
		['Innen 20.02.24', { kind: 'deadline', end: '2024-02-20' }],
		['Innen 22.3.2024', { kind: 'deadline', end: '2024-03-22' }],
		['Innen 01.07.24', { kind: 'deadline', end: '2024-07-01' }],
		['Innen 31.12.24', { kind: 'deadline', end: '2024-12-31' }],
		['15.3 – 1.9.2024', { kind: 'range', start: '2024-03-15', end: '2024-09-01' }],
		['15.2.24 – 5.6.24', { kind: 'range', start: '2024-02-15', end: '2024-06-05' }],
		['1.3.24 - 31.12.24', { kind: 'range', start: '2024-03-01', end: '2024-12-31' }],
		['1.5.24 – 1.10.24', { kind: 'range', start: '2024-05-01', end: '2024-10-01' }],
		['1.6.24 – 31.12.24', { kind: 'range', start: '2024-06-01', end: '2024-12-31' }],
		['Avhengig av 1.1', { kind: 'after', after: ['1.1'] }],
		['Dato - dato', { kind: 'unscheduled' }],
		['Dato - Dato', { kind: 'unscheduled' }],
		// ISO and variants.
		['2024-05-01', { kind: 'deadline', end: '2024-05-01' }],
		['Innen 2024-05-01', { kind: 'deadline', end: '2024-05-01' }],
		['2024-03-01 – 2024-06-30', { kind: 'range', start: '2024-03-01', end: '2024-06-30' }],
		['2024-03-01 - 2024-06-30', { kind: 'range', start: '2024-03-01', end: '2024-06-30' }],
		['2024-03-01/2024-06-30', { kind: 'range', start: '2024-03-01', end: '2024-06-30' }],
		['1.3.24—2024-06-30', { kind: 'range', start: '2024-03-01', end: '2024-06-30' }],
		['15.11 – 1.3.2025', { kind: 'range', start: '2024-11-15', end: '2025-03-01' }],
		['innen  1.5.24 ', { kind: 'deadline', end: '2024-05-01' }],
		['Avhengig av 1.1 og 2.3', { kind: 'after', after: ['1.1', '2.3'] }],
		['1.3.24 – 1.3.24', { kind: 'range', start: '2024-03-01', end: '2024-03-01' }],
	])('reads %j', (text, period) => {
		expect(parsePeriod(text)).toEqual({ ok: true, period });
	});

	const help =
		'write "Innen D.M.ÅÅ", "D.M.ÅÅ – D.M.ÅÅ", "Avhengig av N.N", "Dato - dato" or ISO dates (YYYY-MM-DD)';
	it.each([
		['Innen sommeren', `"Innen sommeren" is not a period: ${help}`],
		['Q3 2024', `"Q3 2024" is not a period: ${help}`],
		['Avhengig av', `"Avhengig av" is not a period: ${help}`],
		['Innen 31.2.24', '"31.2.24" is not a calendar date'],
		['Innen 1.13.24', '"1.13.24" is not a calendar date'],
		['2024-02-30', '"2024-02-30" is not a calendar date'],
		['Innen 1.5', '"1.5" has no year: write D.M.ÅÅ'],
		['1.3 – 1.6', '"1.6" has no year: write D.M.ÅÅ'],
		['1.6.24 – 1.3.24', 'period "1.6.24 – 1.3.24" ends (2024-03-01) before it starts (2024-06-01)'],
		[
			'2024-06-30 – 2024-03-01',
			'period "2024-06-30 – 2024-03-01" ends (2024-03-01) before it starts (2024-06-30)',
		],
	])('rejects %j', (text, message) => {
		expect(parsePeriod(text)).toEqual({ ok: false, message });
	});
});
