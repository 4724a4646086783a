import { describe, expect, it } from 'vitest';
import { isStartNearTarget } from '../../../src/lib/kpi/present';

// Osen's share of stays with 0 days: 2023 started at 89,8 %, 0,2 points below the 90 % target and
// well inside the 2-point tolerance; 79,4 % in 2026 then gave a goal achievement of −5 088 %.
const higher = { direction: 'higher', tolerance: 0.02 } as const;
const lower = { direction: 'lower', tolerance: 0.3 } as const;

describe('isStartNearTarget(record, spec)', () => {
	it.each([
		[
			'Osen: worse than the target by less than the tolerance',
			{ achievement: -50.88, baseline: 0.8979, target: 0.9 },
			higher,
			true,
		],
		[
			'a lower-is-better KPI 0,1 day above its target (tolerance 0,3)',
			{ achievement: 3, baseline: 2.1, target: 2.0 },
			lower,
			true,
		],
		[
			'a baseline a whole tolerance or more away',
			{ achievement: 0.5, baseline: 0.86, target: 0.9 },
			higher,
			false,
		],
		[
			'a baseline that already met the target (hold: 0 or 100 %)',
			{ achievement: 1, baseline: 0.905, target: 0.9 },
			higher,
			false,
		],
		['no achievement', { achievement: null, baseline: 0.8979, target: 0.9 }, higher, false],
		['no baseline', { achievement: 0.4, baseline: null, target: 0.9 }, higher, false],
	])('%s → %s', (_, record, spec, expected) => {
		expect(isStartNearTarget(record, spec)).toBe(expected);
	});
});
