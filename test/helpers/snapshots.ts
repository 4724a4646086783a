// Hand-made KPI results, frozen figures and measures for the snapshot tests.
import { readFileSync } from 'node:fs';
import type { Area } from '../../src/lib/areas';
import type { KpiId, KpiRecord, KpiResults, PeriodType } from '../../src/lib/kpi/types';
import { parseYaml } from '../../src/lib/parse-yaml';
import type { FrozenFigure, FrozenMeasure, Snapshot } from '../../src/lib/snapshots/schema';
import { TargetsSchema, type Targets } from '../../src/lib/targets';

/** The repository's targets (headline areas, labels, baseline year 2023). */
export const TARGETS: Targets = parseYaml(
	readFileSync('data/targets.yaml', 'utf8'),
	'data/targets.yaml',
	TargetsSchema,
).value!;

/** Returns a KPI record with the given fields and neutral defaults (complete, one month with data, nothing hidden). */
export function record(
	kpi: KpiId,
	area: string,
	period: string,
	fields: Partial<KpiRecord> = {},
): KpiRecord {
	const periodType: PeriodType = /^\d{4}$/.test(period) ? 'year' : 'month';
	return {
		kpi,
		area,
		period,
		periodType,
		value: null,
		numerator: null,
		denominator: null,
		monthsWithData: 1,
		monthsInPeriod: 1,
		complete: true,
		provisional: false,
		target: null,
		expected: null,
		achievement: null,
		level: null,
		baseline: null,
		forecast: null,
		suppressed: false,
		...fields,
	};
}

const area = (id: string, kind: Area['kind'], name: string): Area => ({
	id,
	kind,
	name,
	label: name,
	members: [],
	population67: null,
	population80: null,
});

/** Returns KPI results over hand-made records: `get` finds them, `months` are the months given. */
export function results(
	records: KpiRecord[],
	options: { months?: string[]; suppressionThreshold?: number | null } = {},
): KpiResults {
	const byKey = new Map(records.map((r) => [`${r.kpi}|${r.area}|${r.period}`, r]));
	const months =
		options.months ??
		[...new Set(records.filter((r) => r.periodType === 'month').map((r) => r.period))].sort();
	return {
		records,
		areas: [
			area('all', 'all', 'Helsefellesskapet'),
			area('cluster:Fosen', 'cluster', 'Fosen'),
			area('cluster:Trondheim', 'cluster', 'Trondheim'),
		],
		units: [area('oya-helsehus', 'unit', 'Øya helsehus')],
		months,
		latestMonth: months.at(-1) ?? '2026-10',
		suppressionThreshold:
			options.suppressionThreshold === undefined ? 4 : options.suppressionThreshold,
		profiles: {},
		get: (kpi, a, period) => byKey.get(`${kpi}|${a}|${period}`),
		series: (kpi, a, type) =>
			records.filter((r) => r.kpi === kpi && r.area === a && r.periodType === type),
		seriesKeys: () => [
			...new Map(records.map((r) => [`${r.kpi}|${r.area}`, { kpi: r.kpi, area: r.area }])).values(),
		],
	};
}

/** Returns a frozen figure with neutral defaults. */
export function figure(
	kpi: KpiId,
	area: string,
	period: string,
	fields: Partial<FrozenFigure> = {},
): FrozenFigure {
	return {
		kpi,
		area,
		period,
		value: null,
		hidden: false,
		provisional: false,
		complete: true,
		months_with_data: 1,
		target: null,
		achievement: null,
		level: null,
		...fields,
	};
}

/** Returns a frozen measure with neutral defaults (green, reported, not done). */
export function measure(id: string, fields: Partial<FrozenMeasure> = {}): FrozenMeasure {
	return {
		id,
		text: `Tiltak ${id}`,
		status: 'green',
		status_comment: null,
		status_date: '2026-10-28',
		done: false,
		flags: { overdue: false, not_reported: false, starting_soon: false },
		...fields,
	};
}

const HASH = 'a'.repeat(64);

/** Returns a snapshot with the given meeting, figures and measures and made-up hashes. */
export function snapshot(fields: Partial<Snapshot> = {}): Snapshot {
	return {
		format: 1,
		slug: 'asu-2026-11-18',
		title: 'Status',
		meeting: 'ASU',
		meeting_date: '2026-11-18',
		sak: '47/26',
		sak_demo: true,
		example: false,
		period: '2026-10',
		edition: 'public',
		data_cutoff: '2026-11-13',
		latest_month: '2026-10',
		synthetic: true,
		suppression_threshold: 4,
		pdf: { file: 'asu-2026-11-18.pdf', sha256: HASH, bytes: 1000 },
		report_file: { path: 'asu-2026-11-18.md', sha256: HASH },
		data_files: [{ path: 'ukp_monthly.csv', sha256: HASH }],
		kpis: [],
		spc: [],
		measures: [],
		...fields,
	};
}
