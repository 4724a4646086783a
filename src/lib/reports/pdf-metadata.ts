/**
 * Returns the PDF with the clock time in its creation and modification dates replaced by `date`
 * (YYYY-MM-DD, the data's as-of date) at midnight, so the same data gives the same file. Only the
 * 14 digits change, so the cross-reference offsets stay valid.
 */
export function normalizePdfMetadata(pdf: Uint8Array, date: string): Buffer {
	const text = Buffer.from(pdf).toString('latin1');
	const stamp = `${date.replace(/-/g, '')}000000`;
	return Buffer.from(text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, `$1${stamp}`), 'latin1');
}
