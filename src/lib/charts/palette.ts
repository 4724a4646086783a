// The light-mode look of src/styles/global.css, for chart files that must stand without the page's
// CSS (slides, documents). test/lib/charts/palette.test.ts fails when global.css and this drift apart.
import type { StyleRule } from './chart';

/** The `:root` colours of global.css in light mode, by custom-property name (without `--`). */
export const LIGHT_PALETTE: Readonly<Record<string, string>> = {
	bg: '#ffffff',
	fg: '#1a1a1a',
	muted: '#4a4a4a',
	line: '#c8c8c8',
	panel: '#f3f5f7',
	link: '#00509e',
	accent: '#00509e',
	green: '#1e7b34',
	yellow: '#f2c200',
	red: '#c0262d',
	'chart-1': '#00509e',
	'chart-2': '#8a4b00',
	'chart-target': '#1e7b34',
	'chart-traj': '#5c5c5c',
	focus: '#ffbf47',
};

/** The page's font stack (`:root` in global.css). */
export const FONT_FAMILY =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/** What `.chart-svg svg text` in global.css gives every chart's text. */
export const CHART_TEXT_STYLE: StyleRule = ['text', { fill: 'currentColor', 'font-size': 12 }];

/**
 * Returns an attribute value with every `var(--name)` / `var(--name, fallback)` replaced by its
 * light-mode colour and `currentColor` by the text colour; throws on a colour the palette lacks.
 */
export function resolvePaint(value: string): string {
	return value
		.replace(/var\(--([\w-]+)(?:,\s*([^)]+))?\)/g, (_match, name: string, fallback?: string) => {
			const colour = LIGHT_PALETTE[name] ?? fallback?.trim();
			if (!colour) throw new Error(`no light-mode colour for --${name}`);
			return colour;
		})
		.replace(/currentColor/g, LIGHT_PALETTE.fg);
}
