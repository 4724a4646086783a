// Chromium's PDFs name a destination for every element a link points at (the table of contents
// links to each section's id) and keep their objects uncompressed, so the page a section starts on
// can be read from the PDF itself: no text extraction, no guessing from headings.

/**
 * Returns the 1-based page of every named destination in a PDF (`/Dests` of the catalogue: name →
 * `[page-object /XYZ …]`), pages numbered in the order of the page tree. Names or pages it cannot
 * resolve are left out.
 */
export function readNamedDestinations(pdf: Uint8Array): Map<string, number> {
	const text = latin1(pdf);
	const objects = indexObjects(text);
	const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
	const pages = pageOrder(objects, refOf(catalog, 'Pages'));
	const dests = objects.get(refOf(catalog, 'Dests') ?? -1);
	const out = new Map<string, number>();
	if (!dests) return out;
	for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
		const page = pages.indexOf(Number(m[2]));
		if (page >= 0) out.set(decodeName(m[1]), page + 1);
	}
	return out;
}

// `n 0 obj … endobj` → body, by object number.
function indexObjects(text: string): Map<number, string> {
	const objects = new Map<number, string>();
	for (const m of text.matchAll(/(?:^|\s)(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj\b/g)) objects.set(Number(m[1]), m[2]);
	return objects;
}

function refOf(body: string | undefined, key: string): number | undefined {
	const m = body ? new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body) : null;
	return m ? Number(m[1]) : undefined;
}

// The page tree, depth first: /Pages nodes list /Kids, leaves are the pages in reading order.
function pageOrder(objects: Map<number, string>, root: number | undefined): number[] {
	const out: number[] = [];
	const visit = (id: number, depth: number) => {
		const body = objects.get(id);
		if (!body || depth > 64) return; // a loop in a broken file
		if (!/\/Type\s*\/Pages\b/.test(body)) return void out.push(id);
		const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
		for (const m of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(m[1]), depth + 1);
	};
	if (root !== undefined) visit(root, 0);
	return out;
}

// PDF names escape bytes as #xx (a hyphen or a space in an id).
function decodeName(name: string): string {
	return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function latin1(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}
