import { describe, expect, it } from 'vitest';
import { findPageWithLine, findSectionPages } from '../../src/lib/reports/page-numbers';

const PAGES = [
	'Status\nASU · 18. november 2026',
	'Innhold\nSammendrag        3\nKPI-status mot mål        3\nAvvik i handlingsplanen   4',
	'  Sammendrag\ntekst\n  KPI-status   mot mål  \ntabell',
	'Avvik i\nhandlingsplanen\ntabell',
];

describe('findSectionPages(pages, headings, fromPage)', () => {
	it('finds each heading on a line of its own from the given page, in order', () => {
		expect(findSectionPages(PAGES, ['Sammendrag', 'KPI-status mot mål'], 3)).toEqual([3, 3]);
	});
	it('falls back to a heading wrapped over two lines', () => {
		expect(findSectionPages(PAGES, ['Avvik i handlingsplanen'], 3)).toEqual([4]);
	});
	it('returns null for a heading that is not there', () => {
		expect(findSectionPages(PAGES, ['Gantt', 'Sammendrag'], 3)).toEqual([null, 3]);
	});
	it('unfolds ligatures before comparing', () => {
		expect(findSectionPages(['De\uFB01nisjoner'], ['Definisjoner'], 1)).toEqual([1]);
	});
});

describe('findPageWithLine(pages, line)', () => {
	it('returns the first page with the line', () => {
		expect(findPageWithLine(PAGES, 'Innhold')).toBe(2);
		expect(findPageWithLine(PAGES, 'Ikke her')).toBeNull();
	});
});
