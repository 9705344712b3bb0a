import { get } from './lib/server.mjs';
import { gzipBytes, scriptsOf, stylesheetsOf } from './lib/html.mjs';
import { ratio } from './lib/stats.mjs';

export const name = 'js-size';
export const title = 'JavaScript shipped by each page (gzip)';

/** Pages measured besides `/`; a 404 here is reported, not fatal (routes land over time). */
const PAGES = [
  '/',
  '/charts',
  '/charts/trade-trend',
  '/projections',
  '/trade',
  '/energy',
  '/sources',
];
/** A path no route serves: the not-found page is the app's layout plus Next's runtime. */
const NOT_FOUND = '/__bench-no-such-page';
/** Strings only the Recharts bundle contains; any of them in a browser chunk means it shipped. */
const RECHARTS_MARKERS = ['recharts-wrapper', 'recharts-surface', 'recharts-cartesian'];

/** @type {Map<string, { raw: number; gzip: number; recharts: boolean }>} */
const chunkCache = new Map();

async function chunk(/** @type {string} */ url) {
  let c = chunkCache.get(url);
  if (c === undefined) {
    const r = await get(url);
    if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
    const text = r.body.toString('utf8');
    c = {
      raw: r.body.byteLength,
      gzip: gzipBytes(r.body),
      recharts: RECHARTS_MARKERS.some((m) => text.includes(m)),
    };
    chunkCache.set(url, c);
  }
  return c;
}

/**
 * Scripts, inline script bytes, HTML and CSS sizes of one page, all gzip at level 6.
 * @param {string} base
 * @param {string} path
 */
export async function measurePage(base, path) {
  const r = await get(`${base}${path}`);
  const html = r.body.toString('utf8');
  const { external, inline } = scriptsOf(html, `${base}${path}`);
  let jsGzip = 0;
  let jsRaw = 0;
  const rechartsIn = [];
  const chunks = [];
  for (const url of external) {
    const c = await chunk(url);
    jsGzip += c.gzip;
    jsRaw += c.raw;
    if (c.recharts) rechartsIn.push(new URL(url).pathname);
    chunks.push({ path: new URL(url).pathname, gzip: c.gzip });
  }
  let cssGzip = 0;
  for (const url of stylesheetsOf(html, `${base}${path}`))
    cssGzip += gzipBytes((await get(url)).body);
  return {
    path,
    status: r.status,
    scripts: external.length,
    jsGzipBytes: jsGzip,
    jsRawBytes: jsRaw,
    inlineScripts: inline.length,
    inlineScriptGzipBytes: gzipBytes(inline.join('')),
    htmlBytes: r.body.byteLength,
    htmlGzipBytes: gzipBytes(r.body),
    cssGzipBytes: cssGzip,
    rechartsIn,
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
  };
}

/** @param {{ base: string }} ctx */
export async function run({ base }) {
  const baseline = await measurePage(base, NOT_FOUND);
  const pages = [];
  for (const p of PAGES) {
    const m = await measurePage(base, p);
    if (m.status !== 200) {
      console.log(`  ${p}: HTTP ${m.status}, skipped`);
      continue;
    }
    pages.push(m);
    console.log(
      `  ${p.padEnd(22)} ${m.scripts} scripts, JS ${(m.jsGzipBytes / 1000).toFixed(1)} kB gzip ` +
        `(HTML ${(m.htmlGzipBytes / 1000).toFixed(1)} kB gzip, of which inline RSC payload ` +
        `${(m.inlineScriptGzipBytes / 1000).toFixed(1)} kB)${m.rechartsIn.length ? ' RECHARTS SHIPPED' : ''}`,
    );
  }
  const home = pages.find((p) => p.path === '/');
  console.log(
    `  baseline (not-found page: layout + Next runtime): JS ${(baseline.jsGzipBytes / 1000).toFixed(1)} kB gzip`,
  );
  return {
    target: '≤ 200 kB gzip for `/`',
    measured: home ? home.jsGzipBytes : null,
    unit: 'bytes (gzip -6)',
    ok: home ? home.jsGzipBytes <= 200_000 : null,
    baseline: {
      what: 'the not-found page (layout + Next runtime)',
      jsGzipBytes: baseline.jsGzipBytes,
    },
    ratioToBaseline: ratio(home?.jsGzipBytes, baseline.jsGzipBytes),
    pages,
  };
}
