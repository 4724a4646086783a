// Writes a new report from a template for reporting (tiltak 1.2):
//   npm run report -- --month 2026-10 [--template maanedsrapport|kpi] [--meeting YYYY-MM-DD] [--data data] [--out reports] [--example] [--force]
// `maanedsrapport` (default) is KPI 1–3 every month (tiltak 1.4); `kpi` is KPI 1–5 every quarter.
// The data cut-off is the data's extract date (as_of in the data folder's manifest.yaml), so the
// report builds as it is only when its meeting is on or after that date; edit the text and the case number.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../src/lib/issues';
import { ManifestSchema } from '../src/lib/manifest';
import { parseYaml } from '../src/lib/parse-yaml';
import { parseReport } from '../src/lib/reports/parse-report';
import {
	computeMonthlyTemplateValues,
	fillTemplate,
	REPORT_TEMPLATES,
	type ReportTemplate,
} from '../src/lib/reports/template';
import { processIo, readOptions, UsageError, withUsage } from './lib/cli';

const USAGE =
	'Usage: npm run report -- --month YYYY-MM [--template maanedsrapport|kpi] [--meeting YYYY-MM-DD] [--data data] [--out reports] [--example] [--force]';

function main(argv: string[]): number {
	const options = readOptions(
		argv,
		{
			month: { type: 'string' },
			template: { type: 'string', default: 'maanedsrapport' },
			meeting: { type: 'string' },
			data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
			out: { type: 'string', default: 'reports' },
			example: { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
		},
		USAGE,
	);
	if (!options.month) throw new UsageError(`--month: is required; ${USAGE}`);
	if (!(options.template in REPORT_TEMPLATES))
		throw new UsageError(
			`--template: "${options.template}" is not a template (${Object.keys(REPORT_TEMPLATES).join(', ')}); ${USAGE}`,
		);
	const template = REPORT_TEMPLATES[options.template as ReportTemplate];
	const slug = `${template.slug}-${options.month}`;
	const file = join(options.out, `${slug}.md`);
	if (existsSync(file) && !options.force) {
		console.error(
			`${file} exists already; edit it, or add --force to write it again from the template.`,
		);
		return 1;
	}
	let text: string;
	try {
		const values = computeMonthlyTemplateValues(options.month, {
			meetingDate: options.meeting,
			dataCutoff: asOf(options.data),
			example: options.example,
		});
		text = fillTemplate(readFileSync(template.file, 'utf8'), { ...values });
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	const { issues } = parseReport(text, file, slug);
	if (issues.length > 0) {
		console.error(
			`The template ${template.file} gives an invalid report:\n${issues.map(formatIssue).join('\n')}`,
		);
		return 1;
	}
	writeFileSync(file, text);
	console.log(`Wrote ${file}. Edit the text and the case number (sak), then run npm run build.`);
	console.log(`The report will be at /rapporter/${slug}/ and /rapporter/${slug}.pdf.`);
	return 0;
}

// The extract date of the data the report will be built from; none when the folder has no manifest.
function asOf(dir: string): string | undefined {
	const path = join(dir, 'manifest.yaml');
	if (!existsSync(path)) return undefined;
	return parseYaml(readFileSync(path, 'utf8'), path, ManifestSchema).value?.as_of;
}

process.exitCode = withUsage(processIo, () => main(process.argv.slice(2)));
