// Browser side of PaymentCalculator.astro: recomputes the three models' yearly totals from the
// embedded month data whenever an input changes. Same rules as src/lib/comparison/payment-models.ts.
import type { MonthInput } from '../../lib/comparison/calculator-input';

interface Payload {
	months: MonthInput[];
	areas: { id: string; name: string; members: string[] }[];
	years: string[];
}

const money = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const fmt = (v: number) => `${money.format(v)}\u00a0kr`;

/** Shows the calculator inside `root` and keeps its result table in step with the form. */
export function renderCalculator(root: HTMLElement): void {
	const data = JSON.parse(root.querySelector('[data-calc-data]')!.textContent ?? '{}') as Payload;
	const form = root.querySelector<HTMLFormElement>('[data-calc-form]')!;
	const table = root.querySelector<HTMLTableElement>('[data-calc-result]')!;
	root.hidden = false;
	const update = () => {
		const values = new FormData(form);
		const benchmark = Number(values.get('benchmark'));
		const abovePays = values.get('liablePays') === 'days_above_benchmark';
		const rate = (year: string) => Number(values.get(`rate-${year}`) || 0);
		table.replaceChildren(table.caption ?? document.createElement('caption'), header(data.years), body(data, benchmark, abovePays, rate));
	};
	form.addEventListener('input', update);
	form.addEventListener('submit', (e) => e.preventDefault());
	update();
}

function header(years: string[]): HTMLTableSectionElement {
	const thead = document.createElement('thead');
	const row = thead.insertRow();
	for (const text of ['Område', 'Modell', ...years]) {
		const th = document.createElement('th');
		th.scope = 'col';
		th.textContent = text;
		if (/^\d{4}$/.test(text)) th.className = 'num';
		row.append(th);
	}
	return thead;
}

function body(data: Payload, benchmark: number, abovePays: boolean, rate: (year: string) => number): HTMLTableSectionElement {
	const tbody = document.createElement('tbody');
	for (const area of data.areas) {
		const members = new Set(area.members);
		const months = data.months.filter((m) => members.has(m.k));
		const models: [string, (m: MonthInput) => number][] = [
			['Norge', (m) => m.d],
			['Sverige (3 dager)', (m) => m.w],
			// Halland: liable only strictly above the benchmark; a month without stays is not liable.
			['Halland', (m) => (m.s > 0 && m.d / m.s > benchmark ? (abovePays ? m.d - benchmark * m.s : m.d) : 0)],
		];
		models.forEach(([label, days], i) => {
			const row = tbody.insertRow();
			const th = document.createElement('th');
			th.scope = 'row';
			th.textContent = i === 0 ? area.name : '';
			row.append(th);
			row.insertCell().textContent = label;
			for (const year of data.years) {
				const inYear = months.filter((m) => m.m.startsWith(year));
				const cell = row.insertCell();
				cell.className = 'num';
				cell.textContent = inYear.length === 0 ? '–' : fmt(inYear.reduce((sum, m) => sum + days(m) * rate(year), 0));
			}
		});
	}
	return tbody;
}
