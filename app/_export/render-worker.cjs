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

parentPort.on('message', async (job) => {
  let result;
  try {
    result = run(job);
  } catch (e) {
    result = { error: e instanceof Error ? e.message : String(e) };
  }
  // Free the job's pixmaps before answering, so that what the render gate counts as released is.
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  parentPort.postMessage(result, result.png ? [result.png.buffer] : []);
});
