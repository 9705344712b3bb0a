import { request as httpRequest } from 'node:http';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { chartIds } from '@/lib/charts/registry';
import { IMAGE_PRESET_IDS, IMAGE_THEMES } from '@/lib/export/image-params';
import { COLUMN_IDS, METRIC_KINDS, STATISTICS } from '@/lib/metrics-table';
import { TARGET_KINDS, TRACKER_COLUMNS, TRACKER_STATUSES } from '@/lib/tracker-table';
import { send } from './raw-http';

// HTTP fuzzing of the production server: generated query strings and path segments per route
// family. Never a 5xx (but the render gate's 503 with Retry-After), never a reflected marker.
// Seeded, so a failure replays: FUZZ_SEED=<seed> npx playwright test e2e/fuzz.spec.ts

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

/** Tokens that would be dangerous if reflected raw; the body is searched for each verbatim. */
const MARKERS = [
  'zq<script>x9',
  'zq"onmouseover=x9',
  "zq'onfocus=x9",
  'zq<img src=x onerror=x9>',
] as const;

/** mulberry32: a small seeded PRNG, so every run sends the same requests. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

const NUMBERS = [
  '0',
  '-0',
  '-1',
  '-800',
  '1',
  '2',
  '4',
  '5',
  '320',
  '319',
  '1080',
  '1920',
  '4000',
  '4001',
  '1.5',
  '800.0',
  '1e3',
  '1e308',
  '-1e308',
  '0x10',
  '+800',
  ' 800',
  '800 ',
  '0800',
  '1_000',
  'NaN',
  'Infinity',
  '-Infinity',
  '9007199254740993',
  '99999999999999999999',
  '٣٢٠',
  '３２０',
] as const;

const STRINGS = [
  '',
  ' ',
  '../',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  '\u0000',
  '%00',
  '😀',
  '\u202e',
  'é',
  'a\u0301',
  'Ω≈ç√',
  '中文',
  'constructor',
  '__proto__',
  'toString',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '${7*7}',
  '{{7*7}}',
  '%s%s%n',
  '\r\nX-Injected: 1',
  '<script>alert(1)</script>',
  '"onmouseover=alert(1)',
  "'; DROP TABLE x;--",
  'javascript:x',
] as const;

/** One value: a number spelling, hostile text, a valid token, a marker, or a long run. */
function value(r: Rng, valid: readonly string[]): string {
  const roll = r.next();
  let v: string;
  if (roll < 0.3 && valid.length > 0) v = r.pick(valid);
  else if (roll < 0.5) v = r.pick(NUMBERS);
  else if (roll < 0.6) v = String(r.int(-100000, 100000));
  else if (roll < 0.8) v = r.pick(STRINGS);
  else if (roll < 0.95) v = r.pick(MARKERS);
  else v = r.pick(['a', '9', 'é', '<']).repeat(r.int(200, 4000));
  if (r.chance(0.15)) v = `${v}${r.pick(MARKERS)}`;
  if (r.chance(0.1) && valid.length > 0) v = `${v},${r.pick(valid)}`;
  return v;
}

/** A query string: known and unknown keys, repeated keys, blanks, bare keys, raw bad escapes. */
function queryString(r: Rng, keys: Record<string, readonly string[]>): string {
  const names = Object.keys(keys);
  const parts: string[] = [];
  for (let i = r.int(0, 6); i > 0; i--) {
    const k = r.chance(0.75) && names.length > 0 ? r.pick(names) : value(r, []).slice(0, 40);
    const enc = encodeURIComponent(k);
    const roll = r.next();
    if (roll < 0.05) parts.push(enc);
    else if (roll < 0.1) parts.push(`${enc}=`);
    else parts.push(`${enc}=${encodeURIComponent(value(r, keys[k] ?? []))}`);
    if (r.chance(0.15)) parts.push(parts[parts.length - 1]!);
  }
  if (r.chance(0.05)) parts.push(r.pick(['%', '%zz', '%E0%A4%A', 'a=%ED%A0%80', '=%', '&&']));
  return parts.length > 0 ? `?${parts.join('&')}` : r.pick(['', '?', '?&']);
}

