// Where each partner's name goes on the network map: next to its dot where there is room, otherwise a little
// further out with a leader line back to the dot, never over another name or another dot. Greedy, in the order
// given (the best-connected partners first): each label takes the first free spot of a fixed list of candidates,
// closest rings first and below the dot before above, right, left and (further out) the slants. All in the map's own units.

export interface LabelAnchor {
	id: string;
	/** The dot's centre and radius (including any ring drawn around it). */
	x: number;
	y: number;
	r: number;
	/** The label's size. */
	width: number;
	height: number;
}

export interface LabelPlacement {
	/** The label box's centre, relative to its dot's centre. */
	dx: number;
	dy: number;
	/** A line from the dot's edge to the label when the label does not touch its dot; null when it does. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlacementOptions {
	/** Space kept between a label and a dot (three times as much between two labels). */
	gap: number;
	/** How many rings of candidates to try, each a label's height further out; the first ring touches the dot. */
	rings: number;
	/** The area labels must stay within (the part of the map in view); anywhere when left out. */
	bounds?: Box;
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

// Unit directions in order of preference: below, above, right, left, then the four diagonals and the eight
// directions between those.
const DIRECTIONS: [number, number][] = [
	[0, 1],
	[0, -1],
	[1, 0],
	[-1, 0],
	[1, 1],
	[-1, 1],
	[1, -1],
	[-1, -1],
	[2, 1],
	[-2, 1],
	[2, -1],
	[-2, -1],
	[1, 2],
	[-1, 2],
	[1, -2],
	[-1, -2]
].map(([x, y]) => {
	const length = Math.hypot(x, y);
	return [x / length, y / length];
});

function overlaps(a: Box, b: Box, gap: number): boolean {
	return a.left < b.right + gap && a.right + gap > b.left && a.top < b.bottom + gap && a.bottom + gap > b.top;
}

function inside(box: Box, bounds: Box): boolean {
	return (
		box.left >= bounds.left &&
		box.right <= bounds.right &&
		box.top >= bounds.top &&
		box.bottom <= bounds.bottom
	);
}

/** Whether a box comes within `gap` of a circle. */
function touchesCircle(box: Box, cx: number, cy: number, r: number, gap: number): boolean {
	const nearestX = Math.max(box.left, Math.min(cx, box.right));
	const nearestY = Math.max(box.top, Math.min(cy, box.bottom));
	return Math.hypot(nearestX - cx, nearestY - cy) < r + gap;
}

/**
 * The label box's centre for a spot `distance` out from its dot along `direction`: the box's side (straight
 * directions) or corner (the others) nearest to the dot lies on that spot, the box extending away from the dot.
 */
function candidateCentre(
	anchor: LabelAnchor,
	[ux, uy]: [number, number],
	distance: number
): [number, number] {
	return [
		ux * distance + Math.sign(ux) * (anchor.width / 2),
		uy * distance + Math.sign(uy) * (anchor.height / 2)
	];
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through a box (sampled finely enough for labels). */
function crossesBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
	const steps = Math.max(2, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
	for (let i = 0; i <= steps; i++) {
		const [x, y] = [x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps];
		if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
	}
	return false;
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through a circle. */
function crossesCircle(x1: number, y1: number, x2: number, y2: number, cx: number, cy: number, r: number) {
	const [vx, vy] = [x2 - x1, y2 - y1];
	const lengthSquared = vx * vx + vy * vy;
	const t =
		lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((cx - x1) * vx + (cy - y1) * vy) / lengthSquared));
	return Math.hypot(x1 + t * vx - cx, y1 + t * vy - cy) < r;
}

function leaderLine(anchor: LabelAnchor, box: Box): LabelPlacement['leader'] {
	const nearestX = Math.max(box.left, Math.min(anchor.x, box.right)) - anchor.x;
	const nearestY = Math.max(box.top, Math.min(anchor.y, box.bottom)) - anchor.y;
	const length = Math.hypot(nearestX, nearestY);
	if (length === 0) return null;
	return {
		x1: (nearestX / length) * anchor.r,
		y1: (nearestY / length) * anchor.r,
		x2: nearestX,
		y2: nearestY
	};
}

/**
 * A free spot for each label, in the order given; null for a label that finds none (the caller leaves it out:
 * every partner is also named in the table and in its dot's accessible name). Labels that find no spot whose
 * leader line crosses no other name try once more, their leader line then allowed under other names.
 */
export function placeLabels(
	anchors: readonly LabelAnchor[],
	{ gap, rings, bounds }: PlacementOptions
): Map<string, LabelPlacement | null> {
	const placed: Box[] = [];
	const leaders: [number, number, number, number][] = [];
	const result = new Map<string, LabelPlacement | null>(anchors.map((anchor) => [anchor.id, null]));
	const place = (anchor: LabelAnchor, leadersUnderNames: boolean) => {
		let found: LabelPlacement | null = null;
		search: for (let ring = 0; ring < rings; ring++) {
			const distance = anchor.r + gap + ring * (anchor.height + gap);
			// Right next to its dot a name stands straight below, above, right or left of it (one at a slant reads
			// as nobody's); further out, in any direction, with a leader line.
			for (const direction of ring === 0 ? DIRECTIONS.slice(0, 4) : DIRECTIONS) {
				const [dx, dy] = candidateCentre(anchor, direction, distance);
				const box: Box = {
					left: anchor.x + dx - anchor.width / 2,
					right: anchor.x + dx + anchor.width / 2,
					top: anchor.y + dy - anchor.height / 2,
					bottom: anchor.y + dy + anchor.height / 2
				};
				if (bounds && !inside(box, bounds)) continue;
				// Names a word space apart at least, so two never read as one.
				if (placed.some((other) => overlaps(box, other, 3 * gap))) continue;
				if (leaders.some(([x1, y1, x2, y2]) => crossesBox(x1, y1, x2, y2, box))) continue;
				if (anchors.some((dot) => touchesCircle(box, dot.x, dot.y, dot.r, gap))) continue;
				// A name right next to its dot must read as that dot's: no other dot within a line's height of it.
				const ambiguous = (dot: LabelAnchor) =>
					dot !== anchor && touchesCircle(box, dot.x, dot.y, dot.r, gap + anchor.height);
				if (ring === 0 && anchors.some(ambiguous)) continue;
				const leader = ring === 0 ? null : leaderLine(anchor, box);
				// A leader line runs to its own dot only, through no other dot and no other name.
				const line = leader
					? ([
							anchor.x + leader.x1,
							anchor.y + leader.y1,
							anchor.x + leader.x2,
							anchor.y + leader.y2
						] as const)
					: null;
				if (line && anchors.some((dot) => dot !== anchor && crossesCircle(...line, dot.x, dot.y, dot.r)))
					continue;
				if (line && !leadersUnderNames && placed.some((other) => crossesBox(...line, other))) continue;
				placed.push(box);
				if (line) leaders.push([...line]);
				found = { dx, dy, leader };
				break search;
			}
		}
		result.set(anchor.id, found);
	};
	for (const anchor of anchors) place(anchor, false);
	for (const anchor of anchors) if (!result.get(anchor.id)) place(anchor, true);
	return result;
}
