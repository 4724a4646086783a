import { describe, expect, it } from 'vitest';
import { readNamedDestinations } from '../../../src/lib/reports/pdf-destinations';

// The shape Chromium writes: a page tree with an intermediate /Pages node, and /Dests by element id.
const PDF = `%PDF-1.4
1 0 obj
<</Type /Catalog
/Pages 2 0 R
/Dests 9 0 R>>
endobj
2 0 obj
<</Type /Pages
/Count 3
/Kids [3 0 R 4 0 R]>>
endobj
3 0 obj
<</Type /Pages
/Count 2
/Kids [5 0 R 6 0 R]>>
endobj
4 0 obj
<</Type /Pages
/Count 1
/Kids [7 0 R]>>
endobj
5 0 obj
<</Type /Page /Parent 3 0 R>>
endobj
6 0 obj
<</Type /Page /Parent 3 0 R>>
endobj
7 0 obj
<</Type /Page /Parent 4 0 R>>
endobj
9 0 obj
<</innhold [5 0 R /XYZ 0 841.9 0]
/sec-1-narrative [6 0 R /XYZ 0 822.4 0]
/sec-2#2Dgantt [7 0 R /XYZ 0 841.9 0]
/gone [8 0 R /XYZ 0 1 0]>>
endobj
%%EOF`;

describe('readNamedDestinations(pdf)', () => {
	const dests = readNamedDestinations(Buffer.from(PDF, 'latin1'));
	it('gives each named destination the number of its page in page-tree order', () => {
		expect(dests.get('innhold')).toBe(1);
		expect(dests.get('sec-1-narrative')).toBe(2);
	});
	it('decodes #xx in names and walks nested page nodes', () => expect(dests.get('sec-2-gantt')).toBe(3));
	it('leaves out a destination whose page is not in the tree', () => expect(dests.has('gone')).toBe(false));
	it('gives nothing for a PDF without named destinations', () => expect(readNamedDestinations(Buffer.from('%PDF-1.4\n%%EOF')).size).toBe(0));
});