/** A path segment that should not name a chart. */
function badSegment(r: Rng): string {
  const id = r.pick(chartIds);
  return r.pick([
    encodeURIComponent(value(r, [])).slice(0, 2000) || 'x',
    `${id}${encodeURIComponent(r.pick(MARKERS))}`,
    id.toUpperCase(),
    `${id}%00`,
    `${id}%2F..%2F..`,
    `..%2F${id}`,
    '%2e%2e',
    r.pick(['%E0%A4%A', '%', '%C0%AF', '%ED%A0%80', '%FF']),
    encodeURIComponent(r.pick(MARKERS)),
    'constructor',
    '__proto__',
  ]);
}

interface Failure {
  url: string;
  status: number;
  why: string;
}

interface Outcome {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function check(o: Outcome, o2: { mayBeBusy: boolean; failures: Failure[]; echoesText?: boolean }) {
  const fail = (why: string) =>
    o2.failures.push({ url: o.url.slice(0, 300), status: o.status, why });
  if (o.status >= 500) {
    const busy = o.status === 503 && o2.mayBeBusy && /^\d+$/.test(o.headers['retry-after'] ?? '');
    if (!busy) fail('5xx');
  }
  if (o.headers['x-content-type-options'] !== 'nosniff') fail('no security headers');
  const text = o.body.toString('latin1');
  // A page that shows the reader's own title also carries it in Next's inline data, a JSON
  // string in a script where an apostrophe is inert: look for markers outside scripts there.
  const html = o.headers['content-type']?.startsWith('text/html') ?? false;
  const outside =
    o2.echoesText && html ? text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '') : text;
  for (const m of MARKERS) {
    if (text.includes(m) && (m.includes("'") ? outside.includes(m) : true)) {
      fail(`reflects ${JSON.stringify(m)}`);
    }
  }
  if (o.status === 400 && new URL(o.url, 'http://x').pathname.startsWith('/api/')) {
    try {
      const keys = Object.keys(JSON.parse(o.body.toString('utf8')) as object).sort();
      if (keys.join() !== 'allowed,error,parameter') fail(`400 body keys ${keys.join()}`);
    } catch {
      fail('400 body is not JSON');
    }
  }
  for (const leak of ['root:x:0:0', '"dependencies"', 'at async', 'node_modules/']) {
    if (text.includes(leak)) fail(`leaks ${leak}`);
  }
}

/** Sends `urls` with `concurrency` at a time; returns the status counts. */
async function run(
  request: APIRequestContext,
  urls: string[],
  o: { concurrency: number; mayBeBusy: (url: string) => boolean; failures: Failure[] },
): Promise<Record<number, number>> {
  const counts: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const res = await request.get(url, { maxRedirects: 0, timeout: 30_000 });
      const outcome = { url, status: res.status(), headers: res.headers(), body: await res.body() };
      counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
      check(outcome, { mayBeBusy: o.mayBeBusy(url), failures: o.failures });
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return counts;
}

function report(name: string, n: number, counts: Record<number, number>, failures: Failure[]) {
  console.log(`fuzz ${name}: ${n} requests, status ${JSON.stringify(counts)}`);
  expect(failures.slice(0, 10), `${failures.length} failures (seed ${SEED})`).toEqual([]);
}

const TABLE_KEYS = {
  sort: [...COLUMN_IDS, ...TRACKER_COLUMNS],
  dir: ['asc', 'desc'],
  kind: [...METRIC_KINDS, ...TARGET_KINDS],
  statistic: STATISTICS,
  status: TRACKER_STATUSES,
  events: ['on', 'off'],
};
const IMAGE_KEYS = {
  width: ['320', '640', '800', '1200', '1920'],
  height: ['320', '360', '450', '630', '1080'],
  scale: ['1', '2', '3', '4'],
  theme: IMAGE_THEMES,
  preset: IMAGE_PRESET_IDS,
  download: ['0', '1'],
};
const DOWNLOAD_KEYS = { download: ['0', '1'] };
const YEARS = ['1990', '1999', '2000', '2005', '2008', '2010', '2024', '2025', '2030', '2100'];
const OPTION_KEYS = {
  events: ['on', 'off', ''],
  from: YEARS,
  to: YEARS,
  stat: ['cn', 'kz', 'unstated', 'cn,kz'],
  kind: ['reported', 'half-year', 'estimate', 'projection', 'reported,projection'],
  title: ['Trade', '<script>alert(1)</script>', ']]>', '=HYPERLINK("x")', 'التجارة 🇰🇿', '@x'],
  subtitle: ['US$ bn', '&amp;', '-1+1'],
  note: ['My note', '</text><script>', '+cmd|calc'],
  highlight: ['annual-kz', 'annual-cn', 'target-2008-12bn-nazarbayev', 'mirror-gap', 'x'],
};

