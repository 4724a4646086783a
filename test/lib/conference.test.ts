import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConferenceFileSchema, formatConferenceDate } from '../../src/lib/conference';
import { parseYaml } from '../../src/lib/parse-yaml';

const parse = (text: string) => parseYaml(text, 'conference.yaml', ConferenceFileSchema);

describe('data/conference.yaml', () => {
	it('holds the facts the ASU case gives for conference 1 and a draft programme marked as demo', () => {
		const { value, issues } = parse(readFileSync('data/conference.yaml', 'utf8'));
		expect(issues).toEqual([]);
		const [first, second] = value!.conferences;
		expect(first).toMatchObject({
			date: '2023-11-22',
			start: '09.00',
			end: '13.00',
			venue: 'Scandic Nidelven',
			seats: 80,
			theme: 'Hvordan møte utfordringen med utskrivningsklare pasienter?',
		});
		expect(first.programme?.draft).toBe(true);
		expect(first.programme?.items.every((i) => !i.from_source)).toBe(true);
		expect(second).toMatchObject({ number: 2, date: null });
	});

	it('reports bad times, a programme slot ending before it starts, and a duplicate number at their lines', () => {
		const text = [
			'conferences:',
			'  - number: 1',
			'    title: A',
			'    date: 2023-11-22',
			'    start: 9.00',
			'    source: s',
			'    programme:',
			'      draft: true',
			'      note: n',
			'      items:',
			"        - { start: '10.00', end: '09.00', title: t, from_source: false }",
			'  - { number: 1, title: B, date: null, source: s }',
			'fact_sheet: /rapporter/',
		].join('\n');
		const { value, issues } = parse(text);
		expect(value).toBeNull();
		expect(issues.map((i) => `${i.line}: ${i.column}`)).toEqual(
			expect.arrayContaining(['5: conferences.0.start', '11: conferences.0.programme.items.0.end']),
		);
	});

	it('writes dates with the weekday, the Norwegian way', () => {
		expect(formatConferenceDate('2023-11-22')).toBe('onsdag 22. november 2023');
	});
});
