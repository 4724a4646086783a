/// <reference types="vite/client" />
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterSlug } from '../../src/lib/areas';
import { getProject } from '../../src/loaders/project';

// Issue 11, item 4: pages that listed every municipality list the helsefellesskap and the clusters,
// and each cluster's municipalities are on a page of their own, so no page grows with the number of
// municipalities. Rendered through the same Astro pipeline as `astro build`, from the bundled data.

type Page = Parameters<AstroContainer['renderToString']>[0];
const pages = import.meta.glob<Page>(
	[
		'../../src/pages/kpi/\\[id\\]/*.astro',
		'../../src/pages/sammenligning/*.astro',
		'../../src/pages/sammenligning/*/\\[cluster\\].astro',
	],
	{ eager: true, import: 'default' },
);
const page = (path: string) => pages[`../../src/pages/${path}.astro`];

const { areas } = getProject('data');
const fosen = areas.clusters.find((c) => c.name === 'Fosen')!;
const inFosen = fosen.members.map((code) => areas.get(code)!);
const elsewhere = areas.municipalities.find(
	(m) => !fosen.members.includes(m.id) && !areas.clusters.some((c) => c.name === m.name),
)!;

let container: AstroContainer;
const render = (
	component: Page,
	url: string,
	params: Record<string, string> = {},
	props: Record<string, unknown> = {},
) =>
	container.renderToString(component, {
		request: new Request(`https://pasientflyt.example.no${url}`),
		params,
		props,
	});