// 580 page renders take about a minute alone and longer beside the other specs on two cores:
// the limit is a hang guard, not a speed check.
test.describe.configure({ mode: 'parallel', timeout: 240_000 });

test('pages never fail or reflect on any query', async ({ request }) => {
  const r = rng(SEED ^ 0x1001);
  const paths = [
    '/',
    '/projections',
    '/trade',
    '/energy',
    '/sources',
    '/charts',
    ...chartIds.map((id) => `/charts/${id}`),
  ];
  const urls: string[] = [];
  for (let i = 0; i < 520; i++) urls.push(`${r.pick(paths)}${queryString(r, TABLE_KEYS)}`);
  for (let i = 0; i < 60; i++) urls.push(`/charts/${badSegment(r)}${queryString(r, TABLE_KEYS)}`);
  const failures: Failure[] = [];
  const counts = await run(request, urls, { concurrency: 4, mayBeBusy: () => false, failures });
  report('pages', urls.length, counts, failures);
});

test('the embed, chart list and data routes never fail or reflect', async ({ request }) => {
  const r = rng(SEED ^ 0x2002);
  const urls: string[] = [];
  for (let i = 0; i < 120; i++) urls.push(`/embed/${r.pick(chartIds)}${queryString(r, {})}`);
  for (let i = 0; i < 120; i++) urls.push(`/embed/${badSegment(r)}`);
  for (let i = 0; i < 100; i++) urls.push(`/api/charts${queryString(r, DOWNLOAD_KEYS)}`);
  for (const path of ['/api/data.csv', '/api/data.json', '/api/deck.pptx']) {
    for (let i = 0; i < 200; i++) urls.push(`${path}${queryString(r, DOWNLOAD_KEYS)}`);
  }
  const failures: Failure[] = [];
  const counts = await run(request, urls, { concurrency: 4, mayBeBusy: () => false, failures });
  report('embed and data', urls.length, counts, failures);
});

test('the per-chart CSV, PPTX and SVG routes never fail or reflect', async ({ request }) => {
  const r = rng(SEED ^ 0x3003);
  const urls: string[] = [];
  for (const fmt of ['csv', 'pptx']) {
    for (let i = 0; i < 200; i++) {
      urls.push(`/api/charts/${r.pick(chartIds)}/${fmt}${queryString(r, DOWNLOAD_KEYS)}`);
    }
  }
  for (let i = 0; i < 450; i++) {
    urls.push(`/api/charts/${r.pick(chartIds)}/svg${queryString(r, IMAGE_KEYS)}`);
  }
  for (let i = 0; i < 200; i++) {
    const fmt = r.pick(['svg', 'png', 'csv', 'pptx']);
    urls.push(`/api/charts/${badSegment(r)}/${fmt}${queryString(r, IMAGE_KEYS)}`);
  }
  for (let i = 0; i < 50; i++) urls.push(`/api/charts/${r.pick(chartIds)}/${badSegment(r)}`);
  const failures: Failure[] = [];
  const counts = await run(request, urls, {
    concurrency: 4,
    mayBeBusy: (u) => /\/(svg|png)(\?|$)/.test(u),
    failures,
  });
  report('chart exports', urls.length, counts, failures);
});

