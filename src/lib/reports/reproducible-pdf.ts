/**
 * Returns the PDF with what differs between two prints of the same page made the same: the clock
 * time in the creation and modification dates becomes `date` (YYYY-MM-DD, the data's as-of date)
 * at midnight, and the structure-tree node ids (`/ID (node00001419)`, numbered by the browser's
 * DOM counter) are renumbered 1, 2, 3 … in their order. Every replacement keeps its length, so
 * the cross-reference offsets stay valid, and keeps the order, so the id tree stays sorted.
 */
export function makePdfReproducible(pdf: Uint8Array, date: string): Buffer {
	const text = Buffer.from(pdf).toString('latin1');
	const stamp = `${date.replace(/-/g, '')}000000`;
	const dated = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, `$1${stamp}`);
	const ids = [...new Set([...dated.matchAll(/\(node(\d+)\)/g)].map((m) => m[1]))].sort((a, b) => a.length - b.length || a.localeCompare(b));
	const renumber = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
	const fixed = dated.replace(/\(node(\d+)\)/g, (match, id: string) => {
		const next = renumber.get(id)!;
		return next.length === id.length ? `(node${next})` : match; // a longer number would shift every offset
	});
	return Buffer.from(fixed, 'latin1');
}
