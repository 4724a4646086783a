// axe-core in the page, limited to the WCAG 2.1 A and AA rules the Norwegian regulation requires.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
	rule: string;
	impact: string | null;
	help: string;
	/** CSS selectors of the failing elements, with axe's failure summary. */
	nodes: string[];
}

/** Returns the page's WCAG 2.1 A/AA violations (empty when it passes). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ content: axe.source });
	const result = await page.evaluate(async (tags) => {
		// axe is a global once its source is injected; typed loosely because it lives in the page.
		const run = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object,
					) => Promise<{
						violations: {
							id: string;
							impact: string | null;
							help: string;
							nodes: { target: unknown[]; failureSummary?: string }[];
						}[];
					}>;
				};
			}
		).axe.run;
		const { violations } = await run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return violations.map((v) => ({
			rule: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map(
				(n) =>
					`${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`,
			),
		}));
	}, TAGS);
	return result;
}
