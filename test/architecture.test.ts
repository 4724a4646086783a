import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

describe('src/lib is pure: data in, values out', () => {
	const lib = files('src/lib').filter((f) => f.endsWith('.ts'));

	it.each(lib)('%s imports no Astro, no .astro file and no node: module', (file) => {
		const imports = [...readFileSync(file, 'utf8').matchAll(/\bfrom '([^']+)'|\bimport\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
		expect(imports.filter((i) => i.startsWith('astro') || i.endsWith('.astro') || i.startsWith('node:'))).toEqual([]);
	});

	it.each(lib)('%s reads no clock', (file) => {
		expect(readFileSync(file, 'utf8')).not.toMatch(/Date\.now\(|new Date\(\)/);
	});
});
