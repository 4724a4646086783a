import { directHomeShare } from './direct-home-share';
import { meanUkpDays } from './mean-ukp-days';
import { readmissionShare } from './readmission-share';
import { shortTermLos } from './short-term-los';
import { KPI_IDS, type KpiDefinition, type KpiId } from './types';
import { ukpDays } from './ukp-days';
import { zeroDayShare } from './zero-day-share';

export { KPI_IDS, type KpiDefinition, type KpiId, type KpiKind } from './types';

/** The formulas of DOMAIN.md "The six KPIs", one file each. */
export const KPI_DEFINITIONS: Record<KpiId, KpiDefinition> = {
	ukp_days: ukpDays,
	zero_day_share: zeroDayShare,
	mean_ukp_days: meanUkpDays,
	direct_home_share: directHomeShare,
	readmission_share: readmissionShare,
	short_term_los: shortTermLos,
};

/** Returns true for a valid KPI id. */
export function isKpiId(value: string): value is KpiId {
	return (KPI_IDS as readonly string[]).includes(value);
}
