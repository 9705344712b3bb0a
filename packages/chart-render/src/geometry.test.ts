import { describe, expect, it } from 'vitest';
import {
  boxInside,
  boxesOverlap,
  inflate,
  segmentHitsBox,
  type Box,
  type Segment,
} from './geometry';

const box = (x: number, y: number, w: number, h: number): Box => ({ x, y, w, h });
const seg = (x1: number, y1: number, x2: number, y2: number): Segment => ({ x1, y1, x2, y2 });

describe('boxesOverlap', () => {
  it.each<[string, Box, Box, number, boolean]>([
    ['the same box', box(0, 0, 10, 10), box(0, 0, 10, 10), 0, true],
    ['partly overlapping', box(0, 0, 10, 10), box(5, 5, 10, 10), 0, true],
    ['one inside the other', box(0, 0, 10, 10), box(2, 2, 3, 3), 0, true],
    ['a cross shape (no corner inside the other)', box(0, 4, 10, 2), box(4, 0, 2, 10), 0, true],
    ['touching right edge', box(0, 0, 10, 10), box(10, 0, 5, 5), 0, false],
    ['touching bottom edge', box(0, 0, 10, 10), box(0, 10, 10, 5), 0, false],
    ['touching corners', box(0, 0, 10, 10), box(10, 10, 5, 5), 0, false],
    ['apart horizontally', box(0, 0, 10, 10), box(12, 0, 5, 5), 0, false],
    ['apart vertically', box(0, 0, 10, 10), box(0, 12, 5, 5), 0, false],
    ['overlapping in x only', box(0, 0, 10, 10), box(5, 20, 10, 10), 0, false],
    ['2 px apart with a 3 px pad', box(0, 0, 10, 10), box(12, 0, 5, 5), 3, true],
    ['2 px apart with a 2 px pad (touching)', box(0, 0, 10, 10), box(12, 0, 5, 5), 2, false],
    ['a zero-size box inside', box(0, 0, 10, 10), box(5, 5, 0, 0), 0, true],
    ['a zero-size box on the edge', box(0, 0, 10, 10), box(10, 5, 0, 0), 0, false],
    ['two zero-size boxes at one point', box(5, 5, 0, 0), box(5, 5, 0, 0), 0, false],
    ['negative coordinates', box(-20, -20, 15, 15), box(-10, -10, 15, 15), 0, true],
  ])('%s', (_name, a, b, pad, expected) => {
    expect(boxesOverlap(a, b, pad)).toBe(expected);
    expect(boxesOverlap(b, a, pad), 'symmetric').toBe(expected);
  });
});

describe('boxInside', () => {
  it.each<[string, Box, Box, boolean]>([
    ['strictly inside', box(1, 1, 2, 2), box(0, 0, 3, 3), true],
    ['the same box', box(0, 0, 3, 3), box(0, 0, 3, 3), true],
    ['touching the left and top edges', box(0, 0, 1, 1), box(0, 0, 3, 3), true],
    ['touching the right and bottom edges', box(2, 2, 1, 1), box(0, 0, 3, 3), true],
    ['within the 0.01 px tolerance', box(-0.005, 0, 3.01, 3), box(0, 0, 3, 3), true],
    ['past the left edge', box(-0.5, 1, 1, 1), box(0, 0, 3, 3), false],
    ['past the right edge', box(2.5, 1, 1, 1), box(0, 0, 3, 3), false],
    ['past the top edge', box(1, -0.5, 1, 1), box(0, 0, 3, 3), false],
    ['past the bottom edge', box(1, 2.5, 1, 1), box(0, 0, 3, 3), false],
    ['larger than the outer box', box(-1, -1, 5, 5), box(0, 0, 3, 3), false],
    ['entirely outside', box(10, 10, 1, 1), box(0, 0, 3, 3), false],
    ['a zero-size box inside', box(1, 1, 0, 0), box(0, 0, 3, 3), true],
  ])('%s', (_name, inner, outer, expected) => {
    expect(boxInside(inner, outer)).toBe(expected);
  });

  it('takes a tolerance', () => {
    expect(boxInside(box(-0.5, 0, 1, 1), box(0, 0, 3, 3), 0.5)).toBe(true);
    expect(boxInside(box(-0.5, 0, 1, 1), box(0, 0, 3, 3), 0.4)).toBe(false);
    expect(boxInside(box(0, 0, 3.005, 3), box(0, 0, 3, 3), 0)).toBe(false);
  });
});

