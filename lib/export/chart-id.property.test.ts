import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartIds } from '../charts/registry';
import { parseChartId } from './chart-id';

const REJECTED = { error: 'unknown chart id', parameter: 'id', allowed: chartIds.join(', ') };

// Near-misses of real ids: traversal, case, padding, encodings, markup, prototype keys.
const nearMiss = fc
  .tuple(
    fc.constantFrom(...chartIds),
    fc.constantFrom('', '../', './', '/', ' ', '%2e%2e%2f', '<script>', '-', 'A'),
    fc.constantFrom('', '/', ' ', '\u0000', '%00', '.png', '-', '\u200b', '"onmouseover=x'),
  )
  .filter(([, pre, post]) => pre !== '' || post !== '')
  .map(([id, pre, post]) => `${pre}${id}${post}`);

const anyId = fc.oneof(
  fc.constantFrom(...chartIds),
  nearMiss,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a'.repeat(5000)),
  fc.constantFrom(...chartIds).map((id) => id.toUpperCase()),
);

describe('parseChartId on any string', () => {
  it('accepts exactly the registry ids and otherwise answers the same fixed error', () => {
    fc.assert(
      fc.property(anyId, (raw) => {
        const r = parseChartId(raw);
        if ((chartIds as readonly string[]).includes(raw)) {
          expect(r).toEqual({ ok: true, value: raw });
        } else {
          expect(r).toEqual({ ok: false, error: REJECTED });
        }
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});
