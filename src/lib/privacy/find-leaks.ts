import { clusterName, isClusterId } from '../areas';
import { parseCsv } from '../csv';
import { isSmallCount } from './suppress-kpis';

/** One small count found in a public output. */
export interface Leak {
	file: string;
	message: string;
}

/**
 * Returns the counts from 1 to `threshold` that an HTML page publishes in cells marked
 * `data-count` (every count cell of the site's tables carries the attribute).
 */
export function findHtmlLeaks(html: string, file: string, threshold: number): Leak[] {
	const leaks: Leak[] = [];
	for (const m of html.matchAll(/data-count="(\d+)"/g)) {
		if (isSmallCount(Number(m[1]), threshold)) leaks.push({ file, message: `count ${m[1]} in a data-count cell` });
	}
	return leaks;
}

/**
 * Returns the small counts in a KPI CSV download (columns kpi, area, period, value, numerator,
 * denominator, suppressed): a numerator or denominator from 1 to `threshold`, or such a UKP-day
 * count; and, given cluster membership, a published cluster with exactly one hidden municipality.
 */
export function findCsvLeaks(text: string, file: string, threshold: number, clusterOf: Map<string, string>): Leak[] {
	const { header, records } = parseCsv(text, file, []);
	if (!['kpi', 'area', 'period', 'value', 'numerator', 'denominator'].every((c) => header.includes(c))) return [];
	const leaks: Leak[] = [];
	const hiddenByCell = new Map<string, { clusterShown: boolean; hidden: number }>();
	for (const { line, cells } of records) {
		const counts = [cells.numerator, cells.denominator, cells.kpi === 'ukp_days' ? cells.value : ''];
		if (counts.some((c) => c !== '' && isSmallCount(Number(c), threshold))) {
			leaks.push({ file, message: `line ${line}: ${cells.kpi} ${cells.area} ${cells.period} shows a count from 1 to ${threshold}` });
		}
		const hidden = cells.suppressed === 'true';
		const cluster = isClusterId(cells.area) ? clusterName(cells.area) : clusterOf.get(cells.area);
		if (!cluster) continue;
		const key = `${cells.kpi}|${cells.period}|${cluster}`;
		const cell = hiddenByCell.get(key) ?? { clusterShown: false, hidden: 0 };
		if (isClusterId(cells.area)) cell.clusterShown = !hidden && cells.value !== '';
		else if (hidden) cell.hidden++;
		hiddenByCell.set(key, cell);
	}
	for (const [key, cell] of hiddenByCell) {
		if (cell.clusterShown && cell.hidden === 1) leaks.push({ file, message: `${key.replaceAll('|', ' ')}: one hidden municipality beside a published cluster total` });
	}
	return leaks;
}
