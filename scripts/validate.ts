// Checks every file of a data folder against the contract: `npm run validate -- --data DIR`.
import { dataDir } from '../src/loaders/dataset';
import { argValue } from './cli-args';
import { reportDataError } from './report-data-error';
import { validateAllData } from './validate-all';

const dir = argValue(process.argv.slice(2), 'data', dataDir())!;
try {
	validateAllData(dir);
	console.log(`${dir}: OK`);
} catch (error) {
	process.exitCode = reportDataError(error);
}
