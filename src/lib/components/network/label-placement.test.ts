import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelAnchor } from './label-placement';

const OPTIONS = { gap: 2, rings: 6 };

function boxOf(anchor: LabelAnchor, placement: { dx: number; dy: number }) {
	return {
		left: anchor.x + placement.dx - anchor.width / 2,
		right: anchor.x + placement.dx + anchor.width / 2,
		top: anchor.y + placement.dy - anchor.height / 2,
		bottom: anchor.y + placement.dy + anchor.height / 2
	};
}

function touches(box: ReturnType<typeof boxOf>, dot: LabelAnchor) {
	const x = Math.max(box.left, Math.min(dot.x, box.right));
	const y = Math.max(box.top, Math.min(dot.y, box.bottom));
	return Math.hypot(x - dot.x, y - dot.y) < dot.r;
}

describe('placeLabels', () => {
	it('puts a lone label right under its dot, without a leader line', () => {
		const anchor = { id: 'a', x: 100, y: 100, r: 10, width: 60, height: 14 };
		const spot = placeLabels([anchor], OPTIONS).get('a');
		expect(spot).toEqual({ dx: 0, dy: 10 + 2 + 7, leader: null });
	});

	it('moves a label that would cover a dot below it to the next free side', () => {
		const top = { id: 'top', x: 100, y: 100, r: 10, width: 60, height: 14 };
		const below = { id: 'below', x: 100, y: 125, r: 10, width: 60, height: 14 };
		const spots = placeLabels([top, below], OPTIONS);
		expect(spots.get('top')).toMatchObject({ dx: 0, dy: -(10 + 2 + 7), leader: null });
		expect(spots.get('below')).toMatchObject({ dx: 0, dy: 10 + 2 + 7, leader: null });
	});

	it('keeps a crowded cluster free of overlaps, with leader lines for names away from their dots', () => {
		// Twelve dots on a tight grid with long names: no label may touch another label or any dot.
		const anchors: LabelAnchor[] = [];
		for (let i = 0; i < 12; i++)
			anchors.push({
				id: `p${i}`,
				x: 200 + (i % 4) * 40,
				y: 200 + Math.floor(i / 4) * 40,
				r: 8,
				width: 70,
				height: 14
			});
		const spots = placeLabels(anchors, { gap: 2, rings: 10 });
		const boxes = anchors.map((anchor) => {
			const spot = spots.get(anchor.id);
			expect(spot, anchor.id).toBeTruthy();
			return boxOf(anchor, spot!);
		});
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1))
				expect(a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).toBe(false);
			for (const dot of anchors) expect(touches(a, dot)).toBe(false);
		}
		const withLeader = anchors.filter((anchor) => spots.get(anchor.id)!.leader);
		expect(withLeader.length).toBeGreaterThan(0);
		for (const anchor of withLeader) {
			const { x1, y1, x2, y2 } = spots.get(anchor.id)!.leader!;
			// From the dot's edge to the label's edge.
			expect(Math.hypot(x1, y1)).toBeCloseTo(anchor.r);
			const box = boxOf(anchor, spots.get(anchor.id)!);
			const onEdge =
				[box.left, box.right].some((x) => Math.abs(anchor.x + x2 - x) < 1e-9) ||
				[box.top, box.bottom].some((y) => Math.abs(anchor.y + y2 - y) < 1e-9);
			expect(onEdge).toBe(true);
		}
	});

	it('leaves out a label that finds no free spot within its rings', () => {
		// A dot boxed in by four big dots right around it, with one ring to try.
		const anchors: LabelAnchor[] = [
			{ id: 'n', x: 0, y: -30, r: 20, width: 10, height: 10 },
			{ id: 's', x: 0, y: 30, r: 20, width: 10, height: 10 },
			{ id: 'e', x: 30, y: 0, r: 20, width: 10, height: 10 },
			{ id: 'w', x: -30, y: 0, r: 20, width: 10, height: 10 },
			{ id: 'middle', x: 0, y: 0, r: 5, width: 40, height: 10 }
		];
		expect(placeLabels(anchors, { gap: 2, rings: 1 }).get('middle')).toBeNull();
	});
});
