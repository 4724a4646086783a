// Browser side of WhatIf.astro: today's queue of the chosen area with the reader's changes, through
// the same Erlang C code the build uses (src/lib/capacity/what-if.ts). Imports no data and no zod.
import { computeWhatIf, type WhatIfArea, type WhatIfResult } from '../../lib/capacity/what-if';
import { formatDays, formatNumber, formatPercent } from '../../lib/format';

/** What the page embeds: the areas, and the demographic growth the reader may apply. */
export interface WhatIfPayload {
	areas: WhatIfArea[];
	growth: { value: number; label: string } | null;
}

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);

/** Shows the what-if inside `root` and keeps its figures in step with the form. */
export function renderWhatIf(root: HTMLElement): void {
	const data = JSON.parse(
		root.querySelector('[data-whatif-data]')?.textContent ?? '{}',
	) as WhatIfPayload;
	const form = root.querySelector<HTMLFormElement>('form');
	if (!form || !data.areas?.length) return;
	const field = (name: string) =>
		form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	const show = (key: string, text: string) => {
		for (const el of root.querySelectorAll(`[data-out="${key}"]`)) el.textContent = text;
	};
	const update = () => {
		const area = data.areas.find((a) => a.id === field('area').value) ?? data.areas[0];
		const change = {
			places: Number(field('places').value),
			stayDays: Number(field('stay').value),
			arrivals: Number(field('arrivals').value) / 100,
		};
		show(
			'places-change',
			`${signed(change.places, formatNumber(change.places))} → ${formatNumber(area.system.places + change.places)} plasser`,
		);
		show(
			'stay-change',
			`${signed(change.stayDays, formatNumber(change.stayDays, 1))} døgn → ${formatDays(area.system.meanStayDays + change.stayDays)}`,
		);
		show(
			'arrivals-change',
			`${signed(change.arrivals, formatPercent(change.arrivals, 0))} → ${formatNumber(area.system.arrivalsPerDay * (1 + change.arrivals), 1)} per døgn`,
		);
		showResult(show, area, computeWhatIf(area, change));
	};
	form.addEventListener('input', update);
	form.addEventListener('submit', (e) => e.preventDefault());
	// The reset event comes before the fields are reset.
	form.addEventListener('reset', () => setTimeout(update));
	root.querySelector('[data-growth]')?.addEventListener('click', () => {
		if (!data.growth) return;
		field('arrivals').value = String(Math.round(data.growth.value * 100));
		update();
	});
	root.hidden = false;
	update();
}

function showResult(
	show: (key: string, text: string) => void,
	area: WhatIfArea,
	result: WhatIfResult,
): void {
	const { system, figures, placesNeeded } = result;
	if (!system || !figures) {
		for (const key of ['utilisation', 'wait', 'wait-days', 'days', 'target']) show(key, '–');
		show('verdict', 'Endringene gir ingen plass eller ingen liggetid igjen.');
		return;
	}
	show('utilisation', formatPercent(figures.utilisation));
	show('wait', formatPercent(figures.waitProbability));
	// Among those who wait: W_q ÷ P(wait) = S ÷ (c − a).
	show(
		'wait-days',
		figures.stable ? formatDays(system.meanStayDays / (system.places - figures.offeredLoad)) : '–',
	);
	show('days', figures.stable ? formatDays(figures.ukpDaysPerYear, 0) : 'vokser uten grense');
	const target = area.targetDays;
	show('target', target === null ? '–' : formatDays(target, 0));
	const more = placesNeeded === null ? 0 : placesNeeded - system.places;
	const needed =
		placesNeeded === null
			? 'utenfor rekkevidde'
			: `${formatNumber(placesNeeded)} (${more >= 0 ? `${formatNumber(more)} flere` : `${formatNumber(-more)} færre`})`;
	show('needed', needed);
	show('verdict', verdict(figures, target));
}

function verdict(figures: NonNullable<WhatIfResult['figures']>, target: number | null): string {
	if (!figures.stable)
		return 'Køen vokser uten grense: det kommer flere pasienter som trenger plass enn plassene rekker å ta imot (belegg 100 % eller mer).';
	if (target === null || figures.ukpDaysPerYear === null) return '';
	const gap = figures.ukpDaysPerYear - target;
	return gap > 0
		? `Forventet: ${formatDays(gap, 0)} over målet per år.`
		: `Forventet: ${formatDays(-gap, 0)} under målet per år.`;
}
