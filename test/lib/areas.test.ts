import { describe, expect, it } from 'vitest';
import {
	areaPath,
	buildAreaModel,
	clusterId,
	clusterName,
	clusterSlug,
	clusterSubpath,
	isClusterId,
} from '../../src/lib/areas';

const MUNICIPALITIES = [
	{ code: '5033', name: 'Tydal', cluster: 'Værnesregionen', population67: 200, population80: 60 },
	{
		code: '5001',
		name: 'Trondheim',
		cluster: 'Trondheim',
		population67: 26000,
		population80: 8000,
	},
	{
		code: '5035',
		name: 'Stjørdal',
		cluster: 'Værnesregionen',
		population67: 4000,
		population80: null,
	},
];

describe('buildAreaModel(municipalities, units, unitNames)', () => {
	const areas = buildAreaModel(
		MUNICIPALITIES,
		['orkdal-helsetun', 'oya-helsehus', 'oya-helsehus'],
		{ 'oya-helsehus': 'Øya helsehus' },
	);

	it('lists all, the clusters by Norwegian name and the municipalities by code', () => {
		expect(areas.ukpAreas.map((a) => a.id)).toEqual([
			'all',
			'cluster:Trondheim',
			'cluster:Værnesregionen',
			'5001',
			'5033',
			'5035',
		]);
		expect(areas.shortTermAreas.map((a) => [a.id, a.name])).toEqual([
			['all', 'Helsefellesskapet'],
			['orkdal-helsetun', 'orkdal-helsetun'],
			['oya-helsehus', 'Øya helsehus'],
		]);
	});

	it('names a cluster plainly and labels it as a samarbeidsområde', () => {
		expect(areas.get('cluster:Værnesregionen')).toMatchObject({
			kind: 'cluster',
			name: 'Værnesregionen',
			label: 'Værnesregionen (samarbeidsområde)',
			members: ['5033', '5035'],
		});
	});

	it('sums populations over members: 200 + 26 000 + 4 000 = 30 200 aged 67+, unknown 80+ when a member lacks it', () => {
		expect(areas.all.population67).toBe(30_200);
		expect(areas.all.population80).toBeNull();
		expect(areas.get('cluster:Trondheim')).toMatchObject({
			population67: 26_000,
			population80: 8000,
		});
	});

	it('tells the areas a municipality counts in: itself, its cluster, all', () => {
		expect(areas.areasOf('5035')).toEqual(['5035', 'cluster:Værnesregionen', 'all']);
		expect(areas.clusterOf('5001')).toBe('cluster:Trondheim');
	});
});

describe('cluster ids and area pages', () => {
	it.each([
		['all', '/'],
		['5001', '/omrader/5001/'],
		['cluster:Trøndelag sørvest', '/omrader/klynge-trondelag-sorvest/'],
		['cluster:Gauldal og fjellregionen', '/omrader/klynge-gauldal-og-fjellregionen/'],
	])('%s has its page at %s', (id, path) => expect(areaPath(id)).toBe(path));

	it('writes and reads the cluster: form in one place', () => {
		expect(clusterId('Fosen')).toBe('cluster:Fosen');
		expect(isClusterId('cluster:Fosen')).toBe(true);
		expect(isClusterId('5001')).toBe(false);
		expect(clusterName('cluster:Fosen')).toBe('Fosen');
	});
});

describe('clusterSlug(id) and clusterSubpath(section, id)', () => {
	it('gives a cluster the same slug on every page about it', () => {
		expect(clusterSlug('cluster:Trøndelag sørvest')).toBe('klynge-trondelag-sorvest');
		expect(areaPath('cluster:Trøndelag sørvest')).toBe(
			`/omrader/${clusterSlug('cluster:Trøndelag sørvest')}/`,
		);
	});

	it.each([
		['/kpi/ukp_days/', 'cluster:Fosen', '/kpi/ukp_days/klynge-fosen/'],
		['/kpi/ukp_days', 'cluster:Fosen', '/kpi/ukp_days/klynge-fosen/'],
		[
			'/sammenligning/kommuner/',
			'cluster:Gauldal og fjellregionen',
			'/sammenligning/kommuner/klynge-gauldal-og-fjellregionen/',
		],
	])('puts the page of %s for %s at %s', (section, id, path) =>
		expect(clusterSubpath(section, id)).toBe(path),
	);
});
