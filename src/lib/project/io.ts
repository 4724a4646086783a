// How the project loader reaches files. The loader is pure: the build and the scripts hand it a
// reader of the disk (src/loaders/node-io.ts), tests hand it a map of texts.

/** What reading one path gave: its text, nothing there, or a problem worth a message (a folder, a FIFO, not UTF-8). */
export type ReadResult = { text: string } | { missing: true } | { problem: string };

export interface ProjectIo {
	/** Returns the text of a UTF-8 file. */
	read(path: string): ReadResult;
	/** Returns the names in a folder (not sorted), or `null` when there is no folder there. */
	list(path: string): string[] | null;
	/**
	 * Returns the SHA-256 (64 lowercase hex digits) of a file's bytes, or `null` when there is no
	 * regular file there. The frozen packs' PDFs are checked with it; a reader without it (the
	 * memory reader of tests) leaves that check to the build, which checks every PDF it copies.
	 */
	sha256?(path: string): string | null;
}

/** Returns `dir/name`, without a leading `./` or a doubled slash (`data/ukp_monthly.csv`). */
export function joinPath(dir: string, name: string): string {
	const base = dir.replace(/\/+$/, '').replace(/^(\.\/)+/, '');
	return base === '' || base === '.' ? name : `${base}/${name}`;
}

/**
 * Returns an io over a map of path → text, for tests: a path not in the map is missing; folders are
 * the paths' prefixes. `hashes` (path → SHA-256) gives it {@link ProjectIo.sha256}.
 */
export function memoryIo(
	files: Record<string, string>,
	hashes?: Record<string, string>,
): ProjectIo {
	return {
		...(hashes && { sha256: (path: string) => hashes[path] ?? null }),
		read: (path) => (path in files ? { text: files[path] } : { missing: true }),
		list(path) {
			const prefix = `${path.replace(/\/+$/, '')}/`;
			const names = Object.keys(files)
				.filter((p) => p.startsWith(prefix))
				.map((p) => p.slice(prefix.length).split('/')[0]);
			return names.length ? [...new Set(names)] : null;
		},
	};
}
