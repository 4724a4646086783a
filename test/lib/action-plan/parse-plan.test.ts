import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	assumedDurationDays,
	computePlanStatus,
	DEFAULT_DURATION_DAYS,
	findMeasure,
	parseActionPlan,
	resolveToday,
} from '../../../src/lib/action-plan';
import { formatIssue } from '../../../src/lib/issues';

const F = 'data/action-plan.yaml';
const THEORY = `theory_of_change:
  ressurser: []
  aktiviteter: []
  utfall: []
  resultater: []
  effekter: []
  visjon: V
`;
const measure = (id: string, period: string, extra = '') =>
	`      - id: '${id}'\n        text: T\n        period: ${period}\n        priority: Høy\n        scope: Lite\n        responsible: R\n${extra}`;
const errors = (text: string) => parseActionPlan(text, F).issues.map(formatIssue);

describe('parseActionPlan(text, file) on the real plan file', () => {
	const { plan, issues } = parseActionPlan(readFileSync(F, 'utf8'), F);
	const status = computePlanStatus(plan!, '2026-11-20');

	it('has no problems, seven activities and the 29 measures 1.1–7.2 of the draft strategy', () => {
		expect(issues).toEqual([]);
		expect(plan!.activities.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(plan!.activities.flatMap((a) => a.measures.map((m) => m.id))).toEqual(
			[
				'1.1',
				'1.2',
				'1.3',
				'1.4',
				'2.1',
				'2.2',
				'2.3',
				'2.4',
				'3.1',
				'3.2',
				'3.3',
				'3.4',
				'4.1',
				'4.2',
				'4.3',
			].concat([
				'5.1',
				'5.2',
				'5.3',
				'5.4',
				'5.5',
				'5.6',
				'5.7',
				'5.8',
				'5.9',
				'6.1',
				'6.2',
				'6.3',
				'7.1',
				'7.2',
			]),
		);
	});

	it('keeps the draft’s words, periods and owners (spelling and punctuation normalised) and leaves template values unset', () => {
		expect(findMeasure(status, '1.3')).toMatchObject({
			period: '15.3 – 1.9.2024',
			responsible: 'Kompetansegruppen & Analysegruppen',
			priority: 'Høy',
			scope: 'Lite',
		});
		expect(findMeasure(status, '5.1')?.text).toBe(
			'CFS bygges inn i Helseplattformen. Sykehus og kommuner må bestille med riktig flyt og arbeidsflate. Må harmoniseres mellom kommune og sykehus',
		);
		expect(findMeasure(status, '5.8')?.text).toContain('basert på normaltilstand');
		expect(findMeasure(status, '7.1')?.text).toContain('i helsefellesskapet. NB. Etiske aspekter');
		expect(findMeasure(status, '2.3')).toMatchObject({
			period: 'Innen 01.07.24',
			priority: null,
			scope: null,
			responsible: null,
		});
		expect(findMeasure(status, '2.4')).toMatchObject({ priority: null, scope: null });
	});

	it('resolves 1.2 ("Avhengig av 1.1") from the end of 1.1', () => {
		expect(findMeasure(status, '1.2')?.schedule).toEqual({
			kind: 'after',
			start: '2024-05-01',
			end: '2024-06-30',
			after: ['1.1'],
		});
	});

	it('says which lengths are assumed: 60 days for 1.2 (duration_days), none for a measure with its own dates', () => {
		expect(assumedDurationDays(findMeasure(status, '1.2')!)).toBe(60);
		expect(assumedDurationDays(findMeasure(status, '1.3')!)).toBeNull();
		expect(
			assumedDurationDays({ schedule: { kind: 'after', start: null, end: null, after: ['9.9'] } }),
		).toBe(DEFAULT_DURATION_DAYS);
	});

	it('lists the spelling it normalised and names no person', () => {
		expect(plan!.changesFromDraft?.spelling).toContainEqual({ draft: 'Ethiske', here: 'Etiske' });
		const owners = plan!.activities.flatMap((a) => a.measures.map((m) => m.responsible ?? ''));
		expect(owners.join(' ')).not.toMatch(/Runar|Eirik|Svee|Estensen|Laugsand|Vinsensbakk/);
	});

	it('links every plan activity and the six KPIs in the logic model', () => {
		expect(plan!.theory.aktiviteter.flatMap((t) => t.activity ?? []).sort()).toEqual([
			1, 2, 3, 4, 5, 6, 7,
		]);
		expect(plan!.theory.resultater.flatMap((t) => t.kpi ?? [])).toEqual([
			'ukp_days',
			'zero_day_share',
			'mean_ukp_days',
			'direct_home_share',
			'readmission_share',
			'short_term_los',
		]);
	});
});

describe('parseActionPlan(text, file) on broken files', () => {
	it('reports every problem with FILE:LINE: path: message', () => {
		const text = `title: P
activities:
  - id: 1
    title: A
    measures:
${measure('1.1', 'Innen sommeren')}${measure('1.2', '1.6.24 – 1.3.24')}${measure('1.3', 'Innen 1.5.24', '        status: blå\n')}${measure('1.4', 'Innen 31.2.24')}${THEORY}`;
		expect(errors(text)).toEqual([
			`${F}:8: activities.0.measures.0.period: "Innen sommeren" is not a period: write "Innen D.M.ÅÅ", "D.M.ÅÅ – D.M.ÅÅ", "Avhengig av N.N", "Dato - dato" or ISO dates (YYYY-MM-DD)`,
			`${F}:14: activities.0.measures.1.period: period "1.6.24 – 1.3.24" ends (2024-03-01) before it starts (2024-06-01)`,
			`${F}:24: activities.0.measures.2.status: "blå" is not a status: use green (Ingen avvik), yellow (Mindre avvik) or red (Kritiske avvik)`,
			`${F}:27: activities.0.measures.3.period: "31.2.24" is not a calendar date`,
		]);
	});

	it('reports duplicate ids, misfiled measures, unknown and circular dependencies together', () => {
		const text = `title: P
activities:
  - id: 1
    title: A
    measures:
${measure('1.1', 'Avhengig av 1.2')}${measure('1.2', 'Avhengig av 1.1')}${measure('1.1', 'Innen 1.5.24')}${measure('2.1', 'Avhengig av 9.9')}${measure('1.5', 'Innen 1.5.24', '        duration_days: 10\n')}${THEORY.replace('aktiviteter: []', 'aktiviteter:\n    - text: X\n      activity: 8')}`;
		expect(errors(text)).toEqual([
			`${F}:8: activities.0.measures.0.period: circular dependency: 1.1 → 1.2 → 1.1`,
			`${F}:18: activities.0.measures.2.id: measure "1.1" appears twice (first on line 6)`,
			`${F}:24: activities.0.measures.3.id: measure "2.1" is listed under activity 1`,
			`${F}:26: activities.0.measures.3.period: depends on "9.9", which is not a measure in the plan`,
			`${F}:36: activities.0.measures.4.duration_days: duration_days applies only to "Avhengig av" periods`,
			`${F}:41: theory_of_change.aktiviteter.0.activity: activity 8 is not in the plan`,
		]);
	});

	it('reports schema errors and whole-file rules in the same run', () => {
		const text = `title: P
activities:
  - id: 1
    title: A
    measures:
${measure('1.1', 'Innen mai')}${measure('1.2', 'Avhengig av 1.9', '        done: kanskje\n')}${measure('1.2', 'Innen 1.5.24')}${THEORY}`;
		expect(errors(text)).toEqual([
			`${F}:8: activities.0.measures.0.period: "Innen mai" is not a period: write "Innen D.M.ÅÅ", "D.M.ÅÅ – D.M.ÅÅ", "Avhengig av N.N", "Dato - dato" or ISO dates (YYYY-MM-DD)`,
			`${F}:14: activities.0.measures.1.period: depends on "1.9", which is not a measure in the plan`,
			`${F}:18: activities.0.measures.1.done: "kanskje" must be true or false`,
			`${F}:19: activities.0.measures.2.id: measure "1.2" appears twice (first on line 12)`,
		]);
	});

	it('reports YAML syntax errors', () => {
		expect(errors('title: [unclosed\n')[0]).toMatch(
			/^data\/action-plan\.yaml:\d+: -: YAML syntax: /,
		);
	});
});

describe('resolveToday(asOf, override)', () => {
	it('uses the as-of date unless TODAY is set, and rejects a bad TODAY', () => {
		expect(resolveToday('2026-11-20')).toBe('2026-11-20');
		expect(resolveToday('2026-11-20', '')).toBe('2026-11-20');
		expect(resolveToday('2026-11-20', '2024-06-01')).toBe('2024-06-01');
		expect(() => resolveToday('2026-11-20', '1.6.24')).toThrow(
			'TODAY must be a date written YYYY-MM-DD, got "1.6.24"',
		);
	});
});
