import { get } from './lib/server.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { line, ratio, summarise, timeIt } from './lib/stats.mjs';

export const name = 'preset';
export const title = 'Prebuilt preset PNG (build-time file)';

/** @param {{ base: string; quick: boolean; staticPort: number; charts: () => Promise<{ ids: string[] }> }} ctx */
export async function run({ base, quick, staticPort, charts }) {
  const { ids } = await charts();
  const path = `/charts/${ids[0]}/slide-16x9.png`;
  const probe = await get(`${base}${path}`);
  if (probe.status !== 200) {
    console.log(`  ${path} answers ${probe.status}: no prebuilt presets yet, skipped`);
    return { skipped: `GET ${path} → ${probe.status}`, target: '≤ 5 ms' };
  }
  const n = quick ? 20 : 100;
  const all = [];
  for (const id of ids) {
    const url = `${base}/charts/${id}/slide-16x9.png`;
    all.push(...(await timeIt(() => get(url), { n: Math.ceil(n / ids.length), warmup: 2 })));
  }
  const served = summarise(all);
  console.log(line(`GET /charts/{id}/slide-16x9.png (next start)`, served));

  const stat = await startStaticServer({
    port: staticPort,
    body: probe.body,
    contentType: 'image/png',
  });
  let baseline;
  try {
    baseline = summarise(await timeIt(() => get(`${stat.base}/x.png`), { n, warmup: 5 }));
  } finally {
    await stat.stop();
  }
  console.log(line('  baseline: same bytes from a minimal node:http', baseline));
  return {
    target: '≤ 5 ms',
    measured: served.median,
    unit: 'ms (p50, loopback, whole body)',
    ok: served.median !== null && served.median <= 5,
    pngBytes: probe.body.byteLength,
    cacheControl: probe.headers.get('cache-control'),
    served,
    baseline: { what: 'the same bytes from a minimal node:http server', ...baseline },
    ratioToBaseline: ratio(served.median, baseline.median),
  };
}
