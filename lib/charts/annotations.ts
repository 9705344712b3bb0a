import type { Dataset, Event, EventCategory } from '@/data/types';
import { formatPartialDate, parsePartialDate } from '../periods';
import type { AnnotationSpec } from './spec';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** "①" for 1 … "⑳" for 20, then "(21)". */
export function eventMarker(n: number): string {
  return CIRCLED[n - 1] ?? `(${n})`;
}

/**
 * The events charts marked before events had categories: the six of part 1 of the reference
 * (the seed article's context, 2006–2007). Until each chart names its categories (the chart
 * engine's event switch), `chartEvents` without categories returns these, so adding the 37
 * events of part 2 changes no chart.
 */
export const CHART_DEFAULT_EVENT_IDS: readonly string[] = [
  'event-tien-shan-2006',
  'event-kz-military-doctrine-2007',
  'event-peace-mission-2007',
  'event-sco-summit-bishkek-2007',
  'event-hu-jintao-state-visit-2007',
  'event-seed-article-published',
];

/**
 * The events a chart marks: those of the given categories, or, without categories,
 * `CHART_DEFAULT_EVENT_IDS` (today's six). Dataset order.
 *
 * @example chartEvents(d, ['energy']).map((e) => e.start)[0] // → '2005-11-15' (Atasu–Alashankou completed)
 */
export function chartEvents(d: Dataset, categories?: readonly EventCategory[]): Event[] {
  return categories
    ? d.events.filter((e) => categories.includes(e.category))
    : d.events.filter((e) => CHART_DEFAULT_EVENT_IDS.includes(e.id));
}

/**
 * Events as markers on a yearly axis: the given events (default `chartEvents(d)`) numbered in
 * date order, one annotation per year that has any (its marker lists every number), events
 * outside the axis left out.
 *
 * @example eventAnnotations(d, ['2006', '2007'])[0] // → { category: '2006', marker: '①', text: '① 24–26 Aug 2006: Tien-Shan-1-2006 …' }
 */
export function eventAnnotations(
  d: Dataset,
  yearCategories: readonly string[],
  events: readonly Event[] = chartEvents(d),
): AnnotationSpec[] {
  const dated = events
    .map((e) => ({ e, start: parsePartialDate(e.start) }))
    .filter((x): x is { e: Event; start: NonNullable<typeof x.start> } => x.start !== null)
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
