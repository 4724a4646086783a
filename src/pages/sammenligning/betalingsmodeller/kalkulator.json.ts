import type { APIRoute } from 'astro';
import {
	computeCalculatorData,
	recentPaymentYears,
} from '../../../lib/comparison/calculator-input';
import { getSite } from '../../../loaders/project';

/**
 * The payment calculator's data (CALCULATOR_DATA_PATH): the shown municipality-months of the recent
 * years, fetched by the page's calculator so the page itself stays light.
 */
export const GET: APIRoute = async () => {
	const { model, payments } = (await getSite()).comparison!;
	const years = recentPaymentYears(model.years);
	const months = model.months.filter((m) => years.includes(m.slice(0, 4)));
	const data = computeCalculatorData(payments, model.areas, months, years);
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
