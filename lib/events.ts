/**
 * The events timeline: every dated event, by year, filtered by category through the URL
 * (`?category=energy,trade`), so it works without JavaScript and each view is a permalink.
 */
import type { Dataset, Event, EventCategory } from '@/data/types';
import type { ParamError, SearchParams } from './page-params';
import { formatPartialDate, parsePartialDate } from './periods';
import { parseTableView, tableViewHref, type TableViewParams } from './table-query';

/** Every category, in the order the filter lists them. */
export const EVENT_CATEGORIES = [
  'diplomacy',
  'trade',
  'energy',
  'security',
  'other',
] as const satisfies readonly EventCategory[];

const CATEGORY_LABEL = {
  diplomacy: 'Diplomacy',
  trade: 'Trade',
  energy: 'Energy',
  security: 'Security',
  other: 'Other',
} as const satisfies Record<EventCategory, string>;

/**
 * A category as a reader sees it.
 *
 * @example formatEventCategory('energy') // "Energy"
 */
export function formatEventCategory(c: EventCategory): string {
  return CATEGORY_LABEL[c];
}

/**
 * When an event happened, at the precision its source gave: "18 Aug 2007",
 * "7 Jun 2017 – 10 Jun 2017", "Sep 2016".
 *
 * @example formatEventWhen({ start: '2024-07-02', end: '2024-07-04' }) // "2 Jul 2024 – 4 Jul 2024"
 */
export function formatEventWhen(e: Pick<Event, 'start' | 'end'>): string {
  return e.end
    ? `${formatPartialDate(e.start)} – ${formatPartialDate(e.end)}`
    : formatPartialDate(e.start);
}

const TIMELINE_PARAMS = {
  columns: ['date'] as const,
  defaults: { sort: 'date' as const, dir: 'asc' as const },
  filters: { category: EVENT_CATEGORIES },
} satisfies TableViewParams<'date', { category: typeof EVENT_CATEGORIES }>;

/** The timeline a URL asks for: categories to keep (empty: all) and the date order. */
export interface TimelineQuery {
  category: EventCategory[];
  dir: 'asc' | 'desc';
}

/**
 * Reads `?category=` (repeated or comma-separated) and `?dir=asc|desc`. Unknown values are
 * dropped and reported by parameter with the allowed values, never echoed.
 *
 * @example parseTimelineQuery({ category: 'energy,war' })
 * // → { query: { category: ['energy'], dir: 'asc' },
 * //     errors: [{ error: 'unknown value', parameter: 'category', allowed: 'diplomacy, trade, energy, security, other' }] }
 */
export function parseTimelineQuery(params: SearchParams): {
  query: TimelineQuery;
  errors: ParamError[];
} {
  const { query, errors } = parseTableView(params, TIMELINE_PARAMS);
  return { query: { category: [...query.category], dir: query.dir }, errors };
}

/**
 * The permalink of a timeline view, e.g. "/events?category=energy,trade".
 *
 * @example timelineHref({ category: ['trade', 'energy'], dir: 'asc' }) // "/events?category=trade,energy"
 */
export function timelineHref(q: TimelineQuery): string {
  return tableViewHref('/events', TIMELINE_PARAMS, { sort: 'date', ...q }, '');
}

/** One year of the timeline. */
export interface TimelineYear {
  year: number;
  events: Event[];
}

/**
 * The events of the chosen categories (all when none is chosen), grouped by the year they
 * start, in date order (`dir`), an event with a longer date first on a tie. Events with an
 * unreadable date are left out (the validator rejects them). Empty when nothing matches.
 *
 * @example eventTimeline(d, { category: ['energy'], dir: 'asc' })[0].year // → 2005 (Atasu–Alashankou completed)
 */
export function eventTimeline(d: Dataset, q: TimelineQuery): TimelineYear[] {
  const keep = (e: Event) => q.category.length === 0 || q.category.includes(e.category);
  const dated = d.events
    .filter(keep)
    .flatMap((e) => {
      const p = parsePartialDate(e.start);
      return p ? [{ e, start: p.start.getTime(), year: p.start.getUTCFullYear() }] : [];
    })
    .sort((a, b) => a.start - b.start || a.e.id.localeCompare(b.e.id));
  if (q.dir === 'desc') dated.reverse();
  const years: TimelineYear[] = [];
  for (const x of dated) {
    const last = years.at(-1);
    if (last?.year === x.year) last.events.push(x.e);
    else years.push({ year: x.year, events: [x.e] });
  }
  return years;
}
