import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dosDateTimeOf, normalizeZipTimestamps } from '../../src/downloads/zip-timestamps';

// A zip straight from JSZip with its default dates, without the rewrite: its entries carry the clock.
async function rawWorkbook(): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types/>');
	zip.file(
		'xl/worksheets/sheet1.xml',
		'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Frøya</t></is></c></row></sheetData></worksheet>',
	);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('dosDateTimeOf(iso)', () => {
	it.each([
		['1980-01-01', { date: (0 << 9) | (1 << 5) | 1, time: 0 }],
		['2026-11-20', { date: (46 << 9) | (11 << 5) | 20, time: 0 }],
	])('%s → the DOS date of that day at midnight', (iso, stamp) => {
		expect(dosDateTimeOf(iso)).toEqual(stamp);
	});

	it('refuses a year a zip file cannot hold', () => {
		expect(() => dosDateTimeOf('1979-12-31')).toThrow('outside the years a zip file can store');
	});
});

describe('normalizeZipTimestamps(zip, stamp)', () => {
	afterEach(() => vi.useRealTimers());

	it('makes two archives written at different times identical', async () => {
		vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-01T10:00:00Z') });
		const first = await rawWorkbook();
		vi.setSystemTime(new Date('2030-06-01T17:45:33Z'));
		const second = await rawWorkbook();
		expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
		const stamp = dosDateTimeOf('2024-01-01');
		expect(
			Buffer.from(normalizeZipTimestamps(first, stamp)).equals(
				Buffer.from(normalizeZipTimestamps(second, stamp)),
			),
		).toBe(true);
	});

	it('changes nothing but the timestamps, and leaves its input untouched', async () => {
		const raw = await rawWorkbook();
		const copy = raw.slice();
		const out = normalizeZipTimestamps(raw, dosDateTimeOf('2024-01-01'));
		expect(Buffer.from(raw).equals(Buffer.from(copy))).toBe(true);
		expect(out.length).toBe(raw.length);
		const differing = [...out.keys()].filter((i) => out[i] !== raw[i]).length;
		expect(differing).toBeGreaterThan(0);
		expect(differing).toBeLessThanOrEqual(8 * 2 * 20);
	});

	it('is idempotent', async () => {
		const stamp = dosDateTimeOf('2024-01-01');
		const once = normalizeZipTimestamps(await rawWorkbook(), stamp);
		expect(Buffer.from(normalizeZipTimestamps(once, stamp)).equals(Buffer.from(once))).toBe(true);
	});

	it('refuses bytes that are not a zip file', () => {
		expect(() =>
			normalizeZipTimestamps(
				new TextEncoder().encode('month,value\n2024-01,3\n'),
				dosDateTimeOf('2024-01-01'),
			),
		).toThrow('not a zip file');
	});
});
