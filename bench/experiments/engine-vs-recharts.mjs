// node bench/experiments/engine-vs-recharts.mjs /path/to/checkout-of-8460a04 [reps]
// The uncached 1920×1080 PNG path (spec → export SVG → PNG) of the Recharts renderer of 8460a04
// and of this tree's engine, in one process, interleaved chart by chart, so machine noise hits
// both alike. The old checkout needs its own `npm ci` (it has Recharts). Prints medians and ratios.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../lib/server.mjs';
import { summarise, ratio } from '../lib/stats.mjs';

const [oldRoot, repsArg] = process.argv.slice(2);
if (!oldRoot) throw new Error('usage: engine-vs-recharts.mjs OLD_CHECKOUT [reps]');
const reps = Number(repsArg ?? 5);

async function specsOf(root) {
  const { runnerImport } = await import('vite');
  const load = async (rel) =>
    (
      await runnerImport(join(root, rel), {
        configFile: false,
        root,
        resolve: { alias: { '@': `${root}/` } },
        logLevel: 'error',
      })
    ).module;
  const registry = await load('lib/charts/registry.ts');
  const { getDataset } = await load('lib/datasets.ts');
  const d = getDataset();
  return Object.fromEntries(registry.chartIds.map((id) => [id, registry.getChartSpec(d, id)]));
}

const renderers = {
  before: {
    cr: createRequire(join(oldRoot, 'package.json'))('chart-render'),
    specs: await specsOf(oldRoot),
  },
  after: {
    cr: createRequire(join(ROOT, 'package.json'))('chart-render'),
    specs: await specsOf(ROOT),
  },
};
const o = { width: 1920, height: 1080, theme: 'light' };
const samples = { before: { svg: [], total: [] }, after: { svg: [], total: [] } };
for (const r of Object.values(renderers)) {
  for (const spec of Object.values(r.specs)) r.cr.renderPng(r.cr.renderChartImage(spec, o));
}
const ids = Object.keys(renderers.after.specs);
for (let k = 0; k < reps; k++) {
  for (const id of ids) {
    for (const name of k % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
      const { cr, specs } = renderers[name];
      const t0 = performance.now();
      const svg = cr.renderChartImage(specs[id], o);
      const t1 = performance.now();
      cr.renderPng(svg);
      const t2 = performance.now();
      samples[name].svg.push(t1 - t0);
      samples[name].total.push(t2 - t0);
    }
  }
}
const b = { svg: summarise(samples.before.svg), total: summarise(samples.before.total) };
const a = { svg: summarise(samples.after.svg), total: summarise(samples.after.total) };
console.log(`${ids.length} charts × ${reps} reps, 1920×1080, uncached, one process, interleaved`);
console.log(
  `SVG  before (Recharts) median ${b.svg.median} ms, p95 ${b.svg.p95} | after (engine) median ${a.svg.median} ms, p95 ${a.svg.p95} | after/before ${ratio(a.svg.median, b.svg.median)}`,
);
console.log(
  `PNG  before median ${b.total.median} ms, p95 ${b.total.p95} | after median ${a.total.median} ms, p95 ${a.total.p95} | after/before ${ratio(a.total.median, b.total.median)}`,
);
