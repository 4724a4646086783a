// The figures a build's pages draw, handed from ChartFigure to the chart-files integration's
// astro:build:done hook. Astro renders the pages in the process that runs its hooks, but from a
// bundled copy of the components, so the two meet on globalThis rather than in a module variable.
import type { Chart } from '../lib/charts/chart';

/** A figure on a page, to be written next to it as `<page><id>.svg` and `.png`. */
export interface ChartFile {
	/** The page's URL path, ending in `/`. */
	page: string;
	/** The figure's id, unique on the page. */
	id: string;
	title: string;
	summary: string;
	chart: Chart;
}

const KEY = Symbol.for('pasientflyt.chart-files');
const scope = globalThis as unknown as Record<symbol, ChartFile[] | undefined>;

/** Starts collecting the chart files of a build; call before the pages render. */
export function openChartRegistry(): void {
	scope[KEY] = [];
}

/** Records a figure to write as files; outside a build (dev server, tests) it does nothing. */
export function offerChartFile(file: ChartFile): void {
	scope[KEY]?.push(file);
}

/** Returns every figure offered since {@link openChartRegistry} and stops collecting. */
export function closeChartRegistry(): ChartFile[] {
	const files = scope[KEY] ?? [];
	delete scope[KEY];
	return files;
}
