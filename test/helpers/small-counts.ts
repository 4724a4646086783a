import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Returns a copy of data/ whose UKP counts are divided by 10 (kept consistent with the contract's
 * rules), so most municipality-months hold counts from 1 to 4: a hard case for suppression.
 * The optional stays-by-days file is left out.
 */
export function smallCountDataDir(dir = mkdtempSync(join(tmpdir(), 'small-counts-'))): string {
	cpSync('data', dir, { recursive: true });
	const [header, ...rows] = readFileSync('data/ukp_monthly.csv', 'utf8').trim().split('\n');
	const shrink = (cell: string) => (cell === '' ? null : Math.floor(Number(cell) / 10));
	const out = rows.map((row) => {
		const [month, code, ...cells] = row.split(',');
		const [stays, zero0, days0, home0, base, readm0] = cells.map(shrink);
		const zero = stays === null || zero0 === null ? zero0 : Math.min(zero0, stays);
		const days =
			stays === null || zero === null || days0 === null
				? days0
				: stays === zero
					? 0
					: Math.max(days0, stays - zero);
		const home = stays === null || home0 === null ? home0 : Math.min(home0, stays);
		const readm = base === null || readm0 === null ? readm0 : Math.min(readm0, base);
		return [month, code, stays, zero, days, home, base, readm].map((v) => v ?? '').join(',');
	});
	writeFileSync(join(dir, 'ukp_monthly.csv'), [header, ...out].join('\n') + '\n');
	rmSync(join(dir, 'ukp_stays_by_days.csv'), { force: true }); // optional; it would no longer add up
	return dir;
}
