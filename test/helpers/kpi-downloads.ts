import { readFileSync } from 'node:fs';
import { DATA_FILES, parseDataset, type DatasetTexts } from '../../src/lib/dataset';
import { computeKpiDownload, type KpiTableName } from '../../src/lib/downloads/kpi-download';
import type { DownloadTable } from '../../src/lib/downloads/table';
import { computeKpis } from '../../src/lib/kpi/compute';
import { KPI_IDS, type KpiId } from '../../src/lib/kpi/definitions';
import { headlineArea } from '../../src/lib/kpi/present';
import { computeKpiTables, type KpiTableRow, type KpiTables } from '../../src/lib/kpi/tables';
import { suppressKpiResults } from '../../src/lib/privacy/suppress-kpis';

/** The KPI page tables by file name, as src/pages/kpi/[id]/[table].csv.ts maps them. */
const TABLES: Record<KpiTableName, keyof KpiTables> = { maaned: 'monthly', aar: 'yearly', omrader: 'areas' };

export interface KpiDownloadCase {
	name: string;
	kpi: KpiId;
	/** The rows today's endpoint writes. */
	rows: KpiTableRow[];
	table: DownloadTable;
}

/**
 * Returns every KPI page table of the repository's own data/ as the public site computes it
 * (small counts hidden), with its download table: 6 KPIs × 3 tables.
 */
export function makeKpiDownloads(): KpiDownloadCase[] {
	const texts = Object.fromEntries(Object.entries(DATA_FILES).map(([key, name]) => [key, { path: `data/${name}`, text: readFileSync(`data/${name}`, 'utf8') }])) as DatasetTexts;
	const dataset = parseDataset(texts);
	const threshold = dataset.manifest.suppression_threshold ?? 4;
	const kpis = suppressKpiResults(computeKpis(dataset), { municipalities: dataset.municipalities, threshold, baselineYear: dataset.targets.baseline_year });
	return KPI_IDS.flatMap((kpi) => {
		const tables = computeKpiTables(kpis, kpi, headlineArea(dataset.targets, kpi));
		return (Object.keys(TABLES) as KpiTableName[]).map((table) => {
			const rows = tables[TABLES[table]];
			const options = { kpi, table, target: dataset.targets.kpis[kpi], manifest: dataset.manifest, threshold, latestMonth: kpis.latestMonth };
			return { name: `${kpi}/${table}`, kpi, rows, table: computeKpiDownload(rows, options) };
		});
	});
}
