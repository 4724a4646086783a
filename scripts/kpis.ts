// Prints the six KPIs per area and period: `npm run kpis -- --data DIR --format json|csv`.
import { computeKpisFor } from '../src/loaders/site-data';
import { formatExportCsv, toExportRecords } from '../src/lib/kpi/export';
import { dataDir, loadDataset } from '../src/loaders/dataset';
import { argValue } from './cli-args';
import { reportDataError } from './report-data-error';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const argv = process.argv.slice(2);
const format = argValue(argv, 'format', 'json');
if (format !== 'json' && format !== 'csv') {
	console.error(`--format must be json or csv, not "${format}"`);
	process.exit(2);
}
// Analysts get every number by default; `--audience public` gives what the public site shows.
const audience = argValue(argv, 'audience', 'partner');
if (audience !== 'partner' && audience !== 'public') {
	console.error(`--audience must be partner or public, not "${audience}"`);
	process.exit(2);
}
try {
	// Other tools may hand over only the monthly CSV files: targets and manifest then come from data/.
	const dataset = loadDataset(argValue(argv, 'data', dataDir()), { defaults: 'data' });
	const rows = toExportRecords(computeKpisFor(dataset, audience));
	process.stdout.write(format === 'json' ? `${JSON.stringify(rows, null, 1)}\n` : formatExportCsv(rows));
} catch (error) {
	process.exitCode = reportDataError(error);
}
