import { z } from 'zod';
import { chartIds, isChartId, type ChartId } from '../charts/registry';
import type { ParamError, ParseResult } from './image-params';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/**
 * A path segment as a chart id: kebab-case and in the registry, else a ParamError for a 404 body
 * that lists the known ids (never the input, which may be anything, e.g. `../x` or `<script>`).
 *
 * @example parseChartId('trade-trend') // → { ok: true, value: 'trade-trend' }
 */
export function parseChartId(raw: string): ParseResult<ChartId> {
  const parsed = idSchema.safeParse(raw);
  if (parsed.success && isChartId(parsed.data)) return { ok: true, value: parsed.data };
  const error: ParamError = {
    error: 'unknown chart id',
    parameter: 'id',
    allowed: chartIds.join(', '),
  };
  return { ok: false, error };
}
