// Browser side of PaymentCalculator.astro: fetches the month data (the root's data-src) and
// recomputes the three models' yearly totals whenever an input changes. Same rules as
// src/lib/comparison/payment-models.ts.
import type { CalculatorData } from '../../lib/comparison/calculator-input';

const money = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const fmt = (v: number) => `${money.format(v)}\u00a0kr`;

/** Fetches the calculator's data and shows the calculator inside `root`; without the data it stays hidden (the page's tables stand). */
export async function loadCalculator(root: HTMLElement): Promise<void> {
	const response = await fetch(root.dataset.src!).catch(() => null);
	if (!response?.ok) return;
	renderCalculator(root, (await response.json()) as CalculatorData);
}

/** Shows the calculator inside `root` and keeps its result table in step with the form. */
export function renderCalculator(root: HTMLElement, data: CalculatorData): void {
	const form = root.querySelector<HTMLFormElement>('[data-calc-form]')!;
	const table = root.querySelector<HTMLTableElement>('[data-calc-result]')!;
	root.hidden = false;
	const update = () => {
		const values = new FormData(form);
		const benchmark = Number(values.get('benchmark'));
		const abovePays = values.get('liablePays') === 'days_above_benchmark';
		const rates = data.y.map((year) => Number(values.get(`rate-${year}`) || 0));
		table.replaceChildren(
			table.caption ?? document.createElement('caption'),
			header(data.y),
			body(data, benchmark, abovePays, rates),
		);
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

/** Days charged per municipality and year under each model; `null` for a year without shown months. */
function chargedDays(
	data: CalculatorData,
	benchmark: number,
	abovePays: boolean,
): (number | null)[][][] {
	const [firstYear, firstMonth] = data.f.split('-').map(Number);
	const yearOf = (k: number) =>
		data.y.indexOf(String(firstYear + Math.floor((firstMonth - 1 + k) / 12)));
	return data.v.map((triples, i) => {
		const norway: (number | null)[] = data.y.map(() => null);
		const halland: (number | null)[] = data.y.map(() => null);
		for (let t = 0; t < triples.length; t += 3) {
			const [k, s, d] = [triples[t]!, triples[t + 1], triples[t + 2]!];
			const j = yearOf(k);
			// Halland: liable only strictly above the benchmark; a month without stays is not liable.
			const charged =
				s !== null && s > 0 && d / s > benchmark ? (abovePays ? d - benchmark * s : d) : 0;
			norway[j] = (norway[j] ?? 0) + d;
			halland[j] = (halland[j] ?? 0) + charged;
		}
		return [norway, data.w[i], halland];
	});
}

function body(
	data: CalculatorData,
	benchmark: number,
	abovePays: boolean,
	rates: number[],
): HTMLTableSectionElement {
	const tbody = document.createElement('tbody');
	const perMunicipality = chargedDays(data, benchmark, abovePays);
	for (const [name, members, hiddenYears] of data.a) {
		['Norge', 'Sverige (3 dager)', 'Halland'].forEach((label, model) => {
			const row = tbody.insertRow();
			const th = document.createElement('th');
			th.scope = 'row';
			th.textContent = model === 0 ? name : '';
			row.append(th);
			row.insertCell().textContent = label;
			data.y.forEach((_, j) => {
				const days = members
					.map((i) => perMunicipality[i][model][j])
					.filter((v): v is number => v !== null);
				const cell = row.insertCell();
				cell.className = 'num';
				cell.textContent = hiddenYears.includes(j)
					? 'skjult*'
					: days.length === 0
						? '–'
						: fmt(days.reduce((a, b) => a + b, 0) * rates[j]);
			});
		});
	}
	return tbody;
}
