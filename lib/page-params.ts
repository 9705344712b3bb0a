/**
 * Query-string state shared by the analysis pages: the event-annotation toggle, and the shape of
 * a rejected parameter. Parsed with zod; a bad value falls back to the default and is reported
 * by name with its allowed values, never echoed.
 */
import { z } from 'zod';
import type { ParamError } from './params';

export type { ParamError } from './params';

/** Next's `searchParams`, awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;

export const EVENTS_VALUES = ['on', 'off'] as const;
const eventsSchema = z.enum(EVENTS_VALUES);

/** The first value of a parameter, trimmed; undefined when absent or blank. */
export function firstParam(raw: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return v === '' ? undefined : v;
}

/**
 * Whether charts show the dataset's dated events: `?events=off` hides them, `on` or no value
 * shows them. Any other value shows them too and yields an error naming `events` and its
 * allowed values. With repeated keys the first wins.
 *
 * @example parseEventsParam({ events: 'off' }) // → { events: false, errors: [] }
 */
export function parseEventsParam(params: SearchParams): { events: boolean; errors: ParamError[] } {
  const raw = firstParam(params.events);
  if (raw === undefined) return { events: true, errors: [] };
  const r = eventsSchema.safeParse(raw);
  if (r.success) return { events: r.data === 'on', errors: [] };
  return {
    events: true,
    errors: [{ error: 'unknown value', parameter: 'events', allowed: EVENTS_VALUES.join(', ') }],
  };
}

/**
 * A link to `basePath` with the given parameters, in the given order, leaving out undefined
 * ones, and an optional `#hash`.
 *
 * @example pageHref('/trade', { events: 'off' }) // → "/trade?events=off"
 */
export function pageHref(
  basePath: string,
  params: Record<string, string | undefined>,
  hash?: string,
): string {
  const parts = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return `${basePath}${parts.length > 0 ? `?${parts.join('&')}` : ''}${hash ? `#${hash}` : ''}`;
}

/**
 * The `events` parameter as it appears in a link: `off` when events are hidden, nothing when
 * shown (the default).
 *
 * @example eventsParam(false) // → "off"
 */
export function eventsParam(events: boolean): string | undefined {
  return events ? undefined : 'off';
}
