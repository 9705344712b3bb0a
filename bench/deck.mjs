import { get } from './lib/server.mjs';
import { importTs } from './lib/specs.mjs';
import { line, ratio, summarise, timeIt } from './lib/stats.mjs';

export const name = 'deck';
export const title = '`/api/deck.pptx`: the whole deck';

/** @param {{ base: string; quick: boolean; charts: () => Promise<{ dataset: any; ids: string[]; specs: any[] }> }} ctx */
export async function run({ base, quick, charts }) {
  const { dataset, ids, specs } = await charts();
  const { buildDeckPptx, buildChartPptx } = await importTs('lib/export/pptx.ts');
  const n = quick ? 3 : 10;

  // Uncached: the builder itself, as a cache miss runs it.
  /** @type {Uint8Array} */
  let deck = new Uint8Array();
  const direct = summarise(
    await timeIt(async () => (deck = await buildDeckPptx({ title: dataset.title, specs })), {
      n,
      warmup: 1,
    }),
  );
  console.log(line(`buildDeckPptx, ${specs.length} charts (uncached)`, direct));
  const one = summarise(await timeIt(() => buildChartPptx(specs[0]), { n, warmup: 1 }));
  console.log(line('  baseline: buildChartPptx, one chart', one));

  const growth = [];
  for (let k = 1; k <= specs.length; k++) {
    const s = summarise(
      await timeIt(() => buildDeckPptx({ title: dataset.title, specs: specs.slice(0, k) }), {
        n: quick ? 2 : 5,
      }),
    );
    growth.push({ charts: k, medianMs: s.median });
  }
  console.log(
    `  deck build by chart count: ${growth.map((g) => `${g.charts}→${g.medianMs} ms`).join(', ')}`,
  );

  /** @type {any} */
  let route = {};
  // Warm the process (route modules, pptxgenjs, JIT) on the one-chart routes, so the deck's only
  // uncached request measures building the deck rather than loading code.
  const warm = [];
  for (const id of ids) warm.push((await get(`${base}/api/charts/${id}/pptx`)).ms);
  const first = await get(`${base}/api/deck.pptx`);
  if (first.status === 404) {
    console.log('  /api/deck.pptx answers 404: route timings skipped');
    route = { skipped: 'GET /api/deck.pptx → 404' };
  } else {
    const repeat = summarise(await timeIt(() => get(`${base}/api/deck.pptx`), { n: n * 3 }));
    route = {
      status: first.status,
      firstRequestMs: Math.round(first.ms),
      oneChartRouteFirstRequestsMs: warm.map((x) => Math.round(x)),
      repeated: repeat,
      bytes: first.body.byteLength,
    };
    console.log(
      `  route: first (uncached) request after the one-chart routes warmed the process ${Math.round(first.ms)} ms; one-chart routes' first requests ${warm.map((x) => Math.round(x)).join(', ')} ms (${(first.body.byteLength / 1000).toFixed(0)} kB)`,
    );
    console.log(line('  route, repeated (cached)', repeat));
  }
  return {
    target: '≤ 300 ms',
    measured: direct.median,
    unit: 'ms (p50, uncached build)',
    ok: direct.median !== null && direct.median <= 300,
    direct,
    bytes: deck.byteLength,
    baseline: { what: 'buildChartPptx of one chart', ...one },
    ratioToBaseline: ratio(direct.median, one.median),
    growth,
    route,
  };
}
