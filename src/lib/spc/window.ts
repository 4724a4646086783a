// What a page draws of a long SPC series: the months from a start month on, with the segments cut to
// them. The limits stay those of the whole segment (computed from every point); only the drawing is
// shorter, so a page does not grow with the years of history (every point is in the SPC download).
import type { Month } from '../dates';
import type { SpcPoint, SpcSegment } from './types';

/** The points and segments a chart shows from a month on. */
export interface SpcWindow {
	points: SpcPoint[];
	segments: SpcSegment[];
	/** Points left out before the start. */
	leftOut: number;
}

/**
 * Returns the points from `from` on and the segments that reach into them, a segment that began
 * earlier cut to start at the first point shown (its rebase reason dropped: the rebase is not drawn).
 * With `from` `null` or before the first point, everything.
 */
export function windowSpc(
	points: readonly SpcPoint[],
	segments: readonly SpcSegment[],
	from: Month | null,
): SpcWindow {
	const shown = from === null ? [...points] : points.filter((p) => p.month >= from);
	const first = shown[0]?.month;
	const cut = segments
		.filter((s) => first !== undefined && s.to >= first)
		.map((s) =>
			s.from >= first!
				? s
				: {
						...s,
						from: first!,
						points: shown.filter((p) => p.segment === s.segment).length,
						reason: null,
					},
		);
	return { points: shown, segments: cut, leftOut: points.length - shown.length };
}
