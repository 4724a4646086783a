/// <reference types="vite/client" />
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthRange } from '../../src/lib/dates';
import type { FigureChange } from '../../src/lib/snapshots/diff';
import { figure, snapshot, TARGETS } from '../helpers/snapshots';

// Through Vite's glob import: plain `tsc` has no types for `.astro` modules.
type Component = Parameters<AstroContainer['renderToString']>[0];
const components = import.meta.glob<Component>(
	'../../src/components/reports/SinceLastMeeting.astro',
	{ eager: true, import: 'default' },
);
const SinceLastMeeting = components['../../src/components/reports/SinceLastMeeting.astro'];

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('SinceLastMeeting.astro', () => {
	it('says there is nothing to compare with when no earlier pack is frozen', async () => {
		const html = await container.renderToString(SinceLastMeeting, {
			props: { since: { previous: null }, period: '2026-10', targets: TARGETS, areaName: String },
		});
		expect(html).toContain('Ingen tidligere møtepakke er frosset');
		expect(html).not.toContain('Reviderte tall');
	});

	// 14 revised months of UKP days, January 2025 to February 2026, 300 days then and 310 now.
	const revised = (count: number): FigureChange[] =>
		monthRange('2025-01', '2026-02')
			.slice(0, count)
			.map((month) => ({
				kpi: 'ukp_days',
				area: 'all',
				period: month,
				through: null,
				then: figure('ukp_days', 'all', month, { value: 300 }),
				now: figure('ukp_days', 'all', month, { value: 310 }),
				reason: 'revised',
			}));
	const render = (figures: FigureChange[]) =>
		container.renderToString(SinceLastMeeting, {
			props: {
				since: {
					previous: snapshot(),
					newMonths: [],
					asOf: '2026-11-13',
					kpis: [],
					diff: { figures, measures: [], notCompared: 0 },
					opened: [],
					closed: [],
				},
				period: '2026-10',
				targets: TARGETS,
				areaName: () => 'Helsefellesskapet',
			},
		});
	const rows = (html: string) => (html.match(/<tr/g) ?? []).length;

	it('prints the 12 latest of 14 revised figures and sends the reader to the archive for the other 2', async () => {
		const html = await render(revised(14));
		expect(html).toContain(
			'14 tall i forrige møtepakke er endret siden; her vises de 12 fra de siste periodene',
		);
		expect(html).toContain('2 endrede tall til står på');
		expect(html).not.toContain('jan. 2025');
		expect(html).toContain('feb. 2026');
		// The heading rows of «KPI-ene da og nå» and of the revised figures, and 12 figures.
		expect(rows(html)).toBe(2 + 12);
	});

	it('says «Ett endret tall til» for one more, and prints all of 12', async () => {
		expect(await render(revised(13))).toContain('Ett endret tall til står på');
		const all = await render(revised(12));
		expect(all).toContain(
			'12 tall i forrige møtepakke er endret siden: da og nå for samme periode',
		);
		expect(all).not.toContain('endrede tall til');
	});
});