test('the PNG route never fails or reflects (a few dozen renders)', async ({ request }) => {
  const r = rng(SEED ^ 0x4004);
  const urls: string[] = [];
  for (let i = 0; i < 48; i++) {
    // Half are small valid sizes (each one renders), half are fuzz (mostly refused cheaply).
    const q = r.chance(0.5)
      ? `?width=${r.int(320, 900)}&height=${r.int(320, 600)}&theme=${r.pick(IMAGE_THEMES)}&v=${encodeURIComponent(r.pick(MARKERS))}`
      : queryString(r, IMAGE_KEYS);
    urls.push(`/api/charts/${r.pick(chartIds)}/png${q}`);
  }
  const failures: Failure[] = [];
  const counts = await run(request, urls, { concurrency: 2, mayBeBusy: () => true, failures });
  report('png', urls.length, counts, failures);
});

test('the chart options never fail, and own text comes back only escaped', async ({ request }) => {
  const r = rng(SEED ^ 0x5005);
  const urls: string[] = [];
  const q = () => queryString(r, OPTION_KEYS);
  for (let i = 0; i < 120; i++) urls.push(`/charts/${r.pick(chartIds)}${q()}`);
  for (let i = 0; i < 120; i++) urls.push(`/embed/${r.pick(chartIds)}${q()}`);
  for (const fmt of ['svg', 'csv', 'pptx']) {
    for (let i = 0; i < 120; i++) urls.push(`/api/charts/${r.pick(chartIds)}/${fmt}${q()}`);
  }
  for (let i = 0; i < 24; i++) urls.push(`/api/charts/${r.pick(chartIds)}/png${q()}&preset=og`);
  const failures: Failure[] = [];
  const counts: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const res = await request.get(url, { maxRedirects: 0, timeout: 30_000 });
      const outcome = { url, status: res.status(), headers: res.headers(), body: await res.body() };
      counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
      const busy = /\/(svg|png)(\?|$)/.test(url);
      check(outcome, { mayBeBusy: busy, failures, echoesText: url.startsWith('/charts/') });
      const refused = outcome.status === 400 || outcome.status === 431; // 431: URL over 16 kB
      if (outcome.status !== 200 && !refused && !(busy && outcome.status === 503)) {
        failures.push({ url: url.slice(0, 300), status: outcome.status, why: 'not 200 or 400' });
      }
    }
  };
  await Promise.all(Array.from({ length: 3 }, worker));
  report('chart options', urls.length, counts, failures);
});

/** `c` values of a deck: chart ids, ids with options (valid or fuzzed), and junk. */
function deckChart(r: Rng): string {
  const roll = r.next();
  if (roll < 0.3) return r.pick(chartIds);
  if (roll < 0.7) return `${r.pick(chartIds)}${queryString(r, OPTION_KEYS)}`;
  if (roll < 0.85) return `${r.pick([...chartIds, 'nope'])}?${value(r, [])}`;
  return value(r, chartIds);
}

/** A deck query: title, subtitle, 0–14 charts, download, unknown keys, raw bad escapes. */
function deckQueryString(r: Rng): string {
  const parts: string[] = [];
  for (let i = r.int(0, r.chance(0.1) ? 14 : 5); i > 0; i--) {
    parts.push(`c=${encodeURIComponent(deckChart(r))}`);
  }
  const rest = queryString(r, {
    title: OPTION_KEYS.title,
    subtitle: OPTION_KEYS.subtitle,
    download: ['0', '1'],
  });
  if (rest.length > 1) parts.push(rest.slice(1));
  if (r.chance(0.05)) parts.push(r.pick(['c=%', 'c=%zz', 'c', 'c=', 'c=%E0%A4%A']));
  const s = parts.filter((p) => p !== '').join('&');
  return s ? `?${s}` : '';
}

