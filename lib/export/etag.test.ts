import { describe, expect, it } from 'vitest';
import { computeEtag, ifNoneMatchHits } from './etag';

describe('computeEtag', () => {
  it('is a quoted 27-character base64url hash', () => {
    expect(computeEtag([{ id: 'x' }])).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it.each<[string, unknown[], unknown[], boolean]>([
    ['same parts, same tag', [{ a: 1 }, 'v1'], [{ a: 1 }, 'v1'], true],
    ['a changed value', [{ a: 1 }], [{ a: 2 }], false],
    ['a changed code version', [{ a: 1 }, 'v1'], [{ a: 1 }, 'v2'], false],
    ['part boundaries matter', ['a', 1], ['a1'], false],
    ['undefined is null', [undefined], [null], true],
    ['empty', [], [], true],
  ])('%s', (_name, a, b, same) => {
    expect(computeEtag(a) === computeEtag(b)).toBe(same);
  });
});

describe('ifNoneMatchHits', () => {
  const tag = '"abc"';
  it.each<[string, string | null, boolean]>([
    ['exact', '"abc"', true],
    ['weak form', 'W/"abc"', true],
    ['in a list', '"x", "abc"', true],
    ['star', '*', true],
    ['other tag', '"abd"', false],
    ['unquoted', 'abc', false],
    ['null', null, false],
    ['empty', '', false],
  ])('%s', (_name, header, expected) => {
    expect(ifNoneMatchHits(header, tag)).toBe(expected);
  });
});
