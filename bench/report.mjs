import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, RESULTS_DIR } from './lib/server.mjs';

const FILE = join(ROOT, 'BENCHMARKS.md');
const START = '<!-- bench:generated:start (npm run bench rewrites this part) -->';
const END = '<!-- bench:generated:end -->';

const kb = (/** @type {number | null | undefined} */ b) =>
  b == null ? '–' : `${(b / 1000).toFixed(1)} kB`;
const ms = (/** @type {number | null | undefined} */ x) => (x == null ? '–' : `${x} ms`);
const times = (/** @type {number | null | undefined} */ x) => (x == null ? '–' : `${x}×`);
const ok = (/** @type {boolean | null | undefined} */ b) =>
  b === true ? 'yes' : b === false ? '**no**' : '–';
/** min / median / p95 of a summary. */
const mmp = (/** @type {any} */ s) =>
  s && s.n ? `${s.min} / ${s.median} / ${s.p95} ms (n=${s.n})` : '–';

/** @returns {Record<string, any>} */
function readResults() {
  /** @type {Record<string, any>} */
  const out = {};
  if (!existsSync(RESULTS_DIR)) return out;
  for (const f of readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8'));
    out[r.name] = r;
  }
  return out;
}

/** The generated part of BENCHMARKS.md from bench/results/*.json. */
export function renderReport(/** @type {Record<string, any>} */ r) {
  const L = [];
  const any = Object.values(r).find((x) => x.machine);
  const m = any?.machine;
  L.push('## Machine and run', '');
  if (m) {
    L.push(
      `- ${m.nproc} cores (\`nproc\`), ${m.cpu}; ${m.memTotalMb} MB RAM; Node ${m.node}; ${m.platform}`,
      `- Results of \`npm run bench\` (\`node bench/run.mjs\`), each against \`next start\` on 127.0.0.1 ` +
        'from the production build; the renderer benchmarks call `chart-render` and `lib/export` in-process.',
      '',
      '| benchmark | date (UTC) | command | build | load average at start | quick |',
      '|---|---|---|---|---|---|',
    );
    for (const x of Object.values(r).filter((x) => x.machine))
      L.push(
        `| ${x.name} | ${x.date.slice(0, 16).replace('T', ' ')} | \`${x.command}\` | ${x.buildId} | ${x.machine.loadAvgAtStart.join(', ')} | ${x.quick ? 'yes' : 'no'} |`,
      );
    L.push('');
  }

  L.push(
    '## The targets',
    '',
    '| what | target | measured | met | baseline in the same run |',
    '|---|---|---|---|---|',
  );
  const js = r['js-size'];
  if (js) {
    const home = js.pages.find((/** @type {any} */ p) => p.path === '/');
    L.push(
      `| JavaScript shipped by \`/\` (gzip, all scripts) | ≤ 200 kB | ${kb(js.measured)} in ${home?.scripts ?? '–'} scripts; Recharts in a browser chunk: ${home?.rechartsIn.length ? 'YES' : 'no'} | ${ok(js.ok)} | not-found page (layout + Next runtime) ${kb(js.baseline.jsGzipBytes)}: ${times(js.ratioToBaseline)} |`,
    );
  }
  const em = r.embed;
  if (em)
    L.push(
      em.skipped
        ? `| \`/embed/{id}\` | ${em.target} | skipped: ${em.skipped} | – | – |`
        : `| \`/embed/{id}\` | ${em.target} | worst chart: ${em.measured.maxScriptRequests ?? em.measured.maxScripts} script files, ${em.measured.maxInlineScriptBytes ?? 0} B inline script, ${kb(em.measured.maxTransferredBytes)} transferred | ${ok(em.ok)} | ${em.pageBaseline ? `\`${em.pageBaseline.path}\` ${kb(em.pageBaseline.transferredBytes)}: ${times(em.ratioToBaseline)}` : 'OWID embed budget 800 kB (not measured)'} |`,
    );
  const p = r.png;
  if (p)
    L.push(
      `| PNG 1920×1080, uncached, p50 | ≤ 60 ms; ≥ 20× faster than Chromium | ${ms(p.direct.median)} (spec → SVG → PNG, all charts); route first request ${ms(p.route.firstRequest?.median)} | ${ok(p.ok)} | Chromium screenshot ${ms(p.baseline.chromiumWarm.median)} warm (${times(p.ratioToBaseline.warm)}), ${ms(p.baseline.chromiumCold.median)} with launch (${times(p.ratioToBaseline.cold)}) |`,
    );
  const pr = r.preset;
  if (pr)
    L.push(
      pr.skipped
        ? `| preset PNG (prebuilt) | ≤ 5 ms | skipped: ${pr.skipped} | – | – |`
        : `| preset PNG (prebuilt) | ≤ 5 ms | ${ms(pr.measured)} p50 (${kb(pr.pngBytes)}) | ${ok(pr.ok)} | same bytes from node:http ${ms(pr.baseline.median)}: ${times(pr.ratioToBaseline)} |`,
    );
  const d = r.deck;
  if (d)
    L.push(
      `| \`/api/deck.pptx\` | ≤ 300 ms | ${ms(d.measured)} p50 uncached build (${kb(d.bytes)}); route's one uncached request ${d.route.firstRequestMs != null ? ms(d.route.firstRequestMs) : d.route.skipped}, repeated ${ms(d.route.repeated?.median)} | ${ok(d.ok)} | one-chart pptx ${ms(d.baseline.median)}: ${times(d.ratioToBaseline)} |`,
    );
  const lo = r.load;
  if (lo)
    L.push(
      `| \`/\` under load (autocannon, 50 connections, ${lo.durationS} s) | report req/s, p99, ratio | ${lo.app.requestsPerSecAvg} req/s, p99 ${ms(lo.app.latencyP99Ms)}, ${lo.app.non2xx} non-2xx, ${lo.app.errors} errors | – | node:http, same ${kb(lo.htmlBytes)} HTML: ${lo.baseline.requestsPerSecAvg} req/s, p99 ${ms(lo.baseline.latencyP99Ms)}; req/s ratio ${times(lo.ratioToBaseline.requestsPerSec)}${lo.nginx ? `; nginx, file on disk: ${lo.nginx.requestsPerSecAvg} req/s, ratio ${times(lo.ratioToNginx.requestsPerSec)}` : ''} |`,
    );
  const lh = r.lighthouse;
  if (lh) {
    const s = (/** @type {any} */ x) =>
      `perf ${x.performance}, a11y ${x.accessibility}, BP ${x['best-practices']}, SEO ${x.seo}`;
    L.push(
      `| Lighthouse 12.2.3 on \`/\` | perf ≥ 98, a11y 100, BP 100, SEO 100 | desktop: ${s(lh.desktop.scores)}; mobile: ${s(lh.mobile.scores)} (median of ${lh.desktop.runs}) | ${ok(lh.ok)} | – |`,
    );
  }
  L.push('');

  L.push('## Details (min / median / p95)', '');
  if (js) {
    L.push('### JavaScript per page (gzip -6 of each script body; bytes are deterministic)', '');
    L.push(
      '| page | scripts | JS gzip | HTML gzip | of which inline RSC payload | CSS gzip |',
      '|---|---|---|---|---|---|',
    );
    for (const pg of js.pages)
      L.push(
        `| \`${pg.path}\` | ${pg.scripts} | ${kb(pg.jsGzipBytes)} | ${kb(pg.htmlGzipBytes)} | ${kb(pg.inlineScriptGzipBytes)} | ${kb(pg.cssGzipBytes)} |`,
      );
    L.push('');
  }
  if (em && !em.skipped) {
    L.push('### Embeds (Chromium, every request of the page)', '');
    L.push(
      '| page | scripts (DOM / requests) | requests | transferred | HTML gzip |',
      '|---|---|---|---|---|',
    );
    for (const row of em.rows)
      L.push(
        `| \`${row.path}\` | ${row.domScripts} / ${row.scriptRequests} | ${row.requests} | ${kb(row.transferredBytes)} | ${kb(row.htmlGzipBytes)} |`,
      );
    L.push('');
  }
  if (p) {
    L.push('### PNG', '');
    L.push(
      `- resvg direct, uncached, spec → SVG → PNG: ${mmp(p.direct)}; CPU time of the rendering thread ${mmp(p.directCpu)}`,
      `  - export SVG (\`renderChartImage\`): ${mmp(p.directExportSvg)}`,
      `  - rasterise (\`renderPng\`): ${mmp(p.directRasterise)}; resvg parse ${mmp(p.resvgPhases.parse)}, render ${mmp(p.resvgPhases.render)}, PNG encode ${mmp(p.resvgPhases.encode)}; a blank 1920×1080 SVG ${mmp(p.resvgPhases.blankPng)}`,
      `- route, first request per chart × theme: ${mmp(p.route.firstRequest)}; repeated (cached body): ${mmp(p.route.cached)}; \`If-None-Match\` → 304: ${mmp(p.route.notModified)}`,
      `- Chromium screenshot of the same SVG, browser running: ${mmp(p.baseline.chromiumWarm)}; launching a browser per image: ${mmp(p.baseline.chromiumCold)}`,
      '',
      '| chart | uncached PNG 1920×1080 |',
      '|---|---|',
      ...p.perChart.map((/** @type {any} */ c) => `| ${c.id} | ${mmp(c)} |`),
      '',
    );
  }
  if (pr && !pr.skipped)
    L.push(
      '### Preset PNG',
      '',
      `- next start: ${mmp(pr.served)}; node:http, same bytes: ${mmp(pr.baseline)}; \`Cache-Control: ${pr.cacheControl}\``,
      '',
    );
  if (d)
    L.push(
      '### Deck',
      '',
      `- \`buildDeckPptx\` (${d.growth.length} charts, uncached): ${mmp(d.direct)}; one chart: ${mmp(d.baseline)}`,
      `- route: its one uncached request (after the one-chart routes warmed the process) ${d.route.firstRequestMs ?? '–'} ms; one-chart routes' first requests ${d.route.oneChartRouteFirstRequestsMs?.join(', ') ?? '–'} ms; repeated (cached): ${mmp(d.route.repeated)}`,
      '',
    );
  if (lo)
    L.push(
      '### Load',
      '',
      `- next start: ${lo.app.requestsTotal} requests in ${lo.durationS} s; latency p50 ${lo.app.latencyP50Ms} ms, p99 ${lo.app.latencyP99Ms} ms, max ${lo.app.latencyMaxMs} ms; RSS ${lo.app.rssBeforeMb} → ${lo.app.rssAfterMb} MB`,
      `- node:http: ${lo.baseline.requestsTotal} requests; latency p50 ${lo.baseline.latencyP50Ms} ms, p99 ${lo.baseline.latencyP99Ms} ms`,
      lo.prerendered
        ? `- for comparison, a page \`next build\` prerendered (\`${lo.prerendered.path}\`): ${lo.prerendered.requestsPerSecAvg} req/s, p99 ${lo.prerendered.latencyP99Ms} ms`
        : '',
      '',
    );
  if (lh) {
    L.push(
      '### Lighthouse metrics (median)',
      '',
      '| form factor | FCP | LCP | TBT | CLS | Speed Index | benchmarkIndex |',
      '|---|---|---|---|---|---|---|',
    );
    for (const f of ['desktop', 'mobile']) {
      const x = lh[f].metrics;
      const r0 = (/** @type {number | null} */ v) => (v == null ? '–' : Math.round(v));
      L.push(
        `| ${f} | ${r0(x['first-contentful-paint'])} ms | ${r0(x['largest-contentful-paint'])} ms | ${r0(x['total-blocking-time'])} ms | ${x['cumulative-layout-shift']?.toFixed(3) ?? '–'} | ${r0(x['speed-index'])} ms | ${lh[f].benchmarkIndex ?? '–'} |`,
      );
    }
    L.push('');
  }

  L.push('## How the cost grows', '');
  const pg = r.pages;
  if (pg) {
    L.push(
      '### With the number of charts on a page',
      '',
      '| page | charts | HTML | HTML gzip | server CPU per request | response time |',
      '|---|---|---|---|---|---|',
    );
    for (const row of pg.rows)
      L.push(
        `| \`${row.path}\` | ${row.chartCount} | ${kb(row.htmlBytes)} | ${kb(row.htmlGzipBytes)} | ${ms(row.cpuPerRequestMs)} | ${mmp(row)} |`,
      );
    L.push(
      '',
      `Rendering the page SVGs alone (\`renderChartSvg\` 960×440, no memo), cumulative p50: ${pg.cumulative.map((/** @type {any} */ c) => `${c.charts} → ${c.medianMs} ms`).join(', ')}.`,
      '',
    );
  }
  if (d)
    L.push(
      '### Deck with the number of charts',
      '',
      `\`buildDeckPptx\` p50: ${d.growth.map((/** @type {any} */ g) => `${g.charts} → ${g.medianMs} ms`).join(', ')}.`,
      '',
    );
  if (p) {
    L.push(
      '### PNG with image size (trade-trend)',
      '',
      '| layout | scale | MP | export SVG | rasterise | rasterise per MP | PNG |',
      '|---|---|---|---|---|---|---|',
    );
    for (const g of p.growth)
      L.push(
        `| ${g.layout} | ${g.scale} | ${g.megapixels} | ${ms(g.svgMedianMs)} | ${ms(g.rasterMedianMs)} | ${ms(g.rasterMsPerMp)} | ${kb(g.pngBytes)} |`,
      );
    L.push('');
  }
  const fs = r['font-subset'];
  if (fs)
    L.push(
      '## Experiment: subset fonts (`node bench/experiments/font-subset.mjs`)',
      '',
      `DejaVu Sans regular + bold cut to ${fs.unicodes} (run ${fs.date.slice(0, 16).replace('T', ' ')} UTC):`,
      '',
      `- TTF for resvg: ${kb(fs.ttfBytes.full)} → ${kb(fs.ttfBytes.subset)}; PNGs byte-identical for ${fs.identicalPngs} chart × theme images at 1920×1080`,
      `- uncached rasterise 1920×1080, CPU time p50 over all charts: ${ms(fs.rasteriseFull.median)} → ${ms(fs.rasteriseSubset.median)} (${times(fs.speedup)})`,
      `- web fonts (WOFF2, regular + bold): ${kb(fs.woff2Bytes.fontsourceNow)} from @fontsource today → ${kb(fs.woff2Bytes.subset)} subset`,
      '',
      '| chart | text nodes | resvg parse (text layout), CPU full → subset | rasterise, CPU full → subset |',
      '|---|---|---|---|',
      ...fs.rows.map(
        (/** @type {any} */ x) =>
          `| ${x.id} | ${x.textNodes} | ${ms(x.fullParseMs)} → ${ms(x.subsetParseMs)} | ${ms(x.fullMs)} → ${ms(x.subsetMs)} |`,
      ),
      '',
    );
  return L.join('\n');
}

/**
 * Rewrites the generated part of BENCHMARKS.md, keeping the hand-written notes around it, and
 * formats the file with the project's Prettier settings so `prettier --check .` stays clean.
 */
export async function writeReport() {
  const generated = `${START}\n\n${renderReport(readResults())}\n${END}`;
  let text = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
    : `# Benchmarks\n\nRun \`npm run bench\`.\n\n${START}\n${END}\n`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  text =
    a >= 0 && b > a
      ? text.slice(0, a) + generated + text.slice(b + END.length)
      : `${text.trimEnd()}\n\n${generated}\n`;
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(FILE)) ?? {};
  writeFileSync(FILE, await prettier.format(text, { ...options, filepath: FILE }));
}

if (import.meta.url === `file://${process.argv[1]}`) await writeReport();
