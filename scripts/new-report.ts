// Writes a new monthly report (KPI 1–3, tiltak 1.4) from the template for reporting (tiltak 1.2):
//   npm run report -- --month 2026-10 [--out reports] [--force]
// The file is validated before it is written, so it builds as it is; edit the text and the case number.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../src/lib/issues';
import { parseReport } from '../src/lib/reports/parse-report';
import { computeMonthlyTemplateValues, fillTemplate } from '../src/lib/reports/template';
import { argValue } from './cli-args';

const TEMPLATE = 'reports/maler/maanedsrapport.md';

function main(argv: string[]): number {
	const month = argValue(argv, 'month');
	if (!month) {
		console.error('Usage: npm run report -- --month YYYY-MM [--out reports] [--force]');
		return 2;
	}
	const out = argValue(argv, 'out', 'reports')!;
	const slug = `maanedsrapport-${month}`;
	const file = join(out, `${slug}.md`);
	if (existsSync(file) && !argv.includes('--force')) {
		console.error(`${file} exists already; edit it, or add --force to write it again from the template.`);
		return 1;
	}
	let text: string;
	try {
		text = fillTemplate(readFileSync(TEMPLATE, 'utf8'), { ...computeMonthlyTemplateValues(month) });
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const { issues } = parseReport(text, file, slug);
	if (issues.length > 0) {
		console.error(`The template ${TEMPLATE} gives an invalid report:\n${issues.map(formatIssue).join('\n')}`);
		return 1;
	}
	writeFileSync(file, text);
	console.log(`Wrote ${file}. Edit the text and the case number (sak), then run npm run build.`);
	console.log(`The report will be at /rapporter/${slug}/ and /rapporter/${slug}.pdf.`);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
