import type { Municipality } from './schema';

// The one area model: the whole helsefellesskap ("all"), its clusters (samarbeidsområder,
// `cluster:<name>`), its municipalities (kommunenummer) and, for short-term stays, the units.
// Every page, sum, KPI, comparison and suppression rule takes areas from here.

/** The id of the whole helsefellesskap. */
export const ALL = 'all';
const CLUSTER_PREFIX = 'cluster:';

export type AreaKind = 'all' | 'cluster' | 'municipality' | 'unit';

/** An area a number is computed for. */
export interface Area {
	/** `all`, `cluster:<name>`, a 4-digit municipality code, or a unit id. */
	id: string;
	kind: AreaKind;
	/** Name as a heading shows it: `Helsefellesskapet`, `Fosen`, `Trondheim`, `Øya helsehus`. */
	name: string;
	/** Name that says what kind of area it is where that is not plain: `Fosen (samarbeidsområde)`. */
	label: string;
	/** Municipality codes in the area (one for a municipality; none for a unit). */
	members: string[];
	/** Inhabitants aged 67+ / 80+: the sum over members, `null` when any member lacks the number. */
	population67: number | null;
	population80: number | null;
}

/** The areas of a data set and how they nest. */
export interface AreaModel {
	all: Area;
	clusters: Area[];
	municipalities: Area[];
	units: Area[];
	/** Areas of the UKP numbers, in page order: all, clusters (by name), municipalities (by code). */
	ukpAreas: Area[];
	/** Areas of the short-term numbers: all, then each unit. */
	shortTermAreas: Area[];
	/** Returns the area with an id (UKP areas first; a unit id otherwise). */
	get(id: string): Area | undefined;
	/** Returns the areas a municipality's numbers count in: itself, its cluster, `all`. */
	areasOf(code: string): string[];
	/** Returns the cluster id of a municipality. */
	clusterOf(code: string): string | undefined;
}

/** Returns the id of the area that stands for a cluster: `cluster:<name>`. */
export function clusterId(name: string): string {
	return CLUSTER_PREFIX + name;
}

/** Returns true for a cluster id. */
export function isClusterId(id: string): boolean {
	return id.startsWith(CLUSTER_PREFIX);
}

/** Returns the cluster name of a cluster id (`cluster:Fosen` → `Fosen`). */
export function clusterName(id: string): string {
	return id.slice(CLUSTER_PREFIX.length);
}

/**
 * Returns the area model of a municipality list and the short-term unit ids. Clusters are sorted
 * by Norwegian name, municipalities by code, units by id; `unitNames` gives units their names.
 */
export function buildAreaModel(
	municipalities: readonly Municipality[],
	unitIds: readonly string[] = [],
	unitNames: Record<string, string> = {},
): AreaModel {
	const area = (
		id: string,
		kind: AreaKind,
		name: string,
		label: string,
		members: readonly Municipality[],
	): Area => ({
		id,
		kind,
		name,
		label,
		members: members.map((m) => m.code),
		population67: sumPopulation(members.map((m) => m.population67)),
		population80: sumPopulation(members.map((m) => m.population80)),
	});
	const names = [...new Set(municipalities.map((m) => m.cluster))].sort((a, b) =>
		a.localeCompare(b, 'nb'),
	);
	const all = area(ALL, 'all', 'Helsefellesskapet', 'Helsefellesskapet', municipalities);
	const clusters = names.map((c) =>
		area(
			clusterId(c),
			'cluster',
			c,
			`${c} (samarbeidsområde)`,
			municipalities.filter((m) => m.cluster === c),
		),
	);
	const own = [...municipalities]
		.sort((a, b) => a.code.localeCompare(b.code))
		.map((m) => area(m.code, 'municipality', m.name, m.name, [m]));
	const units = [...new Set(unitIds)]
		.sort()
		.map((id) => area(id, 'unit', unitNames[id] ?? id, unitNames[id] ?? id, []));
	const byId = new Map([...units, all, ...clusters, ...own].map((a) => [a.id, a]));
	const clusterOf = new Map(municipalities.map((m) => [m.code, clusterId(m.cluster)]));
	return {
		all,
		clusters,
		municipalities: own,
		units,
		ukpAreas: [all, ...clusters, ...own],
		shortTermAreas: [all, ...units],
		get: (id) => byId.get(id),
		areasOf: (code) => [code, clusterOf.get(code)!, ALL],
		clusterOf: (code) => clusterOf.get(code),
	};
}

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
	if (areaId === ALL) return '/';
	if (isClusterId(areaId)) return `/omrader/${clusterSlug(areaId)}/`;
	return `/omrader/${areaId}/`;
}

/** Returns the slug of a cluster's pages: `klynge-trondelag-sorvest` for `cluster:Trøndelag sørvest`. */
export function clusterSlug(id: string): string {
	return `klynge-${slugify(clusterName(id))}`;
}

/**
 * Returns the path of the page under `section` that lists one cluster's municipalities, where the
 * section's own page shows only the helsefellesskap and the clusters (so it stays light with hundreds
 * of municipalities): `clusterSubpath('/kpi/ukp_days/', 'cluster:Fosen')` → `/kpi/ukp_days/klynge-fosen/`.
 */
export function clusterSubpath(section: string, id: string): string {
	return `${section.replace(/\/?$/, '/')}${clusterSlug(id)}/`;
}

// A partial sum of populations would not match the area's days: any unknown member makes it unknown.
function sumPopulation(values: (number | null)[]): number | null {
	if (values.length === 0 || values.some((v) => v === null)) return null;
	return (values as number[]).reduce((a, b) => a + b, 0);
}
