'use strict';
// A worker thread of app/_export/render-pool.ts: builds an export image's SVG and rasterises it,
// one job at a time, off the server's main thread. Between steps (SVG, parse, paint, encode) it
// reads the job's abort flag, so an abandoned render stops at the next step.
const { parentPort, workerData } = require('node:worker_threads');
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');

const { renderChartImage } = require(workerData.chartRenderPath);
const { Resvg } = require(workerData.resvgPath);

// resvg's pixmaps live outside the JS heap, where V8 does not count them, and are freed by
// Node-API finalizers, which run on the turn of the event loop after a collection. Left to V8,
// a 16 MP image's 64 MB stays allocated for several jobs; see the message handler.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
setFlagsFromString('--no-expose-gc');

/** @param {{ spec: unknown; format: 'svg' | 'png'; width: number; height: number; theme: string; scale: number; abort: SharedArrayBuffer }} job */
function run(job) {
  const flag = new Int32Array(job.abort);
  const aborted = () => Atomics.load(flag, 0) !== 0;
  const svg = renderChartImage(job.spec, {
    width: job.width,
    height: job.height,
    theme: job.theme,
  });
  if (job.format === 'svg') return { svg };
  if (aborted()) return { aborted: 'svg' };
  const options =
    job.scale === 1
      ? workerData.resvgOptions
      : { ...workerData.resvgOptions, fitTo: { mode: 'zoom', value: job.scale } };
  const resvg = new Resvg(svg, options);
  if (aborted()) return { aborted: 'parse' };
  const image = resvg.render();
  if (aborted()) return { aborted: 'paint' };
  return { png: new Uint8Array(image.asPng()) };
}

// Above this many output pixels a job's pixmaps are freed by a full collection before it is
// answered, so that what the render gate counts as released is (a 16 MP image holds ≈ 140 MB).
const FREE_BEFORE_REPLY_PIXELS = 4_000_000;
// A smaller job is answered first and its pixmaps freed right after, before this worker takes its
// next job, by a young-generation collection: its Resvg and RenderedImage objects are young, and
// a scavenge frees them in ≈ 1.5 ms of this thread's CPU, where a full collection took ≈ 4 ms here
// and 12–35 ms more on V8's other threads, per job (bench/experiments/png-breakdown.mjs and
// png-http.mjs). A full one still runs once the small jobs since the last one add up to this many
// pixels, in case an object outlived a scavenge.
const FULL_GC_EVERY_PIXELS = 16_000_000;
let pixelsSinceFullGc = 0;

/** Frees the pixmaps of a job of `pixels` output pixels, then waits for the finalizers' turn. */
async function freePixmaps(pixels) {
  pixelsSinceFullGc += pixels;
  if (pixels > FREE_BEFORE_REPLY_PIXELS || pixelsSinceFullGc >= FULL_GC_EVERY_PIXELS) {
    gc();
    pixelsSinceFullGc = 0;
  } else {
    gc({ type: 'minor' });
  }
  await new Promise((resolve) => setImmediate(resolve));
}

// One job at a time, each after the previous one's cleanup.
let previous = Promise.resolve();
parentPort.on('message', (job) => {
  previous = previous.then(async () => {
    let result;
    try {
      result = run(job);
    } catch (e) {
      result = { error: e instanceof Error ? e.message : String(e) };
    }
    // An SVG job allocates no pixmap: V8 collects its garbage as usual.
    const pixels = job.format === 'png' ? job.width * job.height * job.scale * job.scale : 0;
    if (pixels > FREE_BEFORE_REPLY_PIXELS) await freePixmaps(pixels);
    parentPort.postMessage(result, result.png ? [result.png.buffer] : []);
    if (pixels > 0 && pixels <= FREE_BEFORE_REPLY_PIXELS) await freePixmaps(pixels);
  });
});
