// A zip file stores each entry's modification time twice (local header and central directory) as
// MS-DOS date and time fields. Zip libraries stamp them with the clock (JSZip's default date is
// the time of the call), so two builds of the same table could differ. Rewriting those four bytes
// per header afterwards makes the file a function of its content alone, whatever the library does
// inside, and touches neither the compressed data nor the CRCs.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Extended-timestamp extra field ("UT"): a second clock stamp that rewriting the DOS fields would miss. */
const EXTENDED_TIMESTAMP = 0x5455;

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

/**
 * Returns a copy of a zip file with every entry's modification date and time set to `stamp`, in
 * the local headers and the central directory alike. Throws on a file it cannot rewrite safely:
 * no end-of-central-directory record, a header out of place, zip64, or an extended-timestamp field.
 */
export function normalizeZipTimestamps(zip: Uint8Array, stamp: DosDateTime): Uint8Array {
	const out = new Uint8Array(zip);
	const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
	const end = findEndOfCentralDirectory(view);
	const entries = view.getUint16(end + 10, true);
	if (entries === 0xffff) throw new Error('zip64 archives are not supported');
	let at = view.getUint32(end + 16, true);
	for (let i = 0; i < entries; i++) {
		expectSignature(view, at, CENTRAL_HEADER, 'central directory header');
		const local = view.getUint32(at + 42, true);
		expectSignature(view, local, LOCAL_HEADER, 'local file header');
		stampHeader(view, at + 12, stamp);
		stampHeader(view, local + 10, stamp);
		checkExtraFields(view, at + 46 + view.getUint16(at + 28, true), view.getUint16(at + 30, true));
		checkExtraFields(
			view,
			local + 30 + view.getUint16(local + 26, true),
			view.getUint16(local + 28, true),
		);
		at +=
			46 +
			view.getUint16(at + 28, true) +
			view.getUint16(at + 30, true) +
			view.getUint16(at + 32, true);
	}
	return out;
}

// The record sits at the very end unless the archive has a comment (at most 65 535 bytes).
function findEndOfCentralDirectory(view: DataView): number {
	const last = view.byteLength - 22;
	for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
		if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
	}
	throw new Error('not a zip file: no end-of-central-directory record');
}

function expectSignature(view: DataView, at: number, signature: number, what: string): void {
	if (at + 4 > view.byteLength || view.getUint32(at, true) !== signature)
		throw new Error(`not a well-formed zip file: no ${what} at byte ${at}`);
}

function stampHeader(view: DataView, at: number, stamp: DosDateTime): void {
	view.setUint16(at, stamp.time, true);
	view.setUint16(at + 2, stamp.date, true);
}

function checkExtraFields(view: DataView, start: number, length: number): void {
	for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
		if (view.getUint16(at, true) === EXTENDED_TIMESTAMP)
			throw new Error(
				'the zip file has an extended-timestamp field, which this rewrite does not cover',
			);
	}
}
