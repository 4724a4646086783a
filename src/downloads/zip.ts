// The zip container of a workbook, written here rather than by a zip library: an .xlsx needs only
// deflated entries, and writing them with Node's zlib takes a tenth of the time of a JavaScript
// deflate. Every entry is stamped with the data's date, so with the same Node (and so the same zlib)
// the bytes are a function of the content alone and two builds give the same file.
import { crc32, deflateRawSync } from 'node:zlib';

/** The DOS date and time fields of a zip entry. */
export interface DosDateTime {
	date: number;
	time: number;
}

/** Returns the DOS date and time of midnight at the start of an ISO date (`2026-11-20`). */
export function dosDateTimeOf(iso: string): DosDateTime {
	const [year, month, day] = iso.split('-').map(Number);
	if (year < 1980 || year > 2107)
		throw new RangeError(`${iso} is outside the years a zip file can store (1980–2107)`);
	return { date: ((year - 1980) << 9) | (month << 5) | day, time: 0 };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
const DEFLATE = 8;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;

/**
 * Returns a zip file of the entries in the order given, each deflated (level 6) and stamped with
 * `stamp`. No zip64: throws when the file would pass 4 GiB or 65 535 entries.
 */
export function writeZip(
	entries: readonly (readonly [path: string, content: Uint8Array])[],
	stamp: DosDateTime,
): Uint8Array {
	if (entries.length > 0xffff) throw new RangeError('more than 65 535 entries needs zip64');
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const [path, content] of entries) {
		if (content.length > 0xffffffff)
			throw new RangeError(`${path}: an entry over 4 GiB needs zip64`);
		const name = new TextEncoder().encode(path);
		const data = deflateRawSync(content, { level: 6 });
		const fields = {
			flags: /^[\x20-\x7e]*$/.test(path) ? 0 : UTF8_NAME,
			crc: crc32(content),
			compressed: data.length,
			size: content.length,
			name,
		};
		const local = header(30, name.length);
		local.view.setUint32(0, LOCAL_HEADER, true);
		local.view.setUint16(4, VERSION, true);
		entryFields(local.view, 6, fields, stamp);
		local.bytes.set(name, 30);
		const central = header(46, name.length);
		central.view.setUint32(0, CENTRAL_HEADER, true);
		central.view.setUint16(4, VERSION, true);
		central.view.setUint16(6, VERSION, true);
		entryFields(central.view, 8, fields, stamp);
		central.view.setUint32(42, offset, true);
		central.bytes.set(name, 46);
		locals.push(local.bytes, data);
		centrals.push(central.bytes);
		offset += local.bytes.length + data.length;
	}
	const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
	if (offset + directorySize > 0xffffffff) throw new RangeError('a zip over 4 GiB needs zip64');
	const end = header(22, 0);
	end.view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
	end.view.setUint16(8, entries.length, true);
	end.view.setUint16(10, entries.length, true);
	end.view.setUint32(12, directorySize, true);
	end.view.setUint32(16, offset, true);
	const out = new Uint8Array(offset + directorySize + end.bytes.length);
	let at = 0;
	for (const part of [...locals, ...centrals, end.bytes]) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

function header(size: number, nameLength: number): { bytes: Uint8Array; view: DataView } {
	const bytes = new Uint8Array(size + nameLength);
	return { bytes, view: new DataView(bytes.buffer) };
}

/** Writes the fields local and central headers share, from "flags" on (26 bytes; extra and comment lengths stay 0). */
function entryFields(
	view: DataView,
	at: number,
	f: { flags: number; crc: number; compressed: number; size: number; name: Uint8Array },
	stamp: DosDateTime,
): void {
	view.setUint16(at, f.flags, true);
	view.setUint16(at + 2, DEFLATE, true);
	view.setUint16(at + 4, stamp.time, true);
	view.setUint16(at + 6, stamp.date, true);
	view.setUint32(at + 8, f.crc, true);
	view.setUint32(at + 12, f.compressed, true);
	view.setUint32(at + 16, f.size, true);
	view.setUint16(at + 20, f.name.length, true);
}
