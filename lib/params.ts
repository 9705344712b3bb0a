/**
 * The one shape of a rejected query parameter, shared by every parser: the analysis pages'
 * tables and toggles, the chart options, the image parameters, the deck. Export routes answer it
 * as an HTTP 400 body; pages show it and fall back to the default. It never carries the input.
 */
import type { z } from 'zod';

/** A rejected parameter: what is wrong, which parameter, what is allowed. Never the input. */
export interface ParamError {
  error: string;
  parameter: string;
  allowed: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParamError };

/**
 * A failed ParseResult.
 *
 * @example fail('width', 'width is not valid', '320–4000') // → { ok: false, error: { error: 'width is not valid', parameter: 'width', allowed: '320–4000' } }
 */
export function fail(
  parameter: string,
  error: string,
  allowed: string,
): { ok: false; error: ParamError } {
  return { ok: false, error: { error, parameter, allowed } };
}

/**
 * Reads a single-valued parameter through its schema: absent → undefined; given twice or invalid
 * → a ParamError naming it. A comma is part of the value, never a separator (`?sort=a,b` is the
 * one value "a,b"); list parameters use `readListParam`.
 *
 * @example readParam(new URLSearchParams('theme=dark'), 'theme', z.enum(['light', 'dark']), 'light, dark').value // → 'dark'
 */
export function readParam<S extends z.ZodType>(
  query: URLSearchParams,
  name: string,
  schema: S,
  allowed: string,
): ParseResult<z.output<S> | undefined> {
  const values = query.getAll(name);
  if (values.length === 0) return { ok: true, value: undefined };
  if (values.length > 1) return fail(name, `${name} must be given at most once`, allowed);
  const parsed = schema.safeParse(values[0]);
  if (!parsed.success) return fail(name, `${name} is not valid`, allowed);
  return { ok: true, value: parsed.data };
}

/**
 * The items of a list parameter: comma-separated, repeated keys joined (`?a=x,y` equals
 * `?a=x&a=y`, as a form's checkboxes send it), trimmed, blanks dropped; undefined when absent.
 *
 * @example listValues(new URLSearchParams('stats=cn&stats=kz,%20unstated'), 'stats') // → ['cn', 'kz', 'unstated']
 */
export function listValues(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.getAll(name);
  if (raw.length === 0) return undefined;
  return raw
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
