import { describe, expect, it } from 'vitest';
import { makePdfReproducible } from '../../../src/lib/reports/reproducible-pdf';

const pdf = (text: string) => Buffer.from(text, 'latin1');

describe('makePdfReproducible(pdf, date)', () => {
	it('sets the dates to the as-of date and keeps their length', () => {
		const input = "/CreationDate (D:20261125154900+00'00')\n/ModDate (D:20261125154901+00'00')";
		const out = makePdfReproducible(pdf(input), '2026-11-20').toString('latin1');
		expect(out).toBe("/CreationDate (D:20261120000000+00'00')\n/ModDate (D:20261120000000+00'00')");
	});
	it('renumbers structure node ids in order, keeping their length', () => {
		const a = makePdfReproducible(pdf('/ID (node00001419) /ID (node00001420) (node00001419)'), '2026-11-20');
		const b = makePdfReproducible(pdf('/ID (node00001418) /ID (node00001419) (node00001418)'), '2026-11-20');
		expect(a.toString('latin1')).toBe('/ID (node00000001) /ID (node00000002) (node00000001)');
		expect(a.equals(b)).toBe(true);
	});
});