describe('segmentHitsBox', () => {
  const b = box(4, 4, 2, 2);
  it.each<[string, Segment, Box, boolean]>([
    ['a diagonal through the box', seg(0, 0, 10, 10), b, true],
    ['a diagonal passing beside the box', seg(0, 3, 10, 13), b, false],
    ['a diagonal clipping a corner', seg(3, 5, 5, 3), b, true],
    ['a diagonal through the corner point only', seg(3, 5, 5, 7), box(4, 6, 2, 2), true],
    ['a diagonal that stops before the box', seg(0, 0, 3, 3), b, false],
    ['a diagonal that starts after the box', seg(7, 7, 10, 10), b, false],
    ['a segment ending inside the box', seg(0, 0, 5, 5), b, true],
    ['a segment wholly inside the box', seg(4.5, 4.5, 5.5, 5.5), b, true],
    ['a vertical line through the box', seg(5, 0, 5, 10), b, true],
    ['a vertical line left of the box', seg(3, 0, 3, 10), b, false],
    ['a vertical line right of the box', seg(7, 0, 7, 10), b, false],
    ['a vertical line along the left edge', seg(4, 0, 4, 10), b, true],
    ['a vertical line that stops above the box', seg(5, 0, 5, 3), b, false],
    ['a horizontal line through the box', seg(0, 5, 10, 5), b, true],
    ['a horizontal line above the box', seg(0, 3, 10, 3), b, false],
    ['a horizontal line below the box', seg(0, 7, 10, 7), b, false],
    ['a horizontal line along the top edge', seg(0, 4, 10, 4), b, true],
    ['a horizontal line that stops left of the box', seg(0, 5, 3.9, 5), b, false],
    ['a point inside the box', seg(5, 5, 5, 5), b, true],
    ['a point outside the box', seg(1, 1, 1, 1), b, false],
    ['a point on the box edge', seg(4, 5, 4, 5), b, true],
    ['a segment through a zero-size box', seg(0, 0, 10, 10), box(5, 5, 0, 0), true],
    ['a segment beside a zero-size box', seg(0, 0, 10, 10), box(5, 6, 0, 0), false],
  ])('%s', (_name, s, bx, expected) => {
    expect(segmentHitsBox(s, bx)).toBe(expected);
    expect(segmentHitsBox(seg(s.x2, s.y2, s.x1, s.y1), bx), 'either direction').toBe(expected);
  });

  /** Independent test: an endpoint inside (edges included), or a crossing with one of the four edges. */
  function hitsByEdges(s: Segment, bx: Box): boolean {
    const inside = (x: number, y: number) =>
      x >= bx.x && x <= bx.x + bx.w && y >= bx.y && y <= bx.y + bx.h;
    if (inside(s.x1, s.y1) || inside(s.x2, s.y2)) return true;
    const cross = (ax: number, ay: number, bx2: number, by: number, cx: number, cy: number) =>
      Math.sign((bx2 - ax) * (cy - ay) - (by - ay) * (cx - ax));
    const onSeg = (ax: number, ay: number, bx2: number, by: number, px: number, py: number) =>
      Math.min(ax, bx2) <= px &&
      px <= Math.max(ax, bx2) &&
      Math.min(ay, by) <= py &&
      py <= Math.max(ay, by);
    const corners: [number, number][] = [
      [bx.x, bx.y],
      [bx.x + bx.w, bx.y],
      [bx.x + bx.w, bx.y + bx.h],
      [bx.x, bx.y + bx.h],
    ];
    for (let i = 0; i < 4; i++) {
      const [px, py] = corners[i]!;
      const [qx, qy] = corners[(i + 1) % 4]!;
      const d1 = cross(px, py, qx, qy, s.x1, s.y1);
      const d2 = cross(px, py, qx, qy, s.x2, s.y2);
      const d3 = cross(s.x1, s.y1, s.x2, s.y2, px, py);
      const d4 = cross(s.x1, s.y1, s.x2, s.y2, qx, qy);
      if (d1 * d2 < 0 && d3 * d4 < 0) return true;
      if (d3 === 0 && onSeg(s.x1, s.y1, s.x2, s.y2, px, py)) return true;
      if (d1 === 0 && onSeg(px, py, qx, qy, s.x1, s.y1)) return true;
    }
    return false;
  }

  it('agrees with an edge-crossing test on 2,000 integer segments', () => {
    let seed = 9;
    const rnd = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    let hits = 0;
    for (let i = 0; i < 2000; i++) {
      const s = seg(rnd(21), rnd(21), rnd(21), rnd(21));
      const bx = box(rnd(16), rnd(16), rnd(6), rnd(6));
      const expected = hitsByEdges(s, bx);
      if (expected) hits++;
      expect(segmentHitsBox(s, bx), JSON.stringify({ s, bx })).toBe(expected);
    }
    expect(hits).toBeGreaterThan(100);
    expect(hits).toBeLessThan(1900);
  });
});

describe('inflate', () => {
  it.each<[string, Box, number, Box]>([
    ['grows every side', box(10, 10, 4, 2), 3, box(7, 7, 10, 8)],
    ['zero pad keeps the box', box(10, 10, 4, 2), 0, box(10, 10, 4, 2)],
    ['a negative pad shrinks it', box(10, 10, 4, 2), -1, box(11, 11, 2, 0)],
    ['a zero-size box becomes a square', box(5, 5, 0, 0), 1.5, box(3.5, 3.5, 3, 3)],
  ])('%s', (_name, b, pad, expected) => {
    expect(inflate(b, pad)).toEqual(expected);
  });
});
