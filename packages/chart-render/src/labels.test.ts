import { describe, expect, it } from 'vitest';
import { boxInside, boxesOverlap, segmentHitsBox, type Box, type Segment } from './geometry';
import { placePointLabels, stackLabels, type PointLabel, type StackItem } from './labels';

const item = (id: string, y: number, height = 10): StackItem => ({ id, y, height });

/** Squared distance of every label from where it wanted to be: what stackLabels minimises. */
const movement = (items: readonly StackItem[], centres: Map<string, number>) =>
  items.reduce((s, it) => s + (centres.get(it.id)! - it.y) ** 2, 0);

/** Labels in order, apart by `gap`, and within [top, bottom] when they fit. */
function expectGoodStack(
  items: readonly StackItem[],
  top: number,
  bottom: number,
  gap: number,
  { centres, fits }: { centres: Map<string, number>; fits: boolean },
) {
  expect([...centres.keys()].sort()).toEqual(items.map((it) => it.id).sort());
  const sorted = [...items].sort((a, b) => a.y - b.y || a.id.localeCompare(b.id));
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    const space = centres.get(b.id)! - b.height / 2 - (centres.get(a.id)! + a.height / 2);
    expect(space, `${a.id} above ${b.id}, ${gap} px apart`).toBeGreaterThanOrEqual(gap - 1e-9);
  }
  const total = items.reduce((s, it) => s + it.height, 0) + gap * Math.max(0, items.length - 1);
  expect(fits).toBe(total <= bottom - top);
  for (const it of items) {
    const c = centres.get(it.id)!;
    if (fits) {
      expect(c - it.height / 2).toBeGreaterThanOrEqual(top - 1e-9);
      expect(c + it.height / 2).toBeLessThanOrEqual(bottom + 1e-9);
    } else {
      expect(c - it.height / 2, 'stacked down from the top').toBeGreaterThanOrEqual(top - 1e-9);
    }
  }
}

