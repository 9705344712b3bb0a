import { describe, expect, it } from 'vitest';
import {
  baselineHeaders,
  createNonce,
  EMBED_CSP,
  ERROR_CSP,
  hasMalformedEncoding,
  MALFORMED_PATH_ERROR,
  pageCsp,
  pathFamily,
  type PathFamily,
} from './security-headers';

describe('pathFamily', () => {
  it.each<[string, PathFamily]>([
    ['/', 'page'],
    ['/trade', 'page'],
    ['/charts', 'page'],
    ['/charts/trade-trend', 'page'],
    ['/charts/trade-trend/bogus', 'page'],
    ['/charts/trade-trend/og.png', 'file'],
    ['/charts/trade-trend/og-dark.svg', 'file'],
    ['/icon.svg', 'file'],
    ['/_next/static/chunks/a.js', 'file'],
    ['/api', 'api'],
    ['/api/charts/trade-trend/png', 'api'],
    ['/apis', 'page'],
    ['/embed/trade-trend', 'embed'],
    ['/embedded', 'page'],
  ])('%s → %s', (path, family) => expect(pathFamily(path)).toBe(family));
});

describe('hasMalformedEncoding', () => {
  it.each<[string, boolean]>([
    ['/', false],
    ['/embed/trade-trend', false],
    ['/charts/%C3%A9', false],
    ['/api/charts/a%2Fb/png', false],
    ['/charts/%E0%A4%A', true],
    ['/api/charts/%E0%A4%A/png', true],
    ['/charts/%', true],
    ['/charts/%zz', true],
    ['/charts/%C0%AF', true],
    ['/charts/%ED%A0%80', true],
    ['/charts/trade-trend/og.png%FF', true],
  ])('%s → %s', (path, malformed) => expect(hasMalformedEncoding(path)).toBe(malformed));
});

describe('MALFORMED_PATH_ERROR', () => {
  it('names the parameter and what is allowed', () => {
    expect(MALFORMED_PATH_ERROR.parameter).toBe('path');
    expect(MALFORMED_PATH_ERROR.allowed).not.toBe('');
  });
});

describe('createNonce', () => {
  it('is 16 random bytes in base64, fresh each time', () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe('pageCsp', () => {
  it.each<[string, boolean, string]>([
    ['scripts need the nonce', false, "script-src 'self' 'nonce-abc' 'strict-dynamic'"],
    [
      'eval only in development',
      true,
      "script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval'",
    ],
    ['same-origin framing', false, "frame-ancestors 'self'"],
    ['no plugins', false, "object-src 'none'"],
    ['copy-image blobs', false, "img-src 'self' data: blob:"],
    ['same-origin fetches', false, "connect-src 'self'"],
  ])('%s', (_name, dev, directive) => {
    expect(pageCsp('abc', { dev }).split('; ')).toContain(directive);
  });

  it('allows eval nowhere in production', () => {
    expect(pageCsp('abc', { dev: false })).not.toContain('unsafe-eval');
  });
});

describe('baselineHeaders', () => {
  it.each([
    ['a page', '/charts/trade-trend/', ERROR_CSP, 'SAMEORIGIN'],
    ['a static asset', '/_next/static/chunks/x.js', ERROR_CSP, 'SAMEORIGIN'],
    ['the API', '/api/charts', ERROR_CSP, 'SAMEORIGIN'],
    ['an embed, framable anywhere', '/embed/trade-trend/', EMBED_CSP, undefined],
    ['/embed itself', '/embed', EMBED_CSP, undefined],
  ])('%s', (_name, path, csp, frame) => {
    const h = baselineHeaders(path);
    expect(h['Content-Security-Policy']).toBe(csp);
    expect(h['X-Frame-Options']).toBe(frame);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
