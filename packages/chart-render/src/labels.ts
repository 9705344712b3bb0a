import {
  boxInside,
  boxesOverlap,
  inflate,
  segmentHitsBox,
  type Box,
  type Segment,
} from './geometry';

export interface StackItem {
  id: string;
  /** Where the label's centre wants to be (px). */
  y: number;
  height: number;
}

/**
 * Places labels in one column without overlaps, keeping their order and moving each as little as
 * possible (least squares, as OWID's line-end labels): labels that would overlap form a block
 * centred on their wanted positions, blocks merge until none overlap, and every block is kept
 * within [top, bottom]. `fits` is false when the labels are taller than the column together; they
 * are then stacked from `top` and the caller must make room (smaller text, fewer labels).
 *
 * @example stackLabels([{ id: 'a', y: 50, height: 10 }, { id: 'b', y: 52, height: 10 }], 0, 100, 2)
 * // → { centres: Map { a → 45, b → 57 }, fits: true }
 */
export function stackLabels(
  items: readonly StackItem[],
  top: number,
  bottom: number,
  gap: number,
): { centres: Map<string, number>; fits: boolean } {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.id.localeCompare(b.id));
  const total = sorted.reduce((s, it) => s + it.height, 0) + gap * Math.max(0, sorted.length - 1);
  const fits = total <= bottom - top + 1e-6;
  interface Block {
    items: StackItem[];
    height: number;
    /** Sum over items of (wanted centre − centre offset in block): the block's ideal top × n. */
    sum: number;
    top: number;
  }
  const blocks: Block[] = [];
  const clampTop = (b: Block) =>
    fits ? Math.min(Math.max(b.sum / b.items.length, top), bottom - b.height) : top;
  for (const item of sorted) {
    let block: Block = {
      items: [item],
      height: item.height,
      sum: item.y - item.height / 2,
      top: 0,
    };
    block.top = clampTop(block);
    for (;;) {
      const prev = blocks.at(-1);
      if (!prev || prev.top + prev.height + gap <= block.top + 1e-9) break;
      blocks.pop();
      let offset = prev.height + gap;
      let sum = prev.sum;
      for (const it of block.items) {
        sum += it.y - (offset + it.height / 2);
        offset += it.height + gap;
      }
      block = { items: [...prev.items, ...block.items], height: offset - gap, sum, top: 0 };
      block.top = clampTop(block);
    }
    blocks.push(block);
  }
  const centres = new Map<string, number>();
  let cursor = top;
  for (const b of blocks) {
    let y = fits ? b.top : Math.max(cursor, b.top);
    for (const it of b.items) {
      centres.set(it.id, y + it.height / 2);
      y += it.height + gap;
    }
    cursor = y;
  }
  return { centres, fits };
}

export interface PointLabel {
  id: string;
  /** The mark the label belongs to. */
  anchor: { x: number; y: number };
  /** Half the mark's size: the label keeps this far from the anchor. */
  radius: number;
  w: number;
  h: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** A leader from the mark to the label when the label had to move away from it. */
  leader: Segment | null;
}

/**
 * Places labels next to their marks without covering another label, a mark or a line. First
 * every label tries the positions around its mark (right, left, above, below, the corners), in
 * the order given (most important first); then each label still without a place tries
 * positions further away, nearest first, with a leader line back to its mark that crosses no
 * label or mark. A label with no free position takes the one that covers least, so nothing is
 * ever dropped; `clean` says whether every label found a free place.
 */
export function placePointLabels(
  labels: readonly PointLabel[],
  obstacles: { boxes: readonly Box[]; segments: readonly Segment[] },
  bounds: Box,
  pad = 3,
): { placed: PlacedLabel[]; clean: boolean } {
  // Greedy placement depends on order: when some labels find no free place, try again placing
  // those first, near or far, before the others (a few rounds); keep the first clean result.
  let result = placeInOrder(labels, [], obstacles, bounds, pad);
  let first: number[] = [];
  for (let round = 0; round < 4 && result.left.length > 0; round++) {
    first = [...first, ...result.left.filter((k) => !first.includes(k))];
    const next = placeInOrder(labels, first, obstacles, bounds, pad);
    if (next.left.length < result.left.length) result = next;
    if (next.left.length === 0) break;
  }
  return { placed: result.placed, clean: result.left.length === 0 };
}

/**
 * One greedy pass: the labels in `first` take their best free place one by one; then every other
 * label a free place beside its mark; then, of those still without one, the label whose nearest
 * free place further away is nearest, until none is left that fits. `left` lists the labels that
 * found no free place (they take the place covering least).
 */
