/**
 * Returns the activity ids split into groups of at most `maxRows` rows (an activity's header row
 * plus one row per measure), in order; an activity larger than `maxRows` gets a group of its own.
 * One Gantt page per group keeps the chart's text readable on A4 landscape.
 */
export function chunkActivities(activities: { id: number; measures: unknown[] }[], maxRows: number): number[][] {
	const groups: number[][] = [];
	let rows = 0;
	for (const a of activities) {
		const size = 1 + a.measures.length;
		if (groups.length === 0 || rows + size > maxRows) {
			groups.push([]);
			rows = 0;
		}
		groups[groups.length - 1].push(a.id);
		rows += size;
	}
	return groups;
}