test('the deck page and deck routes never fail, and own text comes back only escaped', async ({
  request,
}) => {
  const r = rng(SEED ^ 0x6006);
  const urls: string[] = [];
  for (let i = 0; i < 120; i++) urls.push(`/deck${deckQueryString(r)}`);
  for (let i = 0; i < 30; i++) {
    urls.push(
      `/deck${deckQueryString(r) || '?'}&paste=${encodeURIComponent(value(r, ['/charts/projections']))}`,
    );
  }
  for (let i = 0; i < 30; i++) {
    const id = r.pick(chartIds);
    urls.push(`/charts/${id}?deck=${encodeURIComponent(deckQueryString(r).slice(1))}`);
  }
  for (let i = 0; i < 100; i++) urls.push(`/api/deck.pptx${deckQueryString(r)}`);
  // The ZIP renders a PNG per chart: mostly refused cheaply, a few built.
  for (let i = 0; i < 16; i++) urls.push(`/api/deck.zip${deckQueryString(r)}`);
  const failures: Failure[] = [];
  const counts: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const res = await request.get(url, { maxRedirects: 0, timeout: 60_000 });
      const outcome = { url, status: res.status(), headers: res.headers(), body: await res.body() };
      counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
      const busy = url.startsWith('/api/deck.zip');
      check(outcome, { mayBeBusy: busy, failures, echoesText: !url.startsWith('/api/') });
      // 307: an added or pasted chart redirects to the deck's own URL; 431: a URL over 16 kB.
      const expected = [200, 400, 431, ...(url.startsWith('/deck') ? [307] : [])];
      if (!expected.includes(outcome.status) && !(busy && outcome.status === 503)) {
        failures.push({ url: url.slice(0, 300), status: outcome.status, why: 'unexpected status' });
      }
      if (outcome.status === 307 && !/^\/deck(\?|$)/.test(outcome.headers['location'] ?? '')) {
        failures.push({ url: url.slice(0, 300), status: 307, why: 'redirects off the deck' });
      }
    }
  };
  await Promise.all(Array.from({ length: 3 }, worker));
  report('deck', urls.length, counts, failures);
});

/** Methods of every kind Node's parser knows (its client upper-cases what it sends). */
const METHODS = [
  'GET',
  'HEAD',
  'OPTIONS',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'TRACE',
  'PROPFIND',
  'PROPPATCH',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
  'SEARCH',
  'REPORT',
  'PURGE',
  'M-SEARCH',
  'NOTIFY',
  'SUBSCRIBE',
  'LINK',
  'QUERY',
] as const;

/** Header names Next or proxies act on, and ordinary ones, each to be given a hostile value. */
const HOSTILE_HEADERS: Record<string, readonly string[]> = {
  'Next-Action': ['', '0'.repeat(42), 'x'],
  'Next-Router-State-Tree': ['%7B', '[]', '["",{"children":["x"]}]'],
  'Next-Router-Prefetch': ['1'],
  'Next-Router-Segment-Prefetch': ['/_tree', '/x'],
  'Next-Url': ['/', '//evil.example'],
  RSC: ['1'],
  'x-middleware-subrequest': [
    'middleware:middleware:middleware:middleware:middleware',
    'proxy:proxy:proxy:proxy:proxy',
    'src/middleware',
  ],
  'x-middleware-prefetch': ['1'],
  'x-nextjs-data': ['1'],
  'x-invoke-path': ['/api/charts', '/_error'],
  'x-invoke-query': ['%7B%7D'],
  'x-matched-path': ['/api/deck.pptx'],
  'x-now-route-matches': ['id=x'],
  'X-Forwarded-Host': ['evil.example', 'a'.repeat(3000)],
  'X-Forwarded-Proto': ['javascript', 'https'],
  Forwarded: ['host=evil.example;proto=http'],
  'If-None-Match': ['*', 'W/"x"', '"x", *'],
  'If-Modified-Since': ['yesterday', 'Thu, 01 Jan 1970 00:00:00 GMT'],
  Range: ['bytes=0-0', 'bytes=-1', 'bytes=0-0,1-1,2-2,3-3', 'bytes=x'],
  'Accept-Encoding': ['br;q=1, gzip;q=0', 'identity;q=0', '*;q=0', 'x'],
  Accept: ['text/x-component', 'application/json', '*/*;q=x'],
  'Content-Type': ['multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'],
  Cookie: ['a='.repeat(1000), '__prerender_bypass=x; __next_preview_data=x'],
  'User-Agent': ['', 'Googlebot'],
};

