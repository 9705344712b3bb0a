import { get } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { gzipBytes, scriptsOf } from './lib/html.mjs';
import { ratio } from './lib/stats.mjs';

export const name = 'embed';
export const title = '`/embed/{id}`: scripts and bytes transferred';

/** bench/budgets.json `embeds`: no script file, at most 1 kB of inline script, 20 kB in all. */
const TARGET = 'no script file, ≤ 1 kB inline script, ≤ 20 kB transferred';

/** @param {{ base: string; charts: () => Promise<{ ids: string[] }> }} ctx */
export async function run({ base, charts }) {
  const { ids } = await charts();
  const probe = await get(`${base}/embed/${ids[0]}`);
  if (probe.status === 404) {
    console.log('  /embed/{id} answers 404: the route does not exist yet, skipped');
    return { skipped: 'GET /embed/{id} → 404', target: '0 scripts, ≤ 20 kB transferred' };
  }
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const id of ids) {
      const page = await browser.newPage();
      /** @type {import('playwright-core').Request[]} */
      const requests = [];
      page.on('requestfinished', (r) => requests.push(r));
      const path = `/embed/${id}`;
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const domScripts = await page.evaluate(() => document.scripts.length);
      let transferred = 0;
      const byType = /** @type {Record<string, number>} */ ({});
      for (const r of requests) {
        const s = await r.sizes();
        const bytes = s.responseBodySize + s.responseHeadersSize;
        transferred += bytes;
        byType[r.resourceType()] = (byType[r.resourceType()] ?? 0) + bytes;
      }
      const html = (await get(`${base}${path}`)).body;
      const row = {
        path,
        domScripts,
        scriptRequests: requests.filter((r) => r.resourceType() === 'script').length,
        htmlScripts: scriptsOf(html.toString('utf8'), `${base}${path}`),
        requests: requests.length,
        transferredBytes: transferred,
        transferredByType: byType,
        htmlBytes: html.byteLength,
        htmlGzipBytes: gzipBytes(html),
      };
      rows.push({
        ...row,
        htmlScripts: row.htmlScripts.external.length + row.htmlScripts.inline.length,
        inlineScriptBytes: row.htmlScripts.inline.reduce((n, t) => n + Buffer.byteLength(t), 0),
      });
      console.log(
        `  ${path.padEnd(30)} ${row.domScripts} scripts in DOM, ${row.scriptRequests} script requests, ` +
          `${rows.at(-1)?.inlineScriptBytes} B inline script, ` +
          `${requests.length} requests, ${(transferred / 1000).toFixed(1)} kB transferred ` +
          `(HTML ${(row.htmlGzipBytes / 1000).toFixed(1)} kB gzip)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  // Baseline: the chart's own page, loaded the same way.
  /** @type {{ path: string; transferredBytes: number; scriptRequests: number } | null} */
  let pageBaseline = null;
  const pagePath = `/charts/${ids[0]}`;
  if ((await get(`${base}${pagePath}`)).status === 200) {
    const b = await launchChromium();
    try {
      const page = await b.newPage();
      /** @type {import('playwright-core').Request[]} */
      const requests = [];
      page.on('requestfinished', (r) => requests.push(r));
      await page.goto(`${base}${pagePath}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      for (const r of requests) {
        const s = await r.sizes();
        bytes += s.responseBodySize + s.responseHeadersSize;
      }
      pageBaseline = {
        path: pagePath,
        transferredBytes: bytes,
        scriptRequests: requests.filter((r) => r.resourceType() === 'script').length,
      };
      console.log(
        `  baseline ${pagePath}: ${pageBaseline.scriptRequests} script requests, ${(bytes / 1000).toFixed(1)} kB transferred`,
      );
    } finally {
      await b.close();
    }
  }
  const maxTransferred = Math.max(...rows.map((r) => r.transferredBytes));
  const maxScriptRequests = Math.max(...rows.map((r) => r.scriptRequests));
  const maxInlineScriptBytes = Math.max(...rows.map((r) => r.inlineScriptBytes));
  return {
    target: TARGET,
    measured: { maxScriptRequests, maxInlineScriptBytes, maxTransferredBytes: maxTransferred },
    ok: maxScriptRequests === 0 && maxInlineScriptBytes <= 1000 && maxTransferred <= 20_000,
    pageBaseline,
    ratioToBaseline: pageBaseline ? ratio(maxTransferred, pageBaseline.transferredBytes) : null,
    rows,
  };
}