describe('stackLabels', () => {
  it.each<[string, StackItem[], number, number, number, Record<string, number>, boolean]>([
    ['no labels', [], 0, 100, 2, {}, true],
    ['one label where it wants to be', [item('a', 50)], 0, 100, 2, { a: 50 }, true],
    ['one label above the column', [item('a', -50)], 0, 100, 2, { a: 5 }, true],
    ['one label below the column', [item('a', 150)], 0, 100, 2, { a: 95 }, true],
    ['one label just fitting the column', [item('a', 30, 100)], 0, 100, 2, { a: 50 }, true],
    ['two apart stay put', [item('a', 20), item('b', 80)], 0, 100, 2, { a: 20, b: 80 }, true],
    [
      'two exactly a gap apart stay put',
      [item('a', 20), item('b', 32)],
      0,
      100,
      2,
      { a: 20, b: 32 },
      true,
    ],
    [
      'two overlapping move apart equally',
      [item('a', 50), item('b', 52)],
      0,
      100,
      2,
      { a: 45, b: 57 },
      true,
    ],
    [
      'two on one value: order by id',
      [item('b', 50), item('a', 50)],
      0,
      100,
      2,
      { a: 44, b: 56 },
      true,
    ],
    [
      'order follows wanted position, not input',
      [item('b', 60), item('a', 40)],
      0,
      100,
      30,
      { a: 30, b: 70 },
      true,
    ],
    [
      'three on one value spread around it',
      [item('a', 50), item('b', 50), item('c', 50)],
      0,
      100,
      2,
      { a: 38, b: 50, c: 62 },
      true,
    ],
    [
      'a block pushed up by the bottom',
      [item('a', 98), item('b', 99), item('c', 2)],
      0,
      100,
      2,
      { c: 5, a: 83, b: 95 },
      true,
    ],
    [
      'a block pushed down by the top',
      [item('a', 0), item('b', 1)],
      0,
      100,
      0,
      { a: 5, b: 15 },
      true,
    ],
    [
      'a merge that reaches back to an earlier label',
      [item('a', 40), item('b', 52), item('c', 53)],
      0,
      100,
      2,
      { a: 36 + 1 / 3, b: 48 + 1 / 3, c: 60 + 1 / 3 },
      true,
    ],
    [
      'filling the column exactly',
      [item('a', 50), item('b', 50), item('c', 50)],
      0,
      34,
      2,
      { a: 5, b: 17, c: 29 },
      true,
    ],
    ['gap 0: labels may touch', [item('a', 50), item('b', 50)], 0, 100, 0, { a: 45, b: 55 }, true],
    [
      'too tall together: stacked from the top, fits false',
      [item('a', 50, 60), item('b', 50, 60)],
      0,
      100,
      2,
      { a: 30, b: 92 },
      false,
    ],
    ['a column of no height', [item('a', 50), item('b', 50)], 0, 0, 2, { a: 5, b: 17 }, false],
  ])('%s', (_name, items, top, bottom, gap, expected, fits) => {
    const result = stackLabels(items, top, bottom, gap);
    expect(Object.keys(Object.fromEntries(result.centres)).sort()).toEqual(
      Object.keys(expected).sort(),
    );
    for (const [id, y] of Object.entries(expected))
      expect(result.centres.get(id)).toBeCloseTo(y, 9);
    expect(result.fits).toBe(fits);
    expectGoodStack(items, top, bottom, gap, result);
  });

  /** The least movement over every placement on a 0.5 px grid of three labels in order. */
  function bestOnGrid(items: StackItem[], top: number, bottom: number, gap: number): number {
    const [a, b, c] = [...items].sort((p, q) => p.y - q.y || p.id.localeCompare(q.id)) as [
      StackItem,
      StackItem,
      StackItem,
    ];
    let best = Infinity;
    for (let ya = top + a.height / 2; ya + a.height / 2 <= bottom; ya += 0.5) {
      for (let yb = ya + (a.height + b.height) / 2 + gap; yb + b.height / 2 <= bottom; yb += 0.5) {
        for (
          let yc = yb + (b.height + c.height) / 2 + gap;
          yc + c.height / 2 <= bottom;
          yc += 0.5
        ) {
          best = Math.min(best, (ya - a.y) ** 2 + (yb - b.y) ** 2 + (yc - c.y) ** 2);
        }
      }
    }
    return best;
  }

  it('moves labels no more than any other placement in order (150 scenes of three)', () => {
    let seed = 3;
    const rnd = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    let checked = 0;
    for (let scene = 0; scene < 150; scene++) {
      const items = ['a', 'b', 'c'].map((id) => item(id, rnd(61) - 5, 2 * (1 + rnd(8))));
      const [top, bottom, gap] = [0, 50, 2];
      const result = stackLabels(items, top, bottom, gap);
      expectGoodStack(items, top, bottom, gap, result);
      if (!result.fits) continue;
      checked++;
      expect(movement(items, result.centres), JSON.stringify(items)).toBeLessThanOrEqual(
        bestOnGrid(items, top, bottom, gap) + 1e-9,
      );
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the same centres whatever order the labels come in', () => {
    const items = [item('x', 30), item('y', 31, 14), item('z', 33), item('w', 90)];
    const expected = Object.fromEntries(stackLabels(items, 0, 100, 3).centres);
    expect(Object.fromEntries(stackLabels([...items].reverse(), 0, 100, 3).centres)).toEqual(
      expected,
    );
    expect(
      Object.fromEntries(
        stackLabels([items[2]!, items[0]!, items[3]!, items[1]!], 0, 100, 3).centres,
      ),
    ).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const items = [item('b', 52), item('a', 50)];
    const copy = structuredClone(items);
    stackLabels(items, 0, 100, 2);
    expect(items).toEqual(copy);
  });
});

const label = (id: string, x: number, y: number, w = 40, h = 12, radius = 4): PointLabel => ({
  id,
  anchor: { x, y },
  radius,
  w,
  h,
});

const PAD = 3;

/** The distance from a point to the nearest point of a box (0 inside). */
function distanceToBox(x: number, y: number, b: Box): number {
  const dx = Math.max(b.x - x, 0, x - (b.x + b.w));
  const dy = Math.max(b.y - y, 0, y - (b.y + b.h));
  return Math.hypot(dx, dy);
}

/** Checks what placePointLabels promises of a clean placement, with the module's own geometry. */
function expectClean(
  labels: readonly PointLabel[],
  obstacles: { boxes: readonly Box[]; segments: readonly Segment[] },
  bounds: Box,
  placed: { id: string; box: Box; leader: Segment | null }[],
) {
  expect(placed.map((p) => p.id)).toEqual(labels.map((l) => l.id));
  for (const [i, p] of placed.entries()) {
    expect(boxInside(p.box, bounds), `${p.id} inside the bounds`).toBe(true);
    for (const q of placed.slice(i + 1)) {
      expect(boxesOverlap(p.box, q.box, PAD), `${p.id} clear of ${q.id}`).toBe(false);
    }
    for (const o of obstacles.boxes)
      expect(boxesOverlap(p.box, o), `${p.id} clear of a box`).toBe(false);
    for (const s of obstacles.segments) {
      expect(segmentHitsBox(s, p.box), `${p.id} clear of a line`).toBe(false);
    }
  }
}

/** A label moved away from its mark when it is further than the mark's radius plus the pad. */
function expectLeadersExactlyWhenMoved(
  labels: readonly PointLabel[],
  placed: { id: string; box: Box; leader: Segment | null }[],
) {
  for (const [i, p] of placed.entries()) {
    const l = labels[i]!;
    const away = distanceToBox(l.anchor.x, l.anchor.y, p.box) > l.radius + PAD + 1e-6;
    expect(p.leader !== null, `${p.id} has a leader exactly when moved away`).toBe(away);
    if (p.leader) {
      const { x1, y1, x2, y2 } = p.leader;
      expect(Math.hypot(x1 - l.anchor.x, y1 - l.anchor.y), 'leader starts at the mark').toBeCloseTo(
        l.radius,
        6,
      );
      expect(distanceToBox(x2, y2, p.box), 'leader ends at the label').toBeLessThanOrEqual(
        1 + 1e-6,
      );
      expect(distanceToBox(x2, y2, p.box), 'leader stops short of the text').toBeGreaterThan(0);
    }
  }
}

describe('placePointLabels', () => {
  const bounds: Box = { x: 0, y: 0, w: 400, h: 300 };
  const none = { boxes: [], segments: [] };

  it('places nothing for no labels', () => {
    expect(placePointLabels([], none, bounds)).toEqual({ placed: [], clean: true });
  });

  it.each<[string, PointLabel, { boxes: Box[]; segments: Segment[] }, Box]>([
    ['right of its mark when free', label('a', 100, 100), none, { x: 107, y: 94, w: 40, h: 12 }],
    [
      'left of its mark at the right edge',
      label('a', 380, 100),
      none,
      { x: 333, y: 94, w: 40, h: 12 },
    ],
    [
      'left of its mark when a box is on the right',
      label('a', 100, 100),
      { boxes: [{ x: 110, y: 90, w: 20, h: 20 }], segments: [] },
      { x: 53, y: 94, w: 40, h: 12 },
    ],
    [
      'above its mark when a line runs through both sides',
      label('a', 100, 100),
      { boxes: [], segments: [{ x1: 0, y1: 100, x2: 400, y2: 100 }] },
      { x: 80, y: 81, w: 40, h: 12 },
    ],
    [
      'below-left of its mark at the top-right corner, clear of a line on the left',
      label('a', 395, 5),
      { boxes: [], segments: [{ x1: 300, y1: 5, x2: 395, y2: 5 }] },
      { x: 395 - 0.7 * 7 - 40, y: 5 + 0.7 * 7, w: 40, h: 12 },
    ],
  ])('one label: %s', (_name, l, obstacles, expected) => {
    const { placed, clean } = placePointLabels([l], obstacles, bounds, PAD);
    expect(clean).toBe(true);
    expect(placed).toHaveLength(1);
    expect(placed[0]!.leader).toBeNull();
    for (const k of ['x', 'y', 'w', 'h'] as const)
      expect(placed[0]!.box[k]).toBeCloseTo(expected[k], 9);
    expectClean([l], obstacles, bounds, placed);
  });

  it('says clean: false when more labels crowd one point than leaders can reach', () => {
    // Ten 60-px labels on one mark: the first ones ring it, and no leader of the rest gets out.
    const labels = 'abcdefghij'.split('').map((id) => label(id, 200, 150, 60, 12));
    expect(placePointLabels(labels, none, bounds, PAD).clean).toBe(false);
  });

  it('places labels of one crowded point without overlaps, with leaders for those moved away', () => {
    const labels = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => label(id, 200, 150, 60, 12));
    const { placed, clean } = placePointLabels(labels, none, bounds, PAD);
    expect(clean).toBe(true);
    expectClean(labels, none, bounds, placed);
    expectLeadersExactlyWhenMoved(labels, placed);
    // Beyond the ring of labels right around the mark, no leader crosses another label.
    for (const p of placed) {
      if (!p.leader) continue;
      const l = labels.find((x) => x.id === p.id)!;
      const ring = l.radius + PAD + l.h;
      const len = Math.hypot(p.leader.x2 - p.leader.x1, p.leader.y2 - p.leader.y1);
      const t = Math.min(1, ring / len);
      const out = {
        ...p.leader,
        x1: p.leader.x1 + (p.leader.x2 - p.leader.x1) * t,
        y1: p.leader.y1 + (p.leader.y2 - p.leader.y1) * t,
      };
      for (const q of placed) {
        if (q !== p)
          expect(segmentHitsBox(out, q.box), `${p.id}'s leader over ${q.id}`).toBe(false);
      }
    }
    expect(placed.filter((p) => p.leader).length).toBeGreaterThan(0);
    expect(placed[0]!.leader, 'the first label keeps its place by the mark').toBeNull();
  });

  it('keeps labels of a line chart off the line, the marks and each other', () => {
    const points = [
      [40, 250],
      [80, 230],
      [120, 180],
      [160, 190],
      [200, 120],
      [240, 110],
      [280, 60],
      [320, 70],
      [360, 40],
    ] as const;
    const segments = points.slice(1).map(([x2, y2], i) => ({
      x1: points[i]![0],
      y1: points[i]![1],
      x2,
      y2,
    }));
    const boxes = points.map(([x, y]) => ({ x: x - 4, y: y - 4, w: 8, h: 8 }));
    const labels = points.map(([x, y], i) => label(`p${i}`, x, y, 44, 12));
    const obstacles = { boxes, segments };
    const { placed, clean } = placePointLabels(labels, obstacles, bounds, PAD);
    expect(clean).toBe(true);
    expectClean(labels, obstacles, bounds, placed);
    expectLeadersExactlyWhenMoved(labels, placed);
  });

  it('keeps every clean placement clear, with leaders exactly for moved labels (200 random charts)', () => {
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    let cleanScenes = 0;
    for (let scene = 0; scene < 200; scene++) {
      const points = Array.from({ length: 1 + rnd(12) }, () => [20 + rnd(360), 20 + rnd(260)]);
      const segments = points.slice(1).map(([x2, y2], i) => ({
        x1: points[i]![0]!,
        y1: points[i]![1]!,
        x2: x2!,
        y2: y2!,
      }));
      const boxes = points.map(([x, y]) => ({ x: x! - 4, y: y! - 4, w: 8, h: 8 }));
      const labels = points.map(([x, y], i) => label(`p${i}`, x!, y!, 30 + rnd(50), 12));
      const obstacles = { boxes, segments };
      const { placed, clean } = placePointLabels(labels, obstacles, bounds, PAD);
      expect(placed.map((p) => p.id)).toEqual(labels.map((l) => l.id));
      expectLeadersExactlyWhenMoved(labels, placed);
      if (!clean) continue;
      cleanScenes++;
      expectClean(labels, obstacles, bounds, placed);
    }
    expect(cleanScenes).toBeGreaterThan(150);
  });

  it('says clean: false, and still places every label, when there is no room', () => {
    const small: Box = { x: 0, y: 0, w: 60, h: 30 };
    const labels = ['a', 'b', 'c'].map((id) => label(id, 30, 15, 50, 12));
    const { placed, clean } = placePointLabels(labels, none, small, PAD);
    expect(clean).toBe(false);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    for (const p of placed) expect(Number.isFinite(p.box.x) && Number.isFinite(p.box.y)).toBe(true);
  });

  it('says clean: false for a label larger than its bounds', () => {
    const { placed, clean } = placePointLabels([label('a', 50, 50, 500, 12)], none, bounds, PAD);
    expect(clean).toBe(false);
    expect(placed).toHaveLength(1);
    expect(placed[0]!.box.w).toBe(500);
  });

  it('says clean: false when every place is covered by a box', () => {
    const wall = { boxes: [{ x: 0, y: 0, w: 400, h: 300 }], segments: [] };
    const { placed, clean } = placePointLabels([label('a', 100, 100)], wall, bounds, PAD);
    expect(clean).toBe(false);
    expect(placed).toHaveLength(1);
  });

  it('gives the same placement for the same input, and the first label the first choice', () => {
    const labels = ['a', 'b', 'c', 'd'].map((id, i) => label(id, 150 + 5 * i, 150, 50, 12));
    const first = placePointLabels(labels, none, bounds, PAD);
    expect(placePointLabels(labels, none, bounds, PAD)).toEqual(first);
    const reversed = placePointLabels([...labels].reverse(), none, bounds, PAD);
    expect(reversed.placed[0]!.box).toEqual({ x: 172, y: 144, w: 50, h: 12 });
    expect(first.placed[0]!.box).toEqual({ x: 157, y: 144, w: 50, h: 12 });
  });
});
