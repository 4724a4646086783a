import { describe, expect, it } from 'vitest';
import { DataError, formatIssue } from '../../../src/lib/issues';
import { parseComparison, type ComparisonText } from '../../../src/lib/comparison/parse-comparison';

const DIR = 'data/comparison';
const SETTINGS = `rate_series: no-dognpris
rate_after_last_year: last_known
sweden:
  free_days: 3
  rule: Tre kalenderdager
  source: Lag 2017:612
  url: https://www.jpinfonet.se/x
halland:
  benchmarks:
    - { from: "2022-11", to: "2023-12", days: 2.3, source: "Region Halland, GNHH 22.2.2023", verified: false }
  liable_pays: all_days
  rule: Over referanseverdien
calculator:
  benchmark_days: 2.3
  benchmark_note: Brukt for alle måneder
`;
const DEFINITIONS = `rows:
  - { topic: Dag, no: a, se: b, dk: c }
sources:
  - { title: SAMDATA, url: https://www.helsedirektoratet.no/x }
`;
const SERIES = `id: no-dognpris
title: Døgnpris
country: NO
area: Norge
measure: daily_rate
unit: NOK
synthetic: false
source:
  title: Helsedirektoratet
  url: https://www.helsedirektoratet.no/x
period: 2023–2024
definition: Kroner per døgn
comparable: true
confidence: high
points:
  - { period: 2023, value: 5508 }
  - { period: 2024, value: 5745 }
`;

const files = (series: string, extra: ComparisonText[] = []): ComparisonText[] => [
	{ name: 'payment-models.yaml', path: `${DIR}/payment-models.yaml`, text: SETTINGS },
	{ name: 'definitions.yaml', path: `${DIR}/definitions.yaml`, text: DEFINITIONS },
	{ name: 'no-dognpris.yaml', path: `${DIR}/no-dognpris.yaml`, text: series },
	...extra,
];

function errorLines(run: () => unknown): string[] {
	try {
		run();
	} catch (e) {
		if (e instanceof DataError) return e.issues.map(formatIssue);
		throw e;
	}
	return [];
}

describe('parseComparison(files): every series carries source, URL, period, definition and synthetic flag', () => {
	it('accepts a complete series', () => {
		const data = parseComparison(files(SERIES));
		expect(data.byId('no-dognpris').points.map((p) => [p.period, p.value])).toEqual([
			['2023', 5508],
			['2024', 5745],
		]);
	});

	it.each([
		[
			'without a source',
			SERIES.replace(/source:\n  title: Helsedirektoratet\n  url: \S+\n/, ''),
			'data/comparison/no-dognpris.yaml:1: source: is missing; every series must name its source (title and url)',
		],
		[
			'without a source URL',
			SERIES.replace(/  url: \S+\n/, ''),
			'data/comparison/no-dognpris.yaml:8: source.url: is missing; every series must give the address of its source',
		],
		[
			'with a URL that is not http(s)',
			SERIES.replace(/url: \S+/, 'url: www.helsedirektoratet.no'),
			'data/comparison/no-dognpris.yaml:10: source.url: "www.helsedirektoratet.no" must be an http(s) address, e.g. https://www.helsedirektoratet.no/…',
		],
		[
			'without a period',
			SERIES.replace('period: 2023–2024\n', ''),
			'data/comparison/no-dognpris.yaml:1: period: is missing; every series must give the period it covers',
		],
		[
			'with an empty definition',
			SERIES.replace('definition: Kroner per døgn', 'definition: ""'),
			'data/comparison/no-dognpris.yaml:12: definition: must not be empty; give its definition (what is counted, and the denominator)',
		],
		[
			'without the synthetic flag',
			SERIES.replace('synthetic: false\n', ''),
			'data/comparison/no-dognpris.yaml:1: synthetic: is missing; say whether the numbers are synthetic demo data (true or false)',
		],
		[
			'with synthetic: "nei"',
			SERIES.replace('synthetic: false', 'synthetic: nei'),
			'data/comparison/no-dognpris.yaml:7: synthetic: "nei" must be true or false (whether the numbers are synthetic demo data)',
		],
		[
			'marked synthetic with a real-source confidence',
			SERIES.replace('synthetic: false', 'synthetic: true'),
			'data/comparison/no-dognpris.yaml:14: confidence: must be "synthetic" exactly when synthetic is true',
		],
		[
			'with a missing value without a note',
			SERIES.replace('value: 5745', 'value: null'),
			'data/comparison/no-dognpris.yaml:17: points.1.note: a missing value (null) needs a note saying why it is missing',
		],
		[
			'not comparable without saying why',
			SERIES.replace('comparable: true', 'comparable: false'),
			'data/comparison/no-dognpris.yaml:1: comparability_note: a series that is not comparable needs a comparability_note saying why',
		],
	])('rejects a series %s', (_, text, expected) => {
		expect(errorLines(() => parseComparison(files(text)))).toEqual([expected]);
	});

	it('rejects two series with the same id', () => {
		const twin = { name: 'zz-copy.yaml', path: `${DIR}/zz-copy.yaml`, text: SERIES };
		expect(errorLines(() => parseComparison(files(SERIES, [twin])))).toEqual([
			'data/comparison/zz-copy.yaml:1: id: "no-dognpris" is also the id of data/comparison/no-dognpris.yaml',
		]);
	});

	it('rejects settings whose rate series does not exist', () => {
		const other = SERIES.replace('id: no-dognpris', 'id: other-rate');
		expect(errorLines(() => parseComparison(files(other)))).toEqual([
			'data/comparison/payment-models.yaml:1: rate_series: "no-dognpris" is not the id of a series in data/comparison',
		]);
	});

	it('names the folder it was given in the rate-series message', () => {
		const other = files(SERIES.replace('id: no-dognpris', 'id: other-rate')).map((f) => ({
			...f,
			path: f.path.replace(DIR, '/srv/x/comparison'),
		}));
		expect(errorLines(() => parseComparison(other, '/srv/x/comparison'))).toEqual([
			'/srv/x/comparison/payment-models.yaml:1: rate_series: "no-dognpris" is not the id of a series in /srv/x/comparison',
		]);
	});

	it('reports a missing settings file', () => {
		const list = files(SERIES).filter((f) => f.name !== 'payment-models.yaml');
		expect(errorLines(() => parseComparison(list))).toEqual([
			'data/comparison/payment-models.yaml:1: -: file not found',
		]);
	});
});
