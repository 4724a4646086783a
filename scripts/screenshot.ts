// Screenshots of built pages for a person to look at: `npm run screenshot -- --path /kpi/ --width 375 --out /tmp/x.png`.
import { launchChromium } from '../src/integrations/report-pdfs';
import { serveSite } from '../test/helpers/preview';
import { readOptions, runIfMain, withUsage, type CliIo } from './lib/cli';

/** Takes a full-page screenshot of one page of a built site and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
	let options: ReturnType<typeof read>;
	const read = (args: string[]) =>
		readOptions(
			args,
			{
				site: { type: 'string' },
				path: { type: 'string' },
				width: { type: 'string' },
				out: { type: 'string' },
			},
			'use --site DIR --path /page/ --width PX --out FILE.png',
		);
	if (withUsage(io, () => ((options = read(argv)), 0)) !== 0) return 2;
	const site = await serveSite(options!.site ?? 'dist');
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({
			viewport: { width: Number(options!.width ?? 1280), height: 900 },
		});
		await page.goto(site.url + (options!.path ?? '/'));
		await page.screenshot({ path: options!.out ?? '/tmp/screenshot.png', fullPage: true });
	} finally {
		await browser.close();
		await site.close();
	}
	io.stdout(`${options!.out ?? '/tmp/screenshot.png'}\n`);
	return 0;
}

runIfMain(import.meta.url, main);
