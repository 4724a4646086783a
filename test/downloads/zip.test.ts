import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { dosDateTimeOf, writeZip } from '../../src/downloads/zip';

const encode = (text: string) => new TextEncoder().encode(text);
const ENTRIES = [
	['[Content_Types].xml', encode('<?xml version="1.0" encoding="UTF-8"?><Types/>')],
	['xl/worksheets/sheet1.xml', encode('<worksheet>Frøya, Åfjord, Værnes</worksheet>'.repeat(50))],
] as const;
/** CRC-32 of the first entry's text, worked out with Python's `zlib.crc32`. */
const crcOfFirst = 3739478860;

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

describe('writeZip(entries, stamp)', () => {
	const stamp = dosDateTimeOf('2026-11-20');
	const zip = writeZip(ENTRIES, stamp);
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);

	it('gives a zip another reader (SheetJS) opens, with every entry and its bytes', () => {
		const read = XLSX.CFB.read(Buffer.from(zip), { type: 'buffer' });
		for (const [path, content] of ENTRIES) {
			const entry = XLSX.CFB.find(read, `/${path}`);
			expect(entry, path).toBeTruthy();
			expect(new TextDecoder().decode(entry!.content as Uint8Array)).toBe(
				new TextDecoder().decode(content),
			);
		}
	});

	it('writes the headers by the book: signature, deflate, the date, the CRC-32 and sizes', () => {
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		expect(view.getUint16(8, true)).toBe(8);
		expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([
			0,
			(46 << 9) | (11 << 5) | 20,
		]);
		expect(view.getUint32(14, true)).toBe(crcOfFirst);
		expect(view.getUint32(22, true)).toBe(ENTRIES[0][1].length);
		// The end record: two entries, and the directory right after the data.
		const end = zip.length - 22;
		expect(view.getUint32(end, true)).toBe(0x06054b50);
		expect(view.getUint16(end + 10, true)).toBe(2);
		expect(view.getUint32(end + 16, true) + view.getUint32(end + 12, true)).toBe(end);
	});

	it('marks a name with letters beyond ASCII as UTF-8 in both headers, and only that one', () => {
		const named = writeZip([...ENTRIES, ['xl/media/Frøya.xml', encode('<x/>')]], stamp);
		const v = new DataView(named.buffer, named.byteOffset, named.byteLength);
		const end = named.length - 22;
		const centrals: number[] = [];
		for (let at = v.getUint32(end + 16, true), i = 0; i < 3; i++) {
			centrals.push(at);
			at += 46 + v.getUint16(at + 28, true);
		}
		// Bit 11 of the flags, in the central header (offset 8) and the local one it points at (offset 6).
		const utf8 = centrals.map((at) => [
			(v.getUint16(at + 8, true) >> 11) & 1,
			(v.getUint16(v.getUint32(at + 42, true) + 6, true) >> 11) & 1,
		]);
		expect(utf8).toEqual([
			[0, 0],
			[0, 0],
			[1, 1],
		]);
		// The name itself is its UTF-8 bytes (SheetJS ignores the flag, so the bytes are read here).
		const name = encode('xl/media/Frøya.xml');
		expect(Buffer.from(named.subarray(centrals[2] + 46, centrals[2] + 46 + name.length))).toEqual(
			Buffer.from(name),
		);
	});

	it('gives each central header the CRC and sizes of its local header', () => {
		const end = zip.length - 22;
		for (
			let at = view.getUint32(end + 16, true);
			at < end;
			at += 46 + view.getUint16(at + 28, true)
		) {
			const local = view.getUint32(at + 42, true);
			expect([16, 20, 24].map((o) => view.getUint32(at + o, true))).toEqual(
				[14, 18, 22].map((o) => view.getUint32(local + o, true)),
			);
		}
		expect(view.getUint32(zip.length - 22 + 12, true)).toBe(end - view.getUint32(end + 16, true));
	});

	it('compresses: the repeated sheet takes far fewer bytes than its text', () => {
		expect(zip.length).toBeLessThan(ENTRIES[1][1].length / 5);
	});

	it('gives the same bytes for the same entries, and other bytes for another date', () => {
		expect(Buffer.from(writeZip(ENTRIES, stamp)).equals(Buffer.from(zip))).toBe(true);
		expect(
			Buffer.from(writeZip(ENTRIES, dosDateTimeOf('2026-11-21'))).equals(Buffer.from(zip)),
		).toBe(false);
	});
});
