import { formatDate } from '../format';
import type { Frequency } from './schema';

/** What the running header and the cover say about the meeting. */
export interface MeetingInfo {
	meeting: string;
	meeting_date: string;
	sak?: string;
	sak_demo: boolean;
}

/** Returns the case number as printed: `Sak 47/26`, `Sak 47/26 (demonummer)`; `null` without one. */
export function formatSak({ sak, sak_demo }: MeetingInfo): string | null {
	if (sak === undefined) return null;
	return `Sak ${sak}${sak_demo ? ' (demonummer)' : ''}`;
}

/**
 * Returns the running header of every page but the cover: `ASU · 18. november 2026 · Sak 47/26`.
 * With `conferenceWhen` (a fact sheet for a conference) the date is the sheet's, and the
 * conference's own date follows the meeting: `Erfaringskonferansen (ikke bestemt) · utgitt 26. november 2026`.
 */
export function formatRunningHeader(info: MeetingInfo, conferenceWhen?: string): string {
	if (conferenceWhen !== undefined) return [`${info.meeting} (${conferenceWhen})`, `utgitt ${formatDate(info.meeting_date)}`, formatSak(info)].filter(Boolean).join(' · ');
	return [info.meeting, formatDate(info.meeting_date), formatSak(info)].filter(Boolean).join(' · ');
}

const FREQUENCY_WORDS: Record<Frequency, string> = {
	monthly: 'hver måned',
	quarterly: 'hvert kvartal',
	yearly: 'hvert år',
	'per-meeting': 'til hvert møte',
};

/** Returns a reporting frequency in words: `hver måned`, `hvert kvartal`. */
export function formatFrequency(frequency: Frequency): string {
	return FREQUENCY_WORDS[frequency];
}

/** Returns `text` as a quoted CSS string, for `content:` in `@page` margin boxes. */
export function cssString(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

/**
 * Returns the `@page` rules that print the running header (top left), the synthetic-data warning
 * (bottom left) and "Side X av Y" (bottom right); the cover page (named page `cover`) has no header.
 */
export function computePageCss(header: string, synthetic: boolean, asOf: string): string {
	const footLeft = `${synthetic ? 'Syntetiske demodata – ikke ekte tall · ' : ''}Data per ${formatDate(asOf)}`;
	return [
		`@page { @top-left { content: ${cssString(header)}; } @bottom-left { content: ${cssString(footLeft)}; } @bottom-right { content: "Side " counter(page) " av " counter(pages); } }`,
		'@page cover { @top-left { content: none; } }',
	].join('\n');
}