test('any method with hostile headers never fails, reflects or skips the headers', async ({
  baseURL,
}) => {
  const r = rng(SEED ^ 0x5005);
  const id = r.pick(chartIds);
  const paths = [
    '/',
    '/trade',
    `/charts/${id}`,
    '/charts',
    '/nope',
    '/api/charts',
    `/api/charts/${id}/svg?width=640&height=360`,
    `/api/charts/${id}/csv`,
    `/api/charts/${id}/pptx`,
    '/api/deck.pptx',
    '/api/deck.pptx?c=projections&title=x',
    '/api/deck.zip?c=projections',
    '/deck?c=projections',
    '/api/data.json',
    '/api/nope',
    `/embed/${id}`,
    '/embed/nope',
    `/charts/${id}/og.png`,
    '/icon.svg',
  ];
  const names = Object.keys(HOSTILE_HEADERS);
  const failures: Failure[] = [];
  const counts: Record<number, number> = {};
  for (let i = 0; i < 600; i++) {
    const method = r.pick(METHODS);
    const headers: Record<string, string> = {};
    for (let k = r.int(1, 4); k > 0; k--) {
      const name = r.pick(names);
      const v = r.chance(0.5) ? r.pick(HOSTILE_HEADERS[name]!) : r.pick(MARKERS);
      headers[name] = r.chance(0.2) ? `${v}${r.pick(MARKERS)}` : v;
    }
    const path = r.chance(0.1) ? `/embed/${badSegment(r)}` : r.pick(paths);
    const o = await send(baseURL!, path, { method, headers });
    counts[o.status] = (counts[o.status] ?? 0) + 1;
    const url = `${method} ${path} ${JSON.stringify(headers).slice(0, 200)}`;
    const before = failures.length;
    check({ ...o, url: path }, { mayBeBusy: false, failures });
    for (const f of failures.slice(before)) f.url = url;
    if (!['GET', 'HEAD'].includes(method) && o.status !== 405 && o.status !== 204) {
      failures.push({ url, status: o.status, why: 'a method other than GET/HEAD was served' });
    }
  }
  report('methods and headers', 600, counts, failures);
});

/** GET with the path sent byte for byte (no URL normalisation of `..` or `%2e`). */
function rawGet(base: string, path: string): Promise<Outcome> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          url: path,
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout ${path}`)));
    req.end();
  });
}

test('raw traversal and encoding tricks in the path never fail or leak files', async ({
  baseURL,
}) => {
  const id = chartIds[0]!;
  const paths = [
    '/embed/../../../../etc/passwd',
    '/api/charts/../../../../etc/passwd/png',
    `/api/charts/${id}/png/../../../../package.json`,
    '/charts/..%2f..%2f..%2fetc%2fpasswd',
    '/charts/%2e%2e/%2e%2e/package.json',
    '/api/charts/%2e%2e/png',
    `/api/charts/${id}/..%2f..%2f..%2fpackage.json`,
    '/_next/static/../../package.json',
    '/_next/static/chunks/..%2f..%2f..%2fpackage.json',
    '/_next/static/%2e%2e/%2e%2e/package.json',
    '/.next/BUILD_ID',
    '/package.json',
    '/next.config.js',
    '/next.config.ts',
    '/.env',
    `//embed//${id}`,
    `/embed/${id}/`,
    `/embed/${id}/x`,
    `/embed/${id}%2f..%2f..`,
    '/embed/%',
    '/embed/%E0%A4%A',
    '/api/charts/%E0%A4%A/png',
    `/api/charts/${id}/png%E0%A4%A`,
    '/charts/%C0%AF',
    `/charts/${id}/og.png%FF`,
    '/%ED%A0%80',
    `/api/charts/${id}/png;.svg`,
    `/api/charts/${id};/png`,
    `/charts/${id}/og.png/..`,
    `/api/charts/${id}/svg?width=${'9'.repeat(6000)}`,
    `/api/charts/${id}/svg?${'a=1&'.repeat(2000)}`,
    `/?sort=${encodeURIComponent(MARKERS[0])}&sort=${encodeURIComponent(MARKERS[1])}`,
    `/embed/${encodeURIComponent(MARKERS[3])}`,
  ];
  const failures: Failure[] = [];
  const counts: Record<number, number> = {};
  for (const path of paths) {
    const o = await rawGet(baseURL!, path);
    counts[o.status] = (counts[o.status] ?? 0) + 1;
    check(o, { mayBeBusy: false, failures });
  }
  report('raw paths', paths.length, counts, failures);
});
