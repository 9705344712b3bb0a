import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMalformedEncoding, pathFamily } from './security-headers';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const segments = fc.array(text, { minLength: 1, maxLength: 4 });

describe('hasMalformedEncoding', () => {
  it('passes every path whose segments were percent-encoded', () => {
    fc.assert(
      fc.property(segments, (segs) => {
        expect(hasMalformedEncoding(`/${segs.map(encodeURIComponent).join('/')}`)).toBe(false);
      }),
      { seed: 61, numRuns: 1000 },
    );
  });

  it('catches a truncated UTF-8 sequence anywhere in any segment', () => {
    const truncated = fc.constantFrom('%E0%A4', '%E0', '%C3', '%F0%9F%98', '%', '%Z', '%ED%A0%80');
    fc.assert(
      fc.property(segments, fc.nat(), text, truncated, text, (segs, i, before, bad, after) => {
        const at = i % segs.length;
        const encoded = segs.map(encodeURIComponent);
        encoded[at] = `${encodeURIComponent(before)}${bad}${encodeURIComponent(after)}`;
        expect(hasMalformedEncoding(`/${encoded.join('/')}`)).toBe(true);
      }),
      { seed: 62, numRuns: 1000 },
    );
  });

  it('agrees with decodeURIComponent segment by segment on any string', () => {
    const raw = fc.string({ unit: fc.constantFrom('%', 'E', '0', 'A', '4', 'f', 'z', '/', 'a') });
    fc.assert(
      fc.property(raw, (s) => {
        const decodes = s.split('/').every((seg) => {
          try {
            decodeURIComponent(seg);
            return true;
          } catch {
            return false;
          }
        });
        expect(hasMalformedEncoding(s)).toBe(!decodes);
      }),
      { seed: 63, numRuns: 2000 },
    );
  });
});

describe('pathFamily', () => {
  it('puts every path in exactly one family, and /api/* and /embed/* in theirs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (rest) => {
        expect(['page', 'api', 'embed', 'file']).toContain(pathFamily(`/${rest}`));
        expect(pathFamily(`/api/${rest}`)).toBe('api');
        expect(pathFamily(`/embed/${rest}`)).toBe('embed');
      }),
      { seed: 64, numRuns: 1000 },
    );
  });
});
