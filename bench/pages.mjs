import { cpuMs, get } from './lib/server.mjs';
import { gzipBytes } from './lib/html.mjs';
import { line, summarise, timeIt } from './lib/stats.mjs';

export const name = 'pages';
export const title = 'Server response time of each page against its chart count';

const PAGES = [
  '/',
  '/charts',
  '/charts/trade-trend',
  '/projections',
  '/trade',
  '/energy',
  '/sources',
];

/** @param {{ base: string; quick: boolean; serverPid: number | undefined; charts: () => Promise<{ specs: any[] }> }} ctx */
export async function run({ base, quick, serverPid, charts }) {
  const { specs } = await charts();
  const rows = [];
  for (const path of PAGES) {
    const first = await get(`${base}${path}`);
    if (first.status !== 200) {
      console.log(`  ${path}: HTTP ${first.status}, skipped`);
      continue;
    }
    const html = first.body.toString('utf8');
    const chartCount = (html.match(/<figure\b[^>]*data-testid="chart-/g) ?? []).length;
    const svgCount = (html.match(/<svg\b/g) ?? []).length;
    const n = quick ? 5 : 20;
    await get(`${base}${path}`);
    const cpu0 = cpuMs(serverPid);
    const s = summarise(await timeIt(() => get(`${base}${path}`), { n }));
    const cpu1 = cpuMs(serverPid);
    const cpuPerRequestMs = cpu0 === null || cpu1 === null ? null : Math.round((cpu1 - cpu0) / n);
    rows.push({
      path,
      chartCount,
      svgCount,
      htmlBytes: first.body.byteLength,
      htmlGzipBytes: gzipBytes(first.body),
      firstRequestMs: Math.round(first.ms),
      cpuPerRequestMs,
      ...s,
    });
    const label = `${path} (${chartCount} charts, ${(first.body.byteLength / 1000).toFixed(0)} kB HTML)`;
    console.log(`${line(label, s)}; server CPU ${cpuPerRequestMs} ms/request`);
  }

  // The renderer alone: page-size chart SVGs for 1…all charts, no memo.
  const { require } = await import('./lib/server.mjs');
  /** @type {typeof import('chart-render')} */
  const cr = require('chart-render');
  const perChart = [];
  for (const spec of specs) {
    cr.renderChartSvg(spec, { width: 960, height: 440 });
    const s = summarise(
      await timeIt(() => cr.renderChartSvg(spec, { width: 960, height: 440 }), {
        n: quick ? 3 : 10,
      }),
    );
    perChart.push({ id: spec.id, ...s });
  }
  const cumulative = perChart.map((_, i) => ({
    charts: i + 1,
    medianMs:
      Math.round(perChart.slice(0, i + 1).reduce((a, c) => a + (c.median ?? 0), 0) * 10) / 10,
  }));
  console.log(
    `  renderChartSvg 960×440 per chart (p50 ms): ${perChart.map((c) => `${c.id} ${c.median}`).join(', ')}`,
  );
  const home = rows.find((r) => r.path === '/');
  return {
    target: 'no target; how server time grows with charts per page',
    measured: home ? home.median : null,
    unit: 'ms (p50 of `/`)',
    rows,
    renderChartSvg: perChart,
    cumulative,
  };
}
