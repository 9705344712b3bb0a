import type { Dataset } from '@/data/types';
import { formatPartialDate, parsePartialDate } from '../periods';
import type { AnnotationSpec } from './spec';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** "①" for 1 … "⑳" for 20, then "(21)". */
export function eventMarker(n: number): string {
  return CIRCLED[n - 1] ?? `(${n})`;
}

/**
 * The dataset's dated events as markers on a yearly axis: events numbered in date order, one
 * annotation per year that has any (its marker lists every number), events outside the axis
 * left out.
 *
 * @example eventAnnotations(d, ['2006', '2007'])[0] // → { category: '2006', marker: '①', text: '① 24–26 Aug 2006: Tien-Shan-1-2006 …' }
 */
export function eventAnnotations(d: Dataset, yearCategories: readonly string[]): AnnotationSpec[] {
  const dated = d.events
    .map((e) => ({ e, start: parsePartialDate(e.start) }))
    .filter(
      (x): x is { e: (typeof d.events)[number]; start: NonNullable<typeof x.start> } =>
        x.start !== null,
    )
    .sort((a, b) => a.start.start.getTime() - b.start.start.getTime());
  const byYear = new Map<string, string[][]>();
  dated.forEach(({ e, start }, i) => {
    const category = String(start.start.getUTCFullYear());
    if (!yearCategories.includes(category)) return;
    const when = e.end
      ? `${formatPartialDate(e.start)} – ${formatPartialDate(e.end)}`
      : formatPartialDate(e.start);
    const marker = eventMarker(i + 1);
    const list = byYear.get(category) ?? [];
    list.push([marker, `${marker} ${when}: ${e.title}`]);
    byYear.set(category, list);
  });
  return [...byYear].map(([category, items]) => ({
    category,
    // A run of three or more shows as "②–⑥" so neighbouring years' markers don't collide.
    marker:
      items.length > 2 ? `${items[0]![0]}–${items.at(-1)![0]}` : items.map(([m]) => m).join(''),
    text: items.map(([, t]) => t).join('; '),
  }));
}
