// node bench/experiments/png-breakdown.mjs [reps]: where an uncached 1920×1080 PNG spends its time
// inside a render worker. A worker thread (as app/_export/render-worker.cjs) runs the steps of a
// job on every chart (light theme), each timed on its own, in the worker thread's CPU time
// (/proc/thread-self/schedstat) and wall-clock: layout (planImage), the export SVG
// (renderChartImage, which lays out again), resvg's font database alone (the two TTF files and an
// empty SVG), resvg's construction (fonts, SVG parse, text → paths), paint, PNG encode, the copy
// into the reply, and the collection that frees the pixmaps (a full one or a young-generation
// one, alternating by job). Then, on the main thread, resvg's rendering options against the
// defaults: time to construct + paint, and whether the PNG bytes stay the same.
// Prints medians; writes bench/results/png-breakdown.json. The HTTP side and the CPU of V8's helper
// threads are in bench/experiments/png-http.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RESULTS_DIR, require } from '../lib/server.mjs';
import { loadSpecs } from '../lib/specs.mjs';
import { summarise } from '../lib/stats.mjs';

const REPS = Number(process.argv[2] ?? 4);
const W = 1920;
const H = 1080;

/** @type {typeof import('chart-render')} */
const cr = require('chart-render');
const { Resvg } = require('@resvg/resvg-js');
const { ids, specs } = await loadSpecs();

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');
const { readFileSync } = require('node:fs');
// This thread's time on a CPU in ns (Linux schedstat): what the machine's other load hardly moves.
const cpuNs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
const cr = require(workerData.chartRender);
const { Resvg } = require(workerData.resvg);
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
setFlagsFromString('--no-expose-gc');
const tiny = '<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"></svg>';
parentPort.on('message', async ({ spec, gcType }) => {
  const t = {};
  const time = (k, fn) => {
    const c0 = cpuNs();
    const t0 = performance.now();
    const v = fn();
    t[k] = [performance.now() - t0, (cpuNs() - c0) / 1e6];
    return v;
  };
  const o = { width: ${W}, height: ${H}, theme: 'light' };
  time('layout (planImage)', () => cr.planImage(spec, o));
  const svg = time('export SVG (renderChartImage)', () => cr.renderChartImage(spec, o));
  time('resvg font database alone (2 TTF, empty SVG)', () => new Resvg(tiny, workerData.options));
  const tree = time('resvg construct (fonts + parse + text → paths)', () => new Resvg(svg, workerData.options));
  const img = time('resvg paint', () => tree.render());
  const png = time('resvg PNG encode', () => img.asPng());
  time('copy into the reply (Uint8Array)', () => new Uint8Array(png));
  time('gc ' + gcType, () => gc(gcType === 'minor' ? { type: 'minor' } : undefined));
  await new Promise((r) => setImmediate(r));
  parentPort.postMessage(t);
});`;
const worker = new Worker(WORKER, {
  eval: true,
  workerData: {
    chartRender: require.resolve('chart-render'),
    resvg: require.resolve('@resvg/resvg-js'),
    options: cr.RESVG_OPTIONS,
  },
});
/** @returns {Promise<Record<string, [number, number]>>} */
const job = (/** @type {unknown} */ spec, /** @type {string} */ gcType) =>
  new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage({ spec, gcType });
  });

for (const spec of specs) await job(spec, 'full');
/** @type {Record<string, { wall: number[]; cpu: number[] }>} */
const steps = {};
let flip = false;
for (let r = 0; r < REPS; r++) {
  for (const spec of specs) {
    const t = await job(spec, (flip = !flip) ? 'full' : 'minor');
    for (const [k, [wall, cpu]] of Object.entries(t)) {
      steps[k] ??= { wall: [], cpu: [] };
      steps[k].wall.push(wall);
      steps[k].cpu.push(cpu);
    }
  }
}
await worker.terminate();

/** @type {Record<string, any>} */
const out = { date: new Date().toISOString(), reps: REPS, charts: ids, steps: {}, options: {} };
console.log(
  `in a worker, ${ids.length} charts × ${REPS}, 1920×1080 light: median ms of the worker thread's CPU time (wall-clock)`,
);
for (const [k, v] of Object.entries(steps)) {
  out.steps[k] = { cpu: summarise(v.cpu), wall: summarise(v.wall) };
  console.log(
    `  ${k.padEnd(48)} ${out.steps[k].cpu.median} (${out.steps[k].wall.median}) n=${v.cpu.length}`,
  );
}

// resvg's rendering options, on the main thread: construct + paint time and identical bytes.
const variants = {
  default: {},
  'shapeRendering 2 (geometricPrecision)': { shapeRendering: 2 },
  'shapeRendering 0 (optimizeSpeed)': { shapeRendering: 0 },
  'shapeRendering 1 (crispEdges)': { shapeRendering: 1 },
  'textRendering 2 (geometricPrecision)': { textRendering: 2 },
  'textRendering 0 (optimizeSpeed)': { textRendering: 0 },
  'imageRendering 1 (optimizeSpeed)': { imageRendering: 1 },
};
const svgs = specs.map((s) => cr.renderChartImage(s, { width: W, height: H }));
const reference = svgs.map((svg) => new Resvg(svg, cr.RESVG_OPTIONS).render().asPng());
console.log('resvg options (construct + paint, median ms over all charts; PNGs identical):');
for (const [name, extra] of Object.entries(variants)) {
  const ms = [];
  let same = 0;
  for (let r = 0; r < Math.max(2, REPS >> 1); r++) {
    for (const [i, svg] of svgs.entries()) {
      const t0 = performance.now();
      const img = new Resvg(svg, { ...cr.RESVG_OPTIONS, ...extra }).render();
      ms.push(performance.now() - t0);
      if (r === 0 && img.asPng().equals(reference[i])) same++;
    }
  }
  out.options[name] = { ...summarise(ms), identical: `${same} of ${svgs.length}` };
  console.log(
    `  ${name.padEnd(40)} ${out.options[name].median}  identical ${same} of ${svgs.length}`,
  );
}
writeFileSync(join(RESULTS_DIR, 'png-breakdown.json'), `${JSON.stringify(out, null, 2)}\n`);
