// The nginx cluster (scripts/serve-cluster.sh) against one `next start` instance, in one run:
// for `/`, a chart page, an embed and a custom PNG, the first answer through nginx (cold: an
// empty cache, and for the PNG an unrendered image), then wrk at 50 connections through nginx
// (warm) and straight to one instance. Timings are printed and saved, never asserted.
//   node bench/cluster.mjs            # BENCH_CLUSTER_PORT (3410): nginx; +1, +2: the instances
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT, RESULTS_DIR, ensureBuild } from './lib/server.mjs';

const PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3410);
const SECONDS = Number(process.env.BENCH_CLUSTER_SECONDS ?? 10);
const CONNECTIONS = 50;
const PATHS = [
  ['/', '/'],
  ['chart page', '/charts/trade-trend'],
  ['embed', '/embed/trade-trend'],
  ['custom PNG', '/api/charts/trade-trend/png?width=1000&height=600&theme=dark'],
];

/** Starts the cluster; resolves with a stop function once it serves. */
function startCluster() {
  const child = spawn('bash', ['scripts/serve-cluster.sh'], {
    cwd: ROOT,
    env: { ...process.env, CLUSTER_PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes('serve-cluster: http://')) {
        resolve(
          () =>
            new Promise((r) => {
              child.once('exit', r);
              child.kill('SIGTERM');
            }),
        );
      }
    });
    child.once('exit', (code) => reject(new Error(`serve-cluster exited ${code}: ${out}`)));
  });
}

/** One GET: ms to the last byte and the cache status nginx reports. */
async function once(url) {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return {
    ms: performance.now() - t0,
    status: res.status,
    cache: res.headers.get('x-cache-status'),
  };
}

/** wrk with bench/wrk/statuses.lua: req/s and latency percentiles in ms. */
function wrk(url) {
  return new Promise((resolve, reject) => {
    const args = [`-t2`, `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '30s'];
    args.push('-s', join(ROOT, 'bench', 'wrk', 'statuses.lua'), url);
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', (code) => {
      const m = /WRK_JSON (.*)/.exec(out);
      if (code !== 0 || !m) return reject(new Error(`wrk exited ${code}: ${out}`));
      const r = JSON.parse(m[1]);
      resolve({
        reqPerS: Number((r.requests / (r.durationUs / 1e6)).toFixed(1)),
        p50Ms: r.latencyUs.p50 / 1000,
        p99Ms: r.latencyUs.p99 / 1000,
        statuses: r.statuses,
        errors: r.errors,
      });
    });
  });
}

/**
 * Waits until the instance answers a small request within 200 ms (at most 60 s): a page run
 * leaves 50 renders in flight after wrk stops, which would starve the next run.
 */
async function settle(base) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if ((await once(`${base}/api/charts`)).ms < 200) return;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

await ensureBuild();
const stop = await startCluster();
const proxy = `http://127.0.0.1:${PORT}`;
const direct = `http://127.0.0.1:${PORT + 1}`;
const rows = [];
try {
  for (const [name, path] of PATHS) {
    await settle(direct);
    await settle(`http://127.0.0.1:${PORT + 2}`);
    const cold = await once(`${proxy}${path}`);
    const warm = await wrk(`${proxy}${path}`);
    await settle(direct);
    const one = await wrk(`${direct}${path}`);
    const ratio = one.reqPerS > 0 ? warm.reqPerS / one.reqPerS : null;
    const row = { name, path, cold, warm, direct: one, ratio };
    rows.push(row);
    console.log(
      `${name.padEnd(11)} cold ${cold.ms.toFixed(0).padStart(5)} ms (${cold.cache}) · ` +
        `nginx warm ${String(warm.reqPerS).padStart(6)} req/s p99 ${warm.p99Ms.toFixed(1)} ms · ` +
        `direct ${String(one.reqPerS).padStart(5)} req/s p99 ${one.p99Ms.toFixed(1)} ms · ` +
        `×${ratio === null ? '–' : ratio.toFixed(1)}`,
    );
  }
} finally {
  await stop();
}
const result = {
  at: new Date().toISOString(),
  connections: CONNECTIONS,
  seconds: SECONDS,
  loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  rows,
};
writeFileSync(join(RESULTS_DIR, 'cluster.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`load average ${result.loadAverage.join(' ')}; saved bench/results/cluster.json`);
