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
 * Places labels next to their marks without covering another label, a mark or a line: each
 * label tries the positions around its mark (right, left, above, below, the corners), then
 * positions further up and down with a leader line back to the mark, and takes the first that
 * is free and inside `bounds`. Labels are placed in the order given (most important first). A
 * label with no free position takes the one that covers least, so nothing is ever dropped;
 * `clean` says whether every label found a free place.
 */
export function placePointLabels(
  labels: readonly PointLabel[],
  obstacles: { boxes: readonly Box[]; segments: readonly Segment[] },
  bounds: Box,
  pad = 3,
): { placed: PlacedLabel[]; clean: boolean } {
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  let clean = true;
  const cost = (b: Box): number => {
    if (!boxInside(b, bounds)) return Infinity;
    let c = 0;
    const padded = inflate(b, pad / 2);
    for (const t of taken) if (boxesOverlap(padded, t)) c += 100;
    for (const o of obstacles.boxes) if (boxesOverlap(padded, o)) c += 10;
    for (const s of obstacles.segments) if (segmentHitsBox(s, padded)) c += 10;
    return c;
  };
  for (const l of labels) {
    const { x, y } = l.anchor;
    const gap = l.radius + pad;
    const near: Box[] = [
      { x: x + gap, y: y - l.h / 2, w: l.w, h: l.h },
      { x: x - gap - l.w, y: y - l.h / 2, w: l.w, h: l.h },
      { x: x - l.w / 2, y: y - gap - l.h, w: l.w, h: l.h },
      { x: x - l.w / 2, y: y + gap, w: l.w, h: l.h },
      { x: x + gap * 0.7, y: y - gap * 0.7 - l.h, w: l.w, h: l.h },
      { x: x + gap * 0.7, y: y + gap * 0.7, w: l.w, h: l.h },
      { x: x - gap * 0.7 - l.w, y: y - gap * 0.7 - l.h, w: l.w, h: l.h },
      { x: x - gap * 0.7 - l.w, y: y + gap * 0.7, w: l.w, h: l.h },
    ];
    const far: Box[] = [];
    for (let k = 1; k <= 12; k++) {
      const dy = k * (l.h + pad);
      for (const sign of [-1, 1]) {
        far.push({ x: x + gap, y: y - l.h / 2 + sign * dy, w: l.w, h: l.h });
        far.push({ x: x - gap - l.w, y: y - l.h / 2 + sign * dy, w: l.w, h: l.h });
        far.push({
          x: x - l.w / 2,
          y: sign < 0 ? y - gap - l.h - dy : y + gap + dy,
          w: l.w,
          h: l.h,
        });
      }
    }
    let best: { box: Box; cost: number; far: boolean } | null = null;
    for (const [list, isFar] of [
      [near, false],
      [far, true],
    ] as const) {
      for (const b of list) {
        const c = cost(b);
        if (c === 0) {
          best = { box: b, cost: 0, far: isFar };
          break;
        }
        if (best === null || c < best.cost) best = { box: b, cost: c, far: isFar };
      }
      if (best?.cost === 0) break;
    }
    const chosen = best ?? { box: near[0]!, cost: Infinity, far: false };
    if (chosen.cost !== 0) clean = false;
    const b = chosen.box;
    const leader: Segment | null = chosen.far ? leaderTo(l, b) : null;
    taken.push(inflate(b, pad / 2));
    placed.push({ id: l.id, box: b, leader });
  }
  return { placed, clean };
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
