// Load test of the PNG route (issue 6), not run in CI: autocannon at 50 connections for 60 s on
// /api/charts/{id}/png with rotating sizes, scales and themes, against a production server this
// script starts (it builds only if .next is missing or older than the sources). Samples the
// server's RSS every second and writes bench/results/load-png.json.
//
//   node bench/load-png.mjs [--port 3510] [--duration 60] [--warmup 20] [--connections 50]
//                           [--build | --no-build] [--seed 6]
//
// The warm-up repeats --warmup-second rounds of the same load until 600 renders have succeeded,
// so the bounded caches are full. RSS "after warm-up" and "end" are read with the server idle.
// Pass: only 200s and the render gate's 503s (each with Retry-After), no socket errors or
// timeouts, and RSS growth from after the warm-up to the end under 50 MB.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const autocannon = require('autocannon');
const NEXT_BIN = require.resolve('next/dist/bin/next');

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '3510' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    seed: { type: 'string', default: '6' },
    build: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const PORT = Number(args.port);
const DURATION_S = Number(args.duration);
const WARMUP_S = Number(args.warmup);
const CONNECTIONS = Number(args.connections);
const RSS_GROWTH_LIMIT_MB = 50;
/** More successful renders than the body cache holds (512), so it is full after the warm-up. */
const WARMUP_RENDERS = 600;
const MAX_WARMUP_S = 240;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** mulberry32: the same request sequence on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chart ids, read from the running server's own list. */
async function chartIds(base) {
  const r = await fetch(`${base}/api/charts`);
  return (await r.json()).charts.map((c) => c.id);
}

/**
 * A generator of PNG paths: every chart × 3 themes × width 640–1920 px (step 16) × aspect ratio
 * 1.0–2.0 (step 0.1) × scale 1 (75%) or 2 — some 37 000 variants, all within the image bounds, so
 * the 512-entry body cache answers only chance repeats and nearly every request renders.
 */
function pngPaths(ids, seed) {
  const next = rng(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const themes = ['light', 'dark', 'transparent'];
  return () => {
    const width = 640 + 16 * Math.floor(next() * 81);
    const height = Math.round(width / (1 + Math.floor(next() * 11) / 10));
    const scale = next() < 0.25 ? 2 : 1;
    return `/api/charts/${pick(ids)}/png?width=${width}&height=${height}&scale=${scale}&theme=${pick(themes)}`;
  };
}

/** Newest modification time under the paths a build reads, in ms. */
function newestSourceMs() {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of [
    'app',
    'components',
    'lib',
    'data',
    'packages',
    'proxy.ts',
    'next.config.ts',
    'instrumentation.ts',
  ])
    walk(join(ROOT, p));
  return newest;
}

function otherBuildRunning() {
  try {
    return execFileSync('pgrep', ['-f', 'next build'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** Builds only when asked, or when `.next` is missing or older than the sources. */
async function ensureBuild() {
  const idFile = join(ROOT, '.next', 'BUILD_ID');
  const stale = !existsSync(idFile) || statSync(idFile).mtimeMs < newestSourceMs();
  if (args['no-build'] || (!args.build && !stale)) return;
  // One build at a time on this machine: wait for anyone else's.
  while (otherBuildRunning()) {
    console.log('load-png: waiting for another `next build`…');
    await sleep(5000);
  }
  console.log(`load-png: next build (${existsSync(idFile) ? 'older than the sources' : 'none'})`);
  execFileSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/** RSS in MB of a pid from /proc; null once it is gone. */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** The pid of the `next-server` process: `pid` itself, or a child it forked under that name. */
function nextServerPid(pid) {
  const name = (p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  };
  let children = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
  } catch {
    // no children file: the kernel lacks CONFIG_PROC_CHILDREN; use pid itself
  }
  const child = children.find((c) => c !== '' && name(c).startsWith('next-server'));
  return child ? Number(child) : pid;
}

async function startServer() {
  const child = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  process.once('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${PORT}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/api/charts`);
      await r.arrayBuffer();
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > 60_000) throw new Error('next start did not answer within 60 s');
    await sleep(250);
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return { base, pid: nextServerPid(child.pid), stop };
}

/** Nearest-rank percentile of sorted samples; null for none. */
const pct = (sorted, p) =>
  sorted.length === 0
    ? null
    : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/** One autocannon phase; latencies and statuses are counted per response. */
function load({ base, nextPath, seconds }) {
  const statuses = {};
  const latency = { all: [], ok: [] };
  let busyWithoutRetryAfter = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        // A request may wait 8 s at the gate and render up to 15 s: never cut it off first.
        timeout: 30,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: nextPath() }),
            onResponse: (status, _body, _ctx, headers) => {
              if (status === 503 && !/^\d+$/.test(headers['retry-after'] ?? ''))
                busyWithoutRetryAfter++;
            },
          },
        ],
      },
      (err, result) =>
        err ? reject(err) : resolve({ result, statuses, latency, busyWithoutRetryAfter }),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      latency.all.push(ms);
      if (status === 200) latency.ok.push(ms);
    });
  });
}

