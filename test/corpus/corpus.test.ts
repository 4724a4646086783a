import { describe, expect, it } from 'vitest';
import { expectedLines, listCases, runCase } from './run-case';

const cases = listCases();

describe('bad-input corpus', () => {
	it('has at least 30 broken cases', () => {
		expect(cases.filter((name) => expectedLines(name).length > 0).length).toBeGreaterThanOrEqual(30);
	});

	it.each(cases)('%s reports exactly its expected lines', (name) => {
		expect(runCase(name)).toEqual(expectedLines(name));
	});
});
