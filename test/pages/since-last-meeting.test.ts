/// <reference types="vite/client" />
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { TARGETS } from '../helpers/snapshots';

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
});
