import type { Level } from './kpi/progress';

/** The legend of the draft strategy ("Leseveiledning"), used for KPIs and measures alike. */
export const LEVELS: { level: Level; label: string; short: string }[] = [
	{ level: 'green', label: 'Ingen avvik', short: 'Ingen avvik' },
	{ level: 'yellow', label: 'Mindre avvik, men håndteres', short: 'Mindre avvik' },
	{ level: 'red', label: 'Kritiske avvik, når ikke målsetning', short: 'Kritiske avvik' },
];

/** Returns the legend label of a level, or "Ikke vurdert" when there is none. */
export function levelLabel(level: Level | null): string {
	return LEVELS.find((l) => l.level === level)?.label ?? 'Ikke vurdert';
}