/** CPU time (user + system) of a process so far, in clock ticks, from /proc/<pid>/stat. */
function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return null;
  }
}

/**
 * RSS once the server is idle: load stopped, queued requests answered and in-flight renders
 * done (under 5% CPU for a second, at most 30 s), so no render's pixmap is counted. The
 * smallest of three samples a second apart.
 */
async function settledRss(pid) {
  const t0 = Date.now();
  for (let before = cpuTicks(pid); Date.now() - t0 < 30_000;) {
    await sleep(1000);
    const now = cpuTicks(pid);
    // CLK_TCK is 100 on Linux: 5 ticks per second is 5%.
    if (now === null || before === null || now - before <= 5) break;
    before = now;
  }
  const xs = [];
  for (let i = 0; i < 3; i++) {
    xs.push(rssMb(pid));
    await sleep(1000);
  }
  return Math.min(...xs);
}

/** Least-squares slope of RSS over time, in MB per minute: a leak shows as a steady climb. */
function slopeMbPerMin(points) {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((a, p) => a + p.s, 0) / n;
  const my = points.reduce((a, p) => a + p.rssMb, 0) / n;
  const sxy = points.reduce((a, p) => a + (p.s - mx) * (p.rssMb - my), 0);
  const sxx = points.reduce((a, p) => a + (p.s - mx) ** 2, 0);
  return sxx === 0 ? null : Math.round((sxy / sxx) * 60 * 10) / 10;
}

const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x) => (x === null ? null : Math.round(x));
  return { n: s.length, p50: r(pct(s, 0.5)), p99: r(pct(s, 0.99)), max: r(s.at(-1) ?? null) };
};

