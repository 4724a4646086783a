// Prints the six KPIs per area and period: `npm run kpis -- --data DIR --format json|csv`.
import { computeKpis } from '../src/lib/kpi/compute';
import { formatExportCsv, toExportRecords } from '../src/lib/kpi/export';
import { dataDir, loadDataset } from '../src/loaders/dataset';
import { argValue } from './cli-args';
import { reportDataError } from './report-data-error';

const argv = process.argv.slice(2);
const format = argValue(argv, 'format', 'json');
if (format !== 'json' && format !== 'csv') {
	console.error(`--format must be json or csv, not "${format}"`);
	process.exit(2);
}
try {
	const rows = toExportRecords(computeKpis(loadDataset(argValue(argv, 'data', dataDir()))));
	process.stdout.write(format === 'json' ? `${JSON.stringify(rows, null, 1)}\n` : formatExportCsv(rows));
} catch (error) {
	process.exitCode = reportDataError(error);
}
