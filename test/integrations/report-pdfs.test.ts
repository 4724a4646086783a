import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_HINT, printReports } from '../../src/integrations/report-pdfs';

describe('printReports(root, logger, chromium) without Chromium', () => {
	it('prints nothing, says how to install Chromium, and lets the build go on', async () => {
		const site = resolve('test/lib/reports/fixtures/site');
		const warnings: string[] = [];
		const printed = await printReports(
			site,
			{ info: () => {}, warn: (m: string) => void warnings.push(m) },
			'/nonexistent/chromium',
		);
		expect(printed).toBe(0);
		expect(warnings.join('\n')).toContain(CHROMIUM_HINT);
		expect(existsSync(join(site, 'rapporter/x.pdf'))).toBe(false);
	});
});
