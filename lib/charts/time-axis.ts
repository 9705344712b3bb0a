import type { Dataset, Event, EventCategory } from '@/data/types';
import { parsePartialDate } from '../periods';
import { chartEvents, eventAnnotations, eventMarker } from './annotations';
import type { AnnotationSpec } from './spec';

/** Options every time-axis chart builder takes. */
export interface TimeAxisOptions {
  /** Mark the dataset's dated events on the axis; default true (`?events=off` sets false). */
  events?: boolean;
  /** Which categories of events to mark; default `CHART_DEFAULT_EVENT_IDS` (today's six). */
  eventCategories?: readonly EventCategory[];
}

/**
 * The event markers for a yearly axis and the sources they cite, or nothing when events are
 * switched off. The events are `chartEvents(d, opts.eventCategories)`; those outside the axis
 * are left out, and so are their sources.
 *
 * @example eventLayer(d, ['2006', '2007'], { events: false }) // → { annotations: [], sourceIds: [] }
 */
export function eventLayer(
  d: Dataset,
  yearCategories: readonly string[],
  opts: TimeAxisOptions = {},
): { annotations: AnnotationSpec[]; sourceIds: string[] } {
  if (opts.events === false) return { annotations: [], sourceIds: [] };
  const events = chartEvents(d, opts.eventCategories);
  const annotations = eventAnnotations(d, yearCategories, events);
  const shown = new Set(annotations.map((a) => a.category));
  const sourceIds = events
    .filter((e) => shown.has(e.start.slice(0, 4)))
    .flatMap((e) => e.sourceIds);
  return { annotations, sourceIds };
}

/**
 * The events a chart marks (`chartEvents(d, categories)`) in date order with the marker the
 * charts give them (① for the first), so a list under the charts can use the same numbers.
 * Events with an unreadable date go last, unmarked.
 *
 * @example eventsWithMarkers(d)[0] // → { event: Tien-Shan-1-2006, marker: '①' }
 */
export function eventsWithMarkers(
  d: Dataset,
  categories?: readonly EventCategory[],
): { event: Event; marker: string | null }[] {
  const dated = chartEvents(d, categories)
    .map((event) => ({ event, start: parsePartialDate(event.start)?.start.getTime() ?? null }))
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  let n = 0;
  return dated.map(({ event, start }) => ({
    event,
    marker: start === null ? null : eventMarker(++n),
  }));
}
