import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  baselineHeaders,
  isNextInlineScript,
  pageScriptHashes,
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

describe('pageCsp', () => {
  it.each<[string, boolean, string]>([
    [
      'scripts: the site and the hashes given',
      false,
      "script-src 'self' 'sha256-abc=' 'sha256-d/e='",
    ],
    [
      'development: Next injects scripts of its own',
      true,
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    ],
    ['same-origin framing', false, "frame-ancestors 'self'"],
    ['no plugins', false, "object-src 'none'"],
    ['copy-image blobs', false, "img-src 'self' data: blob:"],
    ['same-origin fetches', false, "connect-src 'self'"],
  ])('%s', (_name, dev, directive) => {
    expect(pageCsp(['sha256-abc=', 'sha256-d/e='], { dev }).split('; ')).toContain(directive);
  });

  it('allows no inline script, eval, nonce or strict-dynamic in production', () => {
    const scripts = pageCsp(['sha256-abc='], { dev: false })
      .split('; ')
      .find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'sha256-abc='");
    expect(pageCsp([], { dev: false })).toContain("script-src 'self';");
  });
});

describe('isNextInlineScript', () => {
  it.each<[string, string, boolean]>([
    ['the flight queue', '(self.__next_f=self.__next_f||[]).push([0])', true],
    ['a flight chunk', 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])', true],
    [
      "Turbopack's bootstrap",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"],"runtimeModuleIds":[1]});',
      true,
    ],
    ['code after a chunk', 'self.__next_f.push([1,"x"]);alert(1)//"])', false],
    ['code as the chunk', 'self.__next_f.push([1,alert(1)])', false],
    [
      'code in the bootstrap',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      false,
    ],
    ['any other script', 'alert(1)', false],
  ])('%s', (_name, code, expected) => {
    expect(isNextInlineScript(code)).toBe(expected);
  });
});

describe('pageScriptHashes', () => {
  it('hashes the text of each inline script Next wrote, skips external ones, refuses others', async () => {
    const init = '(self.__next_f=self.__next_f||[]).push([0])';
    const html =
      `<script src="/_next/static/chunks/a.js" async=""></script><script>${init}</script>` +
      `<p>x</p><script>alert(1)</script><script id="_R_">${init}</script>`;
    // printf '%s' '(self.__next_f=self.__next_f||[]).push([0])' | openssl dgst -sha256 -binary | base64
    const want = `sha256-${createHash('sha256').update(init).digest('base64')}`;
    expect(await pageScriptHashes(html)).toEqual({ hashes: [want], refused: 1 });
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
