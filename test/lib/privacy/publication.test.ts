import { describe, expect, it } from 'vitest';
import { auditPublication } from '../../../src/lib/privacy/audit';
import { publicationOfNumbers } from '../../../src/lib/privacy/publication';
import { grid, tableOf } from '../../helpers/privacy';

describe('publicationOfNumbers(table, numbers, extra)', () => {
	const table = tableOf(grid(['2025-01', '2025-02'], { '5033|2025-02': [3, 2, 2, 1, 3, 0] }));

	it('publishes the sums the outputs show, so the audit sees what a reader sees', async () => {
		const { publication, problems } = publicationOfNumbers(table, [
			{
				column: 'ukp_stays',
				area: 'cluster:Værnesregionen',
				period: '2025-02',
				value: 83,
				where: 'omrader/klynge-varnesregionen/index.html',
			},
			{
				column: 'ukp_stays',
				area: '5034',
				period: '2025-02',
				value: 40,
				where: 'omrader/5034/index.html',
			},
			{
				column: 'ukp_stays',
				area: '5035',
				period: '2025-02',
				value: 40,
				where: 'omrader/5035/index.html',
			},
		]);
		expect(problems).toEqual([]);
		const { leaks } = await auditPublication(publication);
		expect(leaks.find((l) => l.measure === 'ukp_stays' && l.area === '5033')).toMatchObject({
			period: '2025-02',
			interval: [3, 3],
		});
	});

	it('names a number that is not the sum of the protected rows, or not a sum it knows', () => {
		const { problems } = publicationOfNumbers(table, [
			{ column: 'ukp_stays', area: '5034', period: '2025-02', value: 41, where: 'a.html' },
			{ column: 'ukp_stays', area: '9999', period: '2025-02', value: 1, where: 'b.html' },
		]);
		expect(problems).toEqual([
			'a.html: ukp_stays 5034 2025-02 shows 41, the protected rows sum to 40',
			'b.html: ukp_stays 9999 2025-02 is not a sum the protected table knows',
		]);
	});
});
