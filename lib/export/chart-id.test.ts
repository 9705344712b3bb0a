import { describe, expect, it } from 'vitest';
import { chartIds } from '../charts/registry';
import { parseChartId } from './chart-id';

describe('parseChartId', () => {
  it.each(chartIds)('accepts %s', (id) => {
    expect(parseChartId(id)).toEqual({ ok: true, value: id });
  });

  it.each<[string, string]>([
    ['unknown', 'nope'],
    ['traversal', '../trade-trend'],
    ['upper case', 'Trade-Trend'],
    ['markup', '<script>'],
    ['prototype key', '__proto__'],
    ['inherited key', 'constructor'],
    ['empty', ''],
    ['very long', 'a'.repeat(500)],
  ])('rejects %s with the known ids, never the input', (_name, raw) => {
    const r = parseChartId(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({
      error: 'unknown chart id',
      parameter: 'id',
      allowed: chartIds.join(', '),
    });
  });
});