async function main() {
  await ensureBuild();
  const buildId = readFileSync(join(ROOT, '.next', 'BUILD_ID'), 'utf8').trim();
  const server = await startServer();
  const samples = [];
  const t0 = Date.now();
  let phase = 'idle';
  const sampler = setInterval(() => {
    samples.push({ s: Math.round((Date.now() - t0) / 100) / 10, phase, rssMb: rssMb(server.pid) });
  }, 1000);
  try {
    const ids = await chartIds(server.base);
    await sleep(2000);
    const idleMb = rssMb(server.pid);

    // Warm-up: the same load until the bounded caches are full (512 PNG bodies, 256 SVGs; nearly
    // every 200 is a new entry), so growth after it is not the caches filling by design.
    phase = 'warmup';
    const nextPath = pngPaths(ids, Number(args.seed));
    const warm = { statuses: {}, latency: [], seconds: 0 };
    while (warm.seconds < MAX_WARMUP_S && (warm.statuses[200] ?? 0) < WARMUP_RENDERS) {
      console.log(`load-png: warm-up ${WARMUP_S} s at ${CONNECTIONS} connections`);
      const w = await load({ base: server.base, nextPath, seconds: WARMUP_S });
      for (const [k, v] of Object.entries(w.statuses))
        warm.statuses[k] = (warm.statuses[k] ?? 0) + v;
      warm.latency.push(...w.latency.all);
      warm.seconds += WARMUP_S;
    }
    // RSS is read once in-flight renders have finished and their pixmaps are freed.
    phase = 'settle';
    const afterWarmupMb = await settledRss(server.pid);

    phase = 'run';
    console.log(`load-png: run ${DURATION_S} s at ${CONNECTIONS} connections`);
    const run = await load({ base: server.base, nextPath, seconds: DURATION_S });
    const runEndMb = rssMb(server.pid);
    phase = 'settle';
    const endMb = await settledRss(server.pid);
    clearInterval(sampler);

    const { result } = run;
    const runSamples = samples.filter((x) => x.phase === 'run' && x.rssMb !== null);
    const runRss = runSamples.map((x) => x.rssMb);
    const unexpected = Object.keys(run.statuses).filter((s) => s !== '200' && s !== '503');
    const growthMb = Math.round((endMb - afterWarmupMb) * 10) / 10;
    const checks = {
      onlyOkAndBusy: unexpected.length === 0,
      busyCarryRetryAfter: run.busyWithoutRetryAfter === 0,
      noSocketErrorsOrTimeouts: result.errors === 0 && result.timeouts === 0,
      rssGrowthUnderLimit: growthMb < RSS_GROWTH_LIMIT_MB,
    };
    const out = {
      name: 'load-png',
      title: `PNG route under load: ${CONNECTIONS} connections for ${DURATION_S} s, rotating sizes`,
      date: new Date().toISOString(),
      command: `node bench/load-png.mjs ${process.argv.slice(2).join(' ')}`.trim(),
      buildId,
      machine: {
        nproc: availableParallelism(),
        cpu: cpus()[0]?.model ?? 'unknown',
        memTotalMb: Math.round(totalmem() / 2 ** 20),
        node: process.version,
        loadavgAtEnd: readFileSync('/proc/loadavg', 'utf8').trim(),
      },
      settings: {
        connections: CONNECTIONS,
        durationS: DURATION_S,
        warmupChunkS: WARMUP_S,
        warmupUntil200s: WARMUP_RENDERS,
        seed: Number(args.seed),
        requestMix:
          'every chart × light/dark/transparent × width 480–1920 px (step 16) × aspect 1.0–2.0 × scale 1 (75%) or 2 (25%)',
        renderGate:
          'concurrency = cores, queue 64, wait 8 s, time limit 15 s (app/_export/state.ts)',
      },
      warmup: { seconds: warm.seconds, statuses: warm.statuses, latencyMs: summary(warm.latency) },
      run: {
        requests: result.requests.total,
        reqPerSec: Math.round(result.requests.average * 10) / 10,
        statuses: run.statuses,
        errors: result.errors,
        timeouts: result.timeouts,
        busyWithoutRetryAfter: run.busyWithoutRetryAfter,
        latencyMs: { all: summary(run.latency.all), ok200: summary(run.latency.ok) },
        throughputMbPerSec: Math.round((result.throughput.average / 2 ** 20) * 10) / 10,
      },
      rssMb: {
        idle: idleMb,
        afterWarmup: afterWarmupMb,
        end: endMb,
        atEndOfLoad: runEndMb,
        growthAfterWarmup: growthMb,
        runMin: Math.min(...runRss),
        runMax: Math.max(...runRss),
        runSlopeMbPerMin: slopeMbPerMin(runSamples),
        limitGrowth: RSS_GROWTH_LIMIT_MB,
      },
      checks,
      pass: Object.values(checks).every(Boolean),
      rssSamples: samples,
    };
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    const file = join(ROOT, 'bench', 'results', 'load-png.json');
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    const { all, ok200 } = out.run.latencyMs;
    console.log(
      [
        `statuses ${JSON.stringify(run.statuses)}, errors ${result.errors}, timeouts ${result.timeouts}`,
        `${out.run.reqPerSec} req/s; latency all p50 ${all.p50} ms, p99 ${all.p99} ms; 200s p50 ${ok200.p50} ms, p99 ${ok200.p99} ms`,
        `RSS idle ${idleMb} MB, after warm-up ${afterWarmupMb} MB, end ${endMb} MB (growth ${growthMb} MB, limit ${RSS_GROWTH_LIMIT_MB}); during the run ${out.rssMb.runMin}–${out.rssMb.runMax} MB, trend ${out.rssMb.runSlopeMbPerMin} MB/min`,
        `${out.pass ? 'PASS' : 'FAIL'} ${JSON.stringify(checks)} → ${file}`,
      ].join('\n'),
    );
    process.exitCode = out.pass ? 0 : 1;
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

await main();
