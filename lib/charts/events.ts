import type { EventSpec } from 'chart-render';
import type { Dataset, Event, EventCategory } from '@/data/types';
import { formatPartialDate, parsePartialDate } from '../periods';

/** What a chart may be asked to show of the dataset's events. */
export interface TimeAxisOptions {
  /**
   * true or absent: the events relevant to the chart; false: none (`?events=off`); a list of
   * event ids: exactly those that fall on the axis.
   */
  events?: boolean | readonly string[];
}

/**
 * A date's position on a time axis in years: 1 Jan 2006 → 2006, 2 Jul 2006 → about 2006.5.
 *
 * @example yearFraction(new Date('2006-08-24T00:00:00Z')) // → 2006.64
 */
export function yearFraction(date: Date): number {
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  return Math.round((year + (date.getTime() - start) / (next - start)) * 1e4) / 1e4;
}

/**
 * An event's dates as a reader writes them: one day "18 Aug 2007"; a range in one month
 * "24–26 Aug 2006"; across months "9 Aug – 17 Sep 2007"; across years in full.
 *
 * @example formatEventDates({ start: '2006-08-24', end: '2006-08-26' }) // → "24–26 Aug 2006"
 */
export function formatEventDates(e: Pick<Event, 'start' | 'end'>): string {
  const start = formatPartialDate(e.start);
  if (!e.end) return start;
  const end = formatPartialDate(e.end);
  const [sd, sm, sy] = start.split(' ');
  const [ed, em, ey] = end.split(' ');
  if (sy !== undefined && ey !== undefined && sy === ey) {
    if (sm === em) return `${sd}–${ed} ${em} ${ey}`;
    return `${sd} ${sm} – ${ed} ${em} ${ey}`;
  }
  return `${start} – ${end}`;
}

/**
 * The events a chart marks on its axis from `first` to `end` (in years, end exclusive), and the
 * sources they cite: by default the events whose category the chart lists (every event when it
 * lists none); none for `events: false`; exactly the listed ids for a list. Events with an
 * unreadable date or outside the axis are left out, and so are their sources.
 *
 * @example eventLayer(d, [2006, 2008], { events: false }) // → { events: [], sourceIds: [] }
 */
export function eventLayer(
  d: Dataset,
  axis: readonly [number, number],
  opts: TimeAxisOptions = {},
  categories: readonly EventCategory[] = [],
): { events: EventSpec[]; sourceIds: string[] } {
  if (opts.events === false) return { events: [], sourceIds: [] };
  const ids = Array.isArray(opts.events) ? new Set<string>(opts.events) : null;
  const picked = d.events.flatMap((e) => {
    const relevant = categories.length === 0 || categories.includes(e.category);
    if (ids ? !ids.has(e.id) : !relevant) return [];
    const start = parsePartialDate(e.start);
    if (!start) return [];
    const t = yearFraction(start.start);
    if (t < axis[0] || t >= axis[1]) return [];
    const end = e.end ? parsePartialDate(e.end) : null;
    return [
      {
        e,
        spec: {
          id: e.id,
          start: t,
          end: end ? yearFraction(end.end) : null,
          when: formatEventDates(e),
          title: e.title,
        },
      },
    ];
  });
  return { events: picked.map((p) => p.spec), sourceIds: picked.flatMap((p) => p.e.sourceIds) };
}

/**
 * The dataset's events in date order; events with an unreadable date last, in dataset order.
 *
 * @example datedEvents(d)[0].title // → "Tien-Shan-1-2006, first China–Kazakhstan bilateral anti-terrorist exercise"
 */
export function datedEvents(d: Dataset): Event[] {
  const start = (e: Event) => parsePartialDate(e.start)?.start.getTime() ?? Infinity;
  return d.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => start(a.e) - start(b.e) || a.i - b.i)
    .map(({ e }) => e);
}
