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
		const imports = [
			...readFileSync(file, 'utf8').matchAll(/\bfrom '([^']+)'|\bimport\('([^']+)'\)/g),
		].map((m) => m[1] ?? m[2]);
		expect(
			imports.filter((i) => i.startsWith('astro') || i.endsWith('.astro') || i.startsWith('node:')),
		).toEqual([]);
	});

	it.each(lib)('%s reads no clock', (file) => {
		expect(readFileSync(file, 'utf8')).not.toMatch(/Date\.now\(|new Date\(\)/);
	});
});

describe('src has no import cycles', () => {
	const sources = [...files('src')].filter((f) => /\.(ts|astro)$/.test(f));
	const graph = new Map(sources.map((file) => [file, localImports(file)]));

	it('follows every relative import without coming back to where it started', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open')
				return void cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
			state.set(file, 'open');
			for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of sources) visit(file, []);
		expect(cycles).toEqual([]);
	});
});

// The files a module imports by relative path, type-only imports included (a cycle of types is still a tangle).
function localImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const dir = file.slice(0, file.lastIndexOf('/'));
	return [...text.matchAll(/\bfrom '(\.{1,2}\/[^']+)'/g)]
		.map((m) => resolveSource(join(dir, m[1])))
		.filter((f): f is string => f !== null);
}

function resolveSource(base: string): string | null {
	for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// not this form of the path
		}
	}
	return null;
}
