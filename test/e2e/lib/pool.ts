/** Returns the results of `work` over `items`, at most `limit` at a time, in input order. */
export async function mapLimit<T, R>(
	items: readonly T[],
	limit: number,
	work: (item: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await work(items[i]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

/**
 * Returns every item reached from `start` by `visit` (which returns the items an item leads to),
 * running at most `limit` visits at a time. A breadth-first crawl of a site.
 */
export async function crawl(
	start: readonly string[],
	limit: number,
	visit: (item: string) => Promise<string[]>,
): Promise<string[]> {
	const seen = new Set<string>(start);
	const queue = [...start];
	let active = 0;
	await new Promise<void>((done, fail) => {
		const pump = () => {
			if (queue.length === 0 && active === 0) return done();
			while (active < limit && queue.length > 0) {
				const item = queue.shift()!;
				active++;
				visit(item)
					.then((found) => {
						for (const f of found) if (!seen.has(f)) (seen.add(f), queue.push(f));
						active--;
						pump();
					})
					.catch(fail);
			}
		};
		pump();
	});
	return [...seen];
}
