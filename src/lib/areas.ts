/** Returns a URL-safe slug for Norwegian text (`Trøndelag sørvest` → `trondelag-sorvest`). */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Returns the path of an area's page: `/omrader/5001/` for a municipality, `/omrader/klynge-fosen/` for a cluster, `/` for all. */
export function areaPath(areaId: string): string {
	if (areaId === 'all') return '/';
	if (areaId.startsWith('cluster:')) return `/omrader/klynge-${slugify(areaId.slice('cluster:'.length))}/`;
	return `/omrader/${areaId}/`;
}
