import { get, require } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { line, ratio, summarise, timeIt } from './lib/stats.mjs';

export const name = 'png';
export const title =
  'PNG 1920×1080: resvg (direct and via the route) against a Chromium screenshot';

const W = 1920;
const H = 1080;
const THEMES = ['light', 'dark', 'transparent'];
/** Layout sizes for the growth table (scale 1), then 1920×1080 at scale 2. */
const SIZES = [
  [640, 360, 1],
  [1280, 720, 1],
  [1920, 1080, 1],
  [2560, 1440, 1],
  [3840, 2160, 1],
  [1920, 1080, 2],
];

/**
 * @param {{ base: string; quick: boolean; charts: () => Promise<{ ids: string[]; specs: any[] }> }} ctx
 */
export async function run({ base, quick, charts }) {
  /** @type {typeof import('chart-render')} */
  const cr = require('chart-render');
  const { Resvg } = require('@resvg/resvg-js');
  const { ids, specs } = await charts();
  const reps = quick ? 2 : 5;

  // Uncached: the whole path a cache miss takes (spec → export SVG → PNG), nothing memoised.
  const total = [];
  const svgMs = [];
  const rasterMs = [];
  const perChart = [];
  /** CPU time of each uncached render: all of it runs on this thread, so contention hardly moves it. */
  const cpu = [];
  cr.renderPng(cr.renderChartImage(specs[0], { width: W, height: H }));
  for (const [i, spec] of specs.entries()) {
    const t = [];
    for (let r = 0; r < reps; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const svg = cr.renderChartImage(spec, { width: W, height: H, theme: 'light' });
      const t1 = performance.now();
      cr.renderPng(svg);
      const t2 = performance.now();
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      total.push(t2 - t0);
      svgMs.push(t1 - t0);
      rasterMs.push(t2 - t1);
      t.push(t2 - t0);
    }
    perChart.push({ id: ids[i], ...summarise(t) });
  }
  const direct = summarise(total);
  const directCpu = summarise(cpu);
  console.log(line('resvg direct, uncached (spec → SVG → PNG)', direct));
  console.log(line('  the same, CPU time of this thread', directCpu));
  console.log(line('  of which export SVG (renderChartImage)', summarise(svgMs)));
  console.log(line('  of which rasterise (renderPng)', summarise(rasterMs)));

  // Where a rasterisation spends its time, on the first chart.
  const svg0 = cr.renderChartImage(specs[0], { width: W, height: H });
  const fontOpts = {
    font: {
      loadSystemFonts: false,
      fontFiles: [...cr.FONT_FILES],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  };
  /** @type {any} */
  let tree;
  /** @type {any} */
  let img;
  const parse = summarise(await timeIt(() => (tree = new Resvg(svg0, fontOpts)), { n: reps * 2 }));
  const render = summarise(await timeIt(() => (img = tree.render()), { n: reps * 2 }));
  const encode = summarise(await timeIt(() => img.asPng(), { n: reps * 2 }));
  const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#fff"/></svg>`;
  const blankPng = summarise(
    await timeIt(() => new Resvg(blank, fontOpts).render().asPng(), { n: reps * 2 }),
  );
  console.log(line('  resvg parse + font load', parse));
  console.log(line('  resvg render (pixels)', render));
  console.log(line('  resvg PNG encode', encode));
  console.log(line('  a blank white 1920×1080 (floor of resvg)', blankPng));

  // The route: the first request of each (chart, theme) misses every cache; repeats are cached.
  /** @type {any} */
  let route = { skipped: null };
  const probe = await get(`${base}/api/charts/${ids[0]}/png?preset=og`);
  if (probe.status === 404) {
    route = { skipped: `GET /api/charts/{id}/png → 404` };
    console.log('  the PNG route answers 404: route timings skipped');
  } else {
    for (const id of ids) await get(`${base}/api/charts/${id}/png?preset=og`);
    const miss = [];
    for (const theme of THEMES)
      for (const id of ids) {
        const r = await get(`${base}/api/charts/${id}/png?theme=${theme}`);
        if (r.status !== 200) throw new Error(`PNG route: HTTP ${r.status} for ${id} ${theme}`);
        miss.push(r.ms);
      }
    const url = `${base}/api/charts/${ids[0]}/png`;
    const hit = await timeIt(() => get(url), { n: quick ? 10 : 40, warmup: 2 });
    const etag = (await get(url)).headers.get('etag');
    const notModified = etag
      ? await timeIt(() => get(url, { 'if-none-match': etag }), { n: quick ? 10 : 40, warmup: 2 })
      : [];
    route = {
      firstRequest: summarise(miss),
      cached: summarise(hit),
      notModified: summarise(notModified),
    };
    console.log(line('route, first request per chart×theme (uncached)', route.firstRequest));
    console.log(line('route, repeated (cached body)', route.cached));
    console.log(line('route, If-None-Match (304)', route.notModified));
  }

  // Baseline: Chromium screenshots of the very same SVG at 1920×1080.
  const browser = await launchChromium();
  /** @type {number[]} */
  const warm = [];
  try {
    const page = await browser.newPage({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
    for (const spec of specs) {
      const svg = cr.renderChartImage(spec, { width: W, height: H, theme: 'light' });
      const html = `<!doctype html><html><body style="margin:0">${svg}</body></html>`;
      const shot = async () => {
        await page.setContent(html);
        await page.screenshot({ type: 'png' });
      };
      await shot();
      for (let r = 0; r < reps; r++) {
        const t = performance.now();
        await shot();
        warm.push(performance.now() - t);
      }
    }
  } finally {
    await browser.close();
  }
  const cold = await timeIt(
    async () => {
      const b = await launchChromium();
      const p = await b.newPage({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
      await p.setContent(`<!doctype html><html><body style="margin:0">${svg0}</body></html>`);
      await p.screenshot({ type: 'png' });
      await b.close();
    },
    { n: quick ? 2 : 5 },
  );
  const chromiumWarm = summarise(warm);
  const chromiumCold = summarise(cold);
  console.log(line('Chromium screenshot, browser already running', chromiumWarm));
  console.log(line('Chromium screenshot, launch per image', chromiumCold));
  const ratioWarm = ratio(chromiumWarm.median, direct.median);
  const ratioCold = ratio(chromiumCold.median, direct.median);
  console.log(`  ratio Chromium / resvg (p50): ${ratioWarm}× warm, ${ratioCold}× with launch`);

  // How the cost grows with image size.
  const growth = [];
  for (const [w, h, scale] of SIZES) {
    /** @type {string} */
    let svg = '';
    const s = summarise(
      await timeIt(() => (svg = cr.renderChartImage(specs[0], { width: w, height: h })), {
        n: reps,
      }),
    );
    /** @type {Buffer} */
    let png = Buffer.alloc(0);
    const r = summarise(await timeIt(() => (png = cr.renderPng(svg, { scale })), { n: reps }));
    const mp = (w * scale * h * scale) / 1e6;
    growth.push({
      layout: `${w}×${h}`,
      scale,
      megapixels: Math.round(mp * 100) / 100,
      svgMedianMs: s.median,
      rasterMedianMs: r.median,
      rasterMsPerMp: ratio(r.median, mp),
      pngBytes: png.byteLength,
    });
    console.log(
      `  ${`${w}×${h}@${scale}`.padEnd(14)} ${mp.toFixed(2)} MP: SVG ${s.median} ms, PNG ${r.median} ms, ${(png.byteLength / 1000).toFixed(0)} kB`,
    );
  }

  return {
    target: 'uncached p50 ≤ 60 ms and ≥ 20× faster than Chromium',
    measured: direct.median,
    unit: 'ms',
    ok: direct.median !== null && direct.median <= 60 && (ratioWarm ?? 0) >= 20,
    direct,
    directCpu,
    directExportSvg: summarise(svgMs),
    directRasterise: summarise(rasterMs),
    perChart,
    resvgPhases: { parse, render, encode, blankPng },
    route,
    baseline: { chromiumWarm, chromiumCold },
    ratioToBaseline: { warm: ratioWarm, cold: ratioCold },
    growth,
  };
}
