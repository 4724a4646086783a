import { computeKpiDownload, type KpiTableName } from '../../src/lib/downloads/kpi-download';
import type { DownloadTable } from '../../src/lib/downloads/table';
import { KPI_IDS, type KpiId } from '../../src/lib/kpi/definitions';
import { headlineArea } from '../../src/lib/kpi/present';
import { computeKpiTables, type KpiTableRow, type KpiTables } from '../../src/lib/kpi/tables';
import { computeKpisFor, suppressionThreshold } from '../../src/lib/site';
import { getProject } from '../../src/loaders/project';

// The public KPIs take an audit (HiGHS) to compute: once per test file.
const PUBLIC_KPIS = await computeKpisFor(getProject('data', { scope: 'numbers' }), 'public');

/** The KPI page tables by file name, as src/pages/kpi/[id]/[table].csv.ts maps them. */
const TABLES: Record<KpiTableName, keyof KpiTables> = {
	maaned: 'monthly',
	aar: 'yearly',
	omrader: 'areas',
};

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
	const dataset = getProject('data', { scope: 'numbers' });
	const threshold = suppressionThreshold(dataset.manifest);
	const kpis = PUBLIC_KPIS;
	return KPI_IDS.flatMap((kpi) => {
		const tables = computeKpiTables(kpis, kpi, headlineArea(dataset.targets, kpi));
		return (Object.keys(TABLES) as KpiTableName[]).map((table) => {
			const rows = tables[TABLES[table]];
			const options = {
				kpi,
				table,
				target: dataset.targets.kpis[kpi],
				manifest: dataset.manifest,
				threshold,
				latestMonth: kpis.latestMonth,
			};
			return { name: `${kpi}/${table}`, kpi, rows, table: computeKpiDownload(rows, options) };
		});
	});
}
