// Checks a data folder against the contract: `npm run validate -- --data DIR`.
import { dataDir, loadDataset } from '../src/loaders/dataset';
import { argValue } from './cli-args';
import { reportDataError } from './report-data-error';

const dir = argValue(process.argv.slice(2), 'data', dataDir())!;
try {
	const ds = loadDataset(dir);
	console.log(`${dir}: OK (${ds.municipalities.length} municipalities, ${ds.ukp.length} UKP rows, ${ds.shortTerm.length} short-term rows)`);
} catch (error) {
	process.exitCode = reportDataError(error);
}