function placeInOrder(
  labels: readonly PointLabel[],
  first: readonly number[],
  obstacles: { boxes: readonly Box[]; segments: readonly Segment[] },
  bounds: Box,
  pad: number,
): { placed: PlacedLabel[]; left: number[] } {
  const taken: Box[] = [];
  const leaders: Segment[] = [];
  const placed: (PlacedLabel | null)[] = labels.map(() => null);
  const cost = (b: Box): number => {
    if (!boxInside(b, bounds)) return Infinity;
    let c = 0;
    const padded = inflate(b, pad / 2);
    for (const t of taken) if (boxesOverlap(padded, t)) c += 100;
    for (const o of obstacles.boxes) if (boxesOverlap(padded, o)) c += 10;
    for (const s of obstacles.segments) if (segmentHitsBox(s, padded)) c += 10;
    for (const s of leaders) if (segmentHitsBox(s, padded)) c += 10;
    return c;
  };
  // A leader may pass the labels right around its own mark (a crowded point leaves no other
  // way out) and the mark its own sits on (a target drawn over a bar); beyond, it crosses no
  // label and no other mark.
  const leaderCost = (l: PointLabel, s: Segment): number => {
    const ring = l.radius + pad + l.h;
    const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
    if (len <= ring) return 0;
    const t = ring / len;
    const out = { ...s, x1: s.x1 + (s.x2 - s.x1) * t, y1: s.y1 + (s.y2 - s.y1) * t };
    const { x, y } = l.anchor;
    const under = (o: Box) => x >= o.x && x <= o.x + o.w && y >= o.y && y <= o.y + o.h;
    let c = 0;
    for (const b of taken) if (segmentHitsBox(out, b)) c += 100;
    for (const o of obstacles.boxes) if (!under(o) && segmentHitsBox(out, o)) c += 10;
    return c;
  };
  const place = (k: number, box: Box, leader: Segment | null) => {
    taken.push(inflate(box, pad / 2));
    if (leader) leaders.push(leader);
    placed[k] = { id: labels[k]!.id, box, leader };
  };

  const near = labels.map((l) => {
    const { x, y } = l.anchor;
    const gap = l.radius + pad;
    return [
      { x: x + gap, y: y - l.h / 2, w: l.w, h: l.h },
      { x: x - gap - l.w, y: y - l.h / 2, w: l.w, h: l.h },
      { x: x - l.w / 2, y: y - gap - l.h, w: l.w, h: l.h },
      { x: x - l.w / 2, y: y + gap, w: l.w, h: l.h },
      { x: x + gap * 0.7, y: y - gap * 0.7 - l.h, w: l.w, h: l.h },
      { x: x + gap * 0.7, y: y + gap * 0.7, w: l.w, h: l.h },
      { x: x - gap * 0.7 - l.w, y: y - gap * 0.7 - l.h, w: l.w, h: l.h },
      { x: x - gap * 0.7 - l.w, y: y + gap * 0.7, w: l.w, h: l.h },
    ];
  });
  // Further away: up and down the whole bounds, beside, centred over and half-way across the
  // mark, nearest first.
  const far = labels.map((l) => {
    const { x, y } = l.anchor;
    const gap = l.radius + pad;
    const boxes: Box[] = [];
    const steps = Math.max(12, Math.ceil(bounds.h / (l.h + pad)));
    for (let i = 1; i <= steps; i++) {
      const dy = i * (l.h + pad);
      for (const sign of [-1, 1]) {
        const top = y - l.h / 2 + sign * dy;
        for (const left of [x + gap, x - gap - l.w, x - l.w / 2, x - l.w * 0.15, x - l.w * 0.85]) {
          boxes.push({ x: left, y: top, w: l.w, h: l.h });
        }
      }
    }
    const distance = (b: Box) => Math.hypot(b.x + b.w / 2 - x, b.y + b.h / 2 - y);
    return boxes.map((b) => ({ b, d: distance(b) })).sort((a, b) => a.d - b.d);
  });
  const freeNear = (k: number) => near[k]!.find((b) => cost(b) === 0);
  const freeFar = (k: number, within = Infinity) => {
    for (const { b, d } of far[k]!) {
      if (d >= within) return null;
      const leader = leaderTo(labels[k]!, b);
      if (cost(b) === 0 && leaderCost(labels[k]!, leader) === 0) return { b, d, leader };
    }
    return null;
  };

  for (const k of first) {
    const n = freeNear(k);
    if (n) place(k, n, null);
    else {
      const f = freeFar(k);
      if (f) place(k, f.b, f.leader);
    }
  }
  labels.forEach((_, k) => {
    if (placed[k]) return;
    const n = freeNear(k);
    if (n) place(k, n, null);
  });
  for (;;) {
    let pick: { k: number; b: Box; d: number; leader: Segment } | null = null;
    for (let k = 0; k < labels.length; k++) {
      if (placed[k]) continue;
      const f = freeFar(k, pick?.d ?? Infinity);
      if (f) pick = { k, ...f };
    }
    if (!pick) break;
    place(pick.k, pick.b, pick.leader);
  }

  const left: number[] = [];
  labels.forEach((l, k) => {
    if (placed[k]) return;
    left.push(k);
    let best: { box: Box; cost: number; leader: Segment | null } = {
      box: near[k]![0]!,
      cost: Infinity,
      leader: null,
    };
    for (const b of near[k]!) {
      const c = cost(b);
      if (c < best.cost) best = { box: b, cost: c, leader: null };
    }
    for (const { b } of far[k]!) {
      const leader = leaderTo(l, b);
      const c = cost(b) + leaderCost(l, leader);
      if (c < best.cost) best = { box: b, cost: c, leader };
    }
    place(k, best.box, best.leader);
  });
  return { placed: placed as PlacedLabel[], left };
}

/** A leader from a mark's edge to the nearest side of its label's box. */
function leaderTo(l: PointLabel, b: Box): Segment {
  const { x, y } = l.anchor;
  if (b.x > x)
    return { x1: x + l.radius, y1: y, x2: b.x - 1, y2: clamp(y, b.y + 2, b.y + b.h - 2) };
  if (b.x + b.w < x) {
    return { x1: x - l.radius, y1: y, x2: b.x + b.w + 1, y2: clamp(y, b.y + 2, b.y + b.h - 2) };
  }
  const above = b.y + b.h < y;
  return {
    x1: x,
    y1: above ? y - l.radius : y + l.radius,
    x2: clamp(x, b.x + 2, b.x + b.w - 2),
    y2: above ? b.y + b.h + 1 : b.y - 1,
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}