beforeAll(async () => {
	container = await AstroContainer.create();
});
/** Returns the body of the table whose caption starts with `caption`. */
const table = (html: string, caption: string) =>
	new RegExp(`<caption[^>]*>${caption}[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
const rowHeads = (html: string) =>
	[...html.matchAll(/<th scope="row"[^>]*>(?:<a [^>]*>)?([^<]*)/g)].map((m) => m[1]);

describe('/kpi/<id>/ and /kpi/<id>/klynge-<slug>/', () => {
	let kpiPage: string;
	let clusterPage: string;
	beforeAll(async () => {
		kpiPage = await render(page('kpi/[id]/index'), '/kpi/zero_day_share/', {
			id: 'zero_day_share',
		});
		clusterPage = await render(
			page('kpi/[id]/[cluster]'),
			'/kpi/zero_day_share/klynge-fosen/',
			{ id: 'zero_day_share', cluster: 'klynge-fosen' },
			{ cluster: fosen },
		);
	});

	it('shows the helsefellesskap and every cluster in the area table, no municipality', () => {
		const heads = rowHeads(table(kpiPage, 'Andel UKP-opphold med 0 døgn per samarbeidsområde'));
		expect(new Set(heads)).toEqual(
			new Set(['Helsefellesskapet', ...areas.clusters.map((c) => c.name)]),
		);
		expect(heads).not.toContain(elsewhere.name);
	});

	it('links each cluster to the page with its municipalities and says so, the CSV keeps them all', () => {
		for (const c of areas.clusters)
			expect(kpiPage).toContain(`href="/kpi/zero_day_share/${clusterSlug(c.id)}/"`);
		expect(kpiPage).toContain('Kommunene står på en egen side for hvert samarbeidsområde');
		expect(kpiPage).toMatch(/<h3 id="kommunene"[^>]*>Kommunene per samarbeidsområde<\/h3>/);
		expect(kpiPage).toContain('href="/kpi/zero_day_share/omrader.csv"');
	});

	it('lists the cluster and its municipalities on the cluster page, with count cells the leak checker reads', () => {
		const body = table(clusterPage, 'Andel UKP-opphold med 0 døgn, Fosen og kommunene');
		expect(new Set(rowHeads(body))).toEqual(new Set(['Fosen', ...inFosen.map((m) => m.name)]));
		for (const m of inFosen) {
			expect(body).toContain(`href="/omrader/${m.id}/"`);
			expect(body).toMatch(new RegExp(`data-sum="ukp_stays_zero_days\\|${m.id}\\|\\d{4}"`));
		}
	});

	it('says where it sits: a breadcrumb to the KPI, a heading naming the cluster, links to the other clusters', () => {
		expect(clusterPage).toMatch(
			/<nav class="breadcrumb" aria-label="Brødsmulesti"[^>]*>[\s\S]*href="\/kpi\/"[\s\S]*href="\/kpi\/zero_day_share\/"[\s\S]*aria-current="page"[^>]*>Fosen</,
		);
		expect(clusterPage).toMatch(/<h1[^>]*>Andel UKP-opphold med 0 døgn: kommunene i Fosen<\/h1>/);
		for (const c of areas.clusters.filter((c) => c !== fosen))
			expect(clusterPage).toContain(`href="/kpi/zero_day_share/${clusterSlug(c.id)}/"`);
	});

	it('draws each level icon once as a symbol and points to it from every row, the words beside it', () => {
		for (const html of [kpiPage, clusterPage]) {
			expect(html.match(/<symbol id="level-(green|yellow|red|none)"/g)).toHaveLength(4);
			expect(html).toMatch(
				/<svg class="level-icon level-\w+" width="16" height="16" aria-hidden="true" focusable="false"><use href="#level-\w+"><\/use><\/svg> (Ingen avvik|Mindre avvik|Kritiske avvik|Ikke vurdert)/,
			);
			expect(html).not.toMatch(/<svg class="level-icon[^>]*>\s*<(circle|path|rect)/);
		}
	});
});

describe('/sammenligning/kommuner/ and /sammenligning/betalingsmodeller/ with their cluster pages', () => {
	it('ranks the clusters on the comparison page and a cluster’s municipalities, among all, on its page', async () => {
		const main = await render(page('sammenligning/kommuner'), '/sammenligning/kommuner/');
		expect(new Set(rowHeads(table(main, 'Samarbeidsområdene')))).toEqual(
			new Set(['Helsefellesskapet', ...areas.clusters.map((c) => c.label)]),
		);
		expect(main).toContain('href="/sammenligning/kommuner/klynge-fosen/"');
		const sub = await render(
			page('sammenligning/kommuner/[cluster]'),
			'/sammenligning/kommuner/klynge-fosen/',
			{ cluster: 'klynge-fosen' },
			{ cluster: fosen },
		);
		const ranked = table(sub, `Rangert blant alle ${areas.municipalities.length} kommuner`);
		expect(new Set(rowHeads(ranked))).toEqual(
			new Set([fosen.label, ...inFosen.map((m) => m.name)]),
		);
		const ranks = [...ranked.matchAll(/<tr[^>]*> <td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]));
		expect(ranks.length).toBeGreaterThan(0);
		expect(ranks.every((n) => n >= 1 && n <= areas.municipalities.length)).toBe(true);
		expect(ranked).toMatch(/data-sum="ukp_days\|cluster:Fosen\|\d{4}"/);
	});

	it('shows the helsefellesskap and the clusters on the payment page, a cluster’s municipalities on its page, and leaves the calculator data out of the page', async () => {
		const main = await render(
			page('sammenligning/betalingsmodeller'),
			'/sammenligning/betalingsmodeller/',
		);
		expect(new Set(rowHeads(table(main, 'Beløp per samarbeidsområde og år')))).toEqual(
			new Set(['Helsefellesskapet', ...areas.clusters.map((c) => c.label)]),
		);
		expect(main).toContain('href="/sammenligning/betalingsmodeller/klynge-fosen/"');
		expect(main).toContain('data-src="/sammenligning/betalingsmodeller/kalkulator.json"');
		expect(main).not.toContain('data-calc-data');
		const sub = await render(
			page('sammenligning/betalingsmodeller/[cluster]'),
			'/sammenligning/betalingsmodeller/klynge-fosen/',
			{ cluster: 'klynge-fosen' },
			{ cluster: fosen },
		);
		expect(new Set(rowHeads(table(sub, 'Beløp for Fosen og kommunene')))).toEqual(
			new Set([fosen.label, ...inFosen.map((m) => m.name)]),
		);
	});
});

describe('the cluster pages mark what is ours (issue 12, points 2b and 2i)', () => {
	const gauldal = areas.clusters.find((c) => c.name === 'Gauldal og fjellregionen')!;
	const ours =
		/Navnet er vårt, ikke fra kildene: <a href="\/om-data\/#forutsetning-samarbeidsomrader"/;
	const inList =
		/Gauldal og fjellregionen<\/a><span class="name-note"[^>]*> \(vårt navn, ikke fra kildene: <a href="\/om-data\/#forutsetning-samarbeidsomrader"/;

	it('links a KPI cluster page’s achievement and levels to the effective date, and marks our cluster name', async () => {
		const own = await render(
			page('kpi/[id]/[cluster]'),
			'/kpi/ukp_days/klynge-gauldal-og-fjellregionen/',
			{ id: 'ukp_days', cluster: clusterSlug(gauldal.id) },
			{ cluster: gauldal },
		);
		const other = await render(
			page('kpi/[id]/[cluster]'),
			'/kpi/ukp_days/klynge-fosen/',
			{ id: 'ukp_days', cluster: 'klynge-fosen' },
			{ cluster: fosen },
		);
		for (const html of [own, other])
			expect(html).toMatch(
				/Måloppnåelse og avvik bygger på forutsetninger: <a href="\/om-data\/#forutsetning-virkningstidspunkt"/,
			);
		expect(own).toMatch(ours);
		expect(other).not.toMatch(ours);
		expect(other).toMatch(inList);
	});

	it('marks the name in the KPI page’s cluster list and on the comparison cluster pages', async () => {
		expect(await render(page('kpi/[id]/index'), '/kpi/ukp_days/', { id: 'ukp_days' })).toMatch(
			inList,
		);
		for (const path of [
			'sammenligning/kommuner/[cluster]',
			'sammenligning/betalingsmodeller/[cluster]',
		]) {
			const own = await render(
				page(path),
				`/${path}/`,
				{ cluster: clusterSlug(gauldal.id) },
				{ cluster: gauldal },
			);
			const other = await render(
				page(path),
				`/${path}/`,
				{ cluster: 'klynge-fosen' },
				{ cluster: fosen },
			);
			expect(own, path).toMatch(ours);
			expect(other, path).toMatch(inList);
		}
	});
});
