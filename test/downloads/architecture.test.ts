import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/downloads turns tables into file bytes; where the bytes go (an Astro endpoint, a script) is
// the caller's business, so this folder never touches the disk or Astro. Node's zlib is allowed:
// compressing bytes is computation, not I/O.
describe('src/downloads returns bytes and does no I/O', () => {
	const files = readdirSync('src/downloads').map((name) => join('src/downloads', name));

	it.each(files)('%s imports no Astro and no node: module but zlib', (file) => {
		const imports = [
			...readFileSync(file, 'utf8').matchAll(/\bfrom '([^']+)'|\bimport\('([^']+)'\)/g),
		].map((m) => m[1] ?? m[2]);
		expect(
			imports.filter(
				(i) =>
					i.startsWith('astro') ||
					i.endsWith('.astro') ||
					(i.startsWith('node:') && i !== 'node:zlib'),
			),
		).toEqual([]);
	});

	it.each(files)('%s reads no clock', (file) => {
		expect(readFileSync(file, 'utf8')).not.toMatch(/Date\.now\(|new Date\(\)/);
	});
});
