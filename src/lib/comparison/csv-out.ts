/**
 * Returns rows as CSV text (comma-separated, header first, LF line ends). Numbers are written
 * with a dot and at most `decimals` decimals, `null` as an empty cell (missing, not 0); text
 * with commas, quotes or line breaks is quoted.
 */
export function formatCsv(columns: string[], rows: Record<string, string | number | boolean | null>[], decimals = 4): string {
	const cell = (v: string | number | boolean | null) => {
		if (v === null) return '';
		if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toFixed(decimals))) : '';
		const s = String(v);
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(','))].join('\n') + '\n';
}
