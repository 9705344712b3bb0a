import type { Dataset } from '@/data/types';
import type { ChartOptions } from '../charts/registry';
import { readParam, type ParseResult } from './image-params';
import { z } from 'zod';

/** The longest `events` value accepted, in characters. */
export const MAX_EVENTS_PARAM = 2000;

/**
 * The chart options every chart surface accepts from a query string (the chart page, `/embed`,
 * and the SVG, PNG, PPTX and CSV routes): `events` is `on` (default: the events relevant to the
 * chart), `off` (none), or a comma-separated list of event ids (exactly those on the chart's
 * axis; empty: none). An unknown event id, a repeated or an over-long parameter is an error
 * naming `events` and what is allowed, never echoing the input.
 *
 * @example parseChartOptions(new URLSearchParams('events=off'), d).value // → { events: false }
 */
export function parseChartOptions(query: URLSearchParams, d: Dataset): ParseResult<ChartOptions> {
  const ids = d.events.map((e) => e.id);
  const allowed = `on, off, or a comma-separated list of event ids (${ids.join(', ')})`;
  const r = readParam(query, 'events', z.string().max(MAX_EVENTS_PARAM), allowed);
  if (!r.ok) return r;
  if (r.value === undefined || r.value === 'on') return { ok: true, value: {} };
  if (r.value === 'off') return { ok: true, value: { events: false } };
  const list = r.value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.some((id) => !ids.includes(id))) {
    return {
      ok: false,
      error: { error: 'events names an unknown event', parameter: 'events', allowed },
    };
  }
  return { ok: true, value: { events: [...new Set(list)] } };
}

/**
 * The `events` option as a query string value: undefined for the default, `off`, or the ids.
 *
 * @example eventsQueryValue({ events: ['a', 'b'] }) // → "a,b"
 */
export function eventsQueryValue(o: ChartOptions): string | undefined {
  if (o.events === undefined || o.events === true) return undefined;
  if (o.events === false) return 'off';
  return o.events.join(',');
}
