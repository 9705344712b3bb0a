// Reliability benchmarks of issue 14, run against one or more production builds in one run so
// "before" and "after" are measured side by side on the same (shared, noisy) machine:
//
//   node bench/reliability.mjs <check…> [--build name=dir …] [--port 3314] [--quick]
//
// checks: methods abort saturation soak deck bytes (or all). Each --build names a directory
// holding a `.next` production build (e.g. a copy of main's); without one the current build of
// this work tree is snapshotted and measured as "current". Servers start one after the other on
// --port. Results go to bench/results/reliability-<check>.json; timings are printed, not asserted.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULTS_DIR, ROOT, snapshotBuild, startNext } from './lib/server.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    build: { type: 'string', multiple: true, default: [] },
    port: { type: 'string', default: '3314' },
    base: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});
const PORT = Number(args.port);
const CHECKS = ['methods', 'abort', 'saturation', 'soak', 'deck', 'bytes'];
const wanted = positionals.includes('all') || positionals.length === 0 ? CHECKS : positionals;
for (const w of wanted) {
  if (!CHECKS.includes(w)) {
    console.error(`unknown check ${w}; known: ${CHECKS.join(', ')}`);
    process.exit(2);
  }
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const sha = (/** @type {Buffer} */ b) => createHash('sha256').update(b).digest('hex');
const round = (/** @type {number} */ x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
/** Nearest-rank percentile of samples; null for none. */
function pct(/** @type {number[]} */ xs, /** @type {number} */ p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
}

/** The builds to measure: [{ name, dir }]. */
async function builds() {
  if (args.base) return [{ name: 'running', dir: '', base: args.base }];
  if (args.build.length === 0) return [{ name: 'current', dir: (await snapshotBuild()).dir }];
  return args.build.map((b) => {
    const [name, dir] = b.split('=');
    if (!name || !dir) throw new Error(`--build wants name=dir, got ${b}`);
    return { name, dir: dir === '.' ? ROOT : dir };
  });
}

/**
 * One request; resolves with status, headers, body and the time to the last byte. `abortAfterMs`
 * destroys the socket that long after the request was sent (a client that gave up).
 * @param {string} base
 * @param {string} path
 * @param {{ method?: string; headers?: Record<string, string>; abortAfterMs?: number; timeoutMs?: number }} [o]
 * @returns {Promise<{ status: number; headers: import('node:http').IncomingHttpHeaders; body: Buffer; ms: number; aborted?: boolean }>}
 */
function send(base, path, o = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = httpRequest(
      { host: hostname, port, path, method: o.method ?? 'GET', headers: o.headers, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ms: performance.now() - t,
          }),
        );
        res.on('error', () => {});
        // Given up on mid-body (the abort storms): no 'end' comes.
        res.on('close', () => {
          if (!res.complete)
            resolve({ status: 0, headers: {}, body: Buffer.alloc(0), ms: 0, aborted: true });
        });
      },
    );
    req.on('error', (e) => {
      if (o.abortAfterMs !== undefined)
        resolve({ status: 0, headers: {}, body: Buffer.alloc(0), ms: 0, aborted: true });
      else reject(e);
    });
    if (o.abortAfterMs !== undefined) setTimeout(() => req.destroy(), o.abortAfterMs);
    req.setTimeout(o.timeoutMs ?? 120_000, () => req.destroy(new Error(`timeout ${path}`)));
    req.end();
  });
}

/** Bytes sent as is on a new connection (for methods Node's client cannot send); the raw answer. */
function raw(base, text) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const chunks = [];
    const s = connect(Number(port), hostname, () => s.write(text));
    s.on('data', (c) => chunks.push(c));
    s.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')));
    s.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    s.setTimeout(10_000, () => s.destroy());
  });
}

/** wrk with bench/wrk/statuses.lua; returns the JSON line its done() prints. */
function wrk(base, path, o) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'wrk',
      [
        `-t${o.threads ?? 2}`,
        `-c${o.connections}`,
        `-d${o.seconds}s`,
        '--timeout',
        `${o.timeoutS ?? 60}s`,
        '-s',
        join(ROOT, 'bench', 'wrk', o.script),
        `${base}${path}`,
      ],
      { env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      const m = /WRK_JSON (.*)/.exec(out);
      if (code !== 0 || !m) reject(new Error(`wrk exited ${code}: ${out}`));
      else resolve(JSON.parse(m[1]));
    });
  });
}

/** RSS and its high-water mark (VmHWM) of a process, in MB, from /proc; nulls once gone. */
function memory(/** @type {number | undefined} */ pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (/** @type {string} */ k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1]);
    return { rssMb: Math.round(kb('VmRSS') / 1024), hwmMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rssMb: null, hwmMb: null };
  }
}

async function chartIds(base) {
  return JSON.parse((await send(base, '/api/charts')).body.toString()).charts.map((c) => c.id);
}

// --- checks -----------------------------------------------------------------------------------

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND'];
const SECURITY_HEADERS = ['x-content-type-options', 'content-security-policy', 'referrer-policy'];

/** Every method on one path of each family; counts 5xx and answers missing the security headers. */
async function methods(base) {
  const id = (await chartIds(base))[0];
  const chunk = /"(\/_next\/static\/[^"]+\.js)"/.exec((await send(base, '/')).body.toString())?.[1];
  const paths = [
    '/',
    `/charts/${id}`,
    '/api/charts',
    `/api/charts/${id}/png?preset=og`,
    `/embed/${id}`,
    `/embed/nope`,
    `/charts/${id}/og.png`,
    '/icon.svg',
    chunk ?? '/_next/static/missing.js',
  ];
  const rows = [];
  for (const path of paths) {
    for (const method of METHODS) {
      const r = await send(base, path, { method });
      const missing = SECURITY_HEADERS.filter((h) => r.headers[h] === undefined);
      rows.push({ method, path, status: r.status, allow: r.headers.allow ?? null, missing });
    }
    for (const method of ['TRACK', 'FOO', 'M-SEARCH']) {
      const answer = await raw(
        base,
        `${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      );
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      const head = answer.split('\r\n\r\n')[0].toLowerCase();
      const missing = SECURITY_HEADERS.filter((h) => !head.includes(`\n${h}:`));
      rows.push({
        method,
        path,
        status,
        allow: /\nallow: ([^\r]*)/.exec(head)?.[1] ?? null,
        missing,
      });
    }
  }
  const nextAction = await send(base, '/', {
    method: 'POST',
    headers: { 'Next-Action': 'zq<script>x9', 'Content-Type': 'text/plain' },
  });
  // 501 is the documented answer to a method Node's parser rejects; any other 5xx is a failure.
  const fiveXx = rows.filter((r) => r.status >= 500 && r.status !== 501);
  const bare = rows.filter((r) => r.missing.length > 0);
  const optionsPage = rows.find((r) => r.method === 'OPTIONS' && r.path === '/');
  const summary = {
    requests: rows.length,
    fiveXx: fiveXx.length,
    withoutSecurityHeaders: bare.length,
    trace: rows.filter((r) => r.method === 'TRACE').map((r) => r.status),
    optionsOnPage: { status: optionsPage?.status, allow: optionsPage?.allow },
    nextActionPost: nextAction.status,
  };
  console.log(
    `  ${rows.length} requests: ${fiveXx.length} 5xx (501 aside), ${rows.filter((r) => r.status === 501).length} × 501, ${bare.length} without the security headers`,
  );
  console.log(
    `  TRACE: ${summary.trace.join(' ')}; OPTIONS /: ${optionsPage?.status} allow=${optionsPage?.allow}; POST / with Next-Action: ${nextAction.status}`,
  );
  for (const r of [...fiveXx, ...bare].slice(0, 12))
    console.log(`    ${r.method} ${r.path} → ${r.status} missing ${r.missing.join(',')}`);
  return { summary, rows };
}

/** A 4000 px wide PNG no one asked for before (the k-th of a deterministic sequence). */
function bigPng(ids, k) {
  const themes = ['light', 'dark', 'transparent'];
  return `/api/charts/${ids[k % ids.length]}/png?width=4000&height=${2000 + ((k * 37) % 2000)}&theme=${themes[Math.floor(k / ids.length) % 3]}`;
}

/** A small 16:9 PNG no one asked for before (its width keyed by `k`, 640–1039 px). */
const smallPng = (ids, k) => {
  const width = 640 + (k % 400);
  return `/api/charts/${ids[0]}/png?width=${width}&height=${Math.round((width * 9) / 16)}`;
};

/** `send`, but a request that times out is a result ({ status: 0, ms: the timeout }), not a throw. */
async function timed(base, path, timeoutMs = 120_000) {
  try {
    return await send(base, path, { timeoutMs });
  } catch {
    return { status: 0, headers: {}, body: Buffer.alloc(0), ms: timeoutMs, timedOut: true };
  }
}

/**
 * Waits until an uncached small PNG is answered 200 within max(3 × `normalMs`, 500 ms) again
 * (the abandoned work has drained), up to 5 min; returns how long that took, or null.
 */
async function drain(base, ids, nextK, normalMs) {
  const t0 = performance.now();
  while (performance.now() - t0 < 300_000) {
    const r = await timed(base, smallPng(ids, nextK()), 60_000);
    if (r.status === 200 && r.ms <= Math.max(3 * normalMs, 500)) return performance.now() - t0;
    await sleep(2_000);
  }
  return null;
}

/**
 * The abort storms of finding 2: `n` requests for uncached 4000 px PNGs (or, `mixed`, deck and PNG
 * downloads in turn), each abandoned 30 ms after it was sent, one every `gapMs`; then one small
 * uncached PNG, timed against the same kind of PNG before the storm. Between storms it waits
 * until the renderer is idle again and reports how long that took.
 */
async function abort(base) {
  const ids = await chartIds(base);
  const out = {};
  let k = 0;
  const nextK = () => k++;
  for (const storm of [
    { name: '80 × 4000 px PNG', n: 80, gapMs: 41, mixed: false },
    { name: '200 deck / PNG downloads', n: 200, gapMs: 20, mixed: true },
  ]) {
    const normal = [];
    for (let i = 0; i < 5; i++) normal.push((await timed(base, smallPng(ids, k++))).ms);
    const baselineMs = pct(normal, 0.5);
    const t0 = performance.now();
    const storming = [];
    for (let i = 0; i < storm.n; i++) {
      const path = storm.mixed && i % 2 === 0 ? '/api/deck.pptx' : bigPng(ids, k++);
      storming.push(send(base, path, { abortAfterMs: 30 }));
      await sleep(storm.gapMs);
    }
    await Promise.all(storming);
    const stormMs = performance.now() - t0;
    const next = await timed(base, smallPng(ids, k++));
    const ratio = round(next.ms / baselineMs, 2);
    const drainMs = await drain(base, ids, nextK, baselineMs);
    out[storm.name] = {
      stormMs: Math.round(stormMs),
      baselineMs: Math.round(baselineMs),
      nextPngMs: Math.round(next.ms),
      nextStatus: next.status,
      nextTimedOut: next.timedOut ?? false,
      ratio,
      drainMs: drainMs === null ? null : Math.round(drainMs),
    };
    console.log(
      `  ${storm.name} (${Math.round(stormMs)} ms): next PNG ${Math.round(next.ms)} ms (${next.timedOut ? 'timed out' : next.status}) vs ${Math.round(baselineMs)} ms before: ${ratio}×; renderer idle again after ${drainMs === null ? '> 300 s' : `${Math.round(drainMs)} ms`}`,
    );
  }
  return out;
}

/** 100 connections of uncached PNGs with wrk: plain (as the issue measured) and honouring Retry-After. */
async function saturation(base) {
  const ids = (await chartIds(base)).join(',');
  const seconds = args.quick ? 15 : 30;
  const out = {};
  for (const [name, env] of [
    ['wrk', { WRK_IDS: ids }],
    ['wrk honouring Retry-After', { WRK_IDS: ids, WRK_RETRY_AFTER: '1' }],
  ]) {
    const r = await wrk(base, '/', { connections: 100, seconds, script: 'statuses.lua', env });
    const answers = Object.values(r.statuses).reduce((a, b) => a + b, 0);
    const ok = r.statuses['200'] ?? 0;
    out[name] = {
      answers,
      statuses: r.statuses,
      errors: r.errors,
      share200: answers ? round((100 * ok) / answers) : null,
      okPerS: round(ok / seconds, 2),
      p50Ms: Math.round(r.latencyUs.p50 / 1000),
      p99Ms: Math.round(r.latencyUs.p99 / 1000),
    };
    console.log(
      `  ${name}: ${answers} answers ${JSON.stringify(r.statuses)}, ${out[name].share200}% 200, ${out[name].okPerS} 200/s, p50 ${out[name].p50Ms} ms, p99 ${out[name].p99Ms} ms, errors ${JSON.stringify(r.errors)}`,
    );
    await sleep(15_000);
  }
  return out;
}

/** 60 s of uncached PNGs of 3800–4000 px a side at 8 connections; the server's RSS every 250 ms. */
async function soak(base, pid) {
  const ids = await chartIds(base);
  const seconds = args.quick ? 20 : 60;
  const themes = ['light', 'dark', 'transparent'];
  const idle = memory(pid);
  let k = 0;
  let peak = idle.rssMb ?? 0;
  const statuses = {};
  const latencies = [];
  const t0 = Date.now();
  const sampler = setInterval(() => (peak = Math.max(peak, memory(pid).rssMb ?? 0)), 250);
  const worker = async () => {
    while (Date.now() - t0 < seconds * 1000) {
      const n = k++;
      const path = `/api/charts/${ids[n % ids.length]}/png?width=${4000 - (n % 201)}&height=${4000 - (Math.floor(n / 201) % 201)}&theme=${themes[n % 3]}`;
      const r = await send(base, path);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 200) latencies.push(r.ms);
      else if (r.status === 503) await sleep(Number(r.headers['retry-after'] ?? 1) * 1000);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  clearInterval(sampler);
  await sleep(5_000);
  const end = memory(pid);
  const out = {
    seconds,
    statuses,
    idleRssMb: idle.rssMb,
    peakRssMb: Math.max(peak, end.hwmMb ?? 0),
    sampledPeakRssMb: peak,
    vmHwmMb: end.hwmMb,
    endRssMb: end.rssMb,
    p50Ms: Math.round(pct(latencies, 0.5) ?? 0),
    p99Ms: Math.round(pct(latencies, 0.99) ?? 0),
  };
  console.log(
    `  ${JSON.stringify(statuses)}; RSS idle ${out.idleRssMb} MB → peak ${out.peakRssMb} MB (VmHWM ${out.vmHwmMb}, sampled ${peak}) → ${out.endRssMb} MB 5 s after; 200s p50 ${out.p50Ms} ms p99 ${out.p99Ms} ms`,
  );
  return out;
}

/** /api/deck.pptx at 50 connections for 20 s with wrk, starting on a fresh server (cold cache). */
async function deck(base) {
  const r = await wrk(base, '/api/deck.pptx', {
    connections: 50,
    seconds: args.quick ? 10 : 20,
    script: 'statuses.lua',
  });
  const out = {
    statuses: r.statuses,
    errors: r.errors,
    reqPerS: round(r.requests / (r.durationUs / 1e6)),
    p50Ms: round(r.latencyUs.p50 / 1000),
    p99Ms: round(r.latencyUs.p99 / 1000),
    maxMs: round(r.latencyUs.max / 1000),
  };
  console.log(
    `  ${JSON.stringify(r.statuses)}: ${out.reqPerS} req/s, p50 ${out.p50Ms} ms, p99 ${out.p99Ms} ms, max ${out.maxMs} ms`,
  );
  return out;
}

/** The exports whose bytes must not change for one ETag. */
async function exportPaths(base) {
  const ids = await chartIds(base);
  return [
    '/api/deck.pptx',
    '/api/data.csv',
    '/api/data.json',
    '/api/charts',
    ...ids.flatMap((id) => [
      `/api/charts/${id}/pptx`,
      `/api/charts/${id}/csv`,
      `/api/charts/${id}/svg?width=800&height=450`,
      `/api/charts/${id}/png?width=800&height=450&theme=dark`,
    ]),
    `/charts/${ids[0]}/og.png`,
    `/embed/${ids[0]}`,
  ];
}

async function fetchAll(base, paths) {
  const got = {};
  for (const p of paths) {
    const r = await send(base, p);
    got[p] = { status: r.status, etag: r.headers.etag ?? null, sha256: sha(r.body) };
  }
  return got;
}

/** Fills the body cache (512 entries) with SVGs, so every earlier export is evicted. */
async function evict(base, ids) {
  for (let i = 0; i < 600; i++)
    await send(
      base,
      `/api/charts/${ids[i % ids.length]}/svg?width=${1000 + i}&height=${Math.round((1000 + i) / 1.6)}`,
    );
}

/**
 * sha256 of every export: first process, a second process started after the first stopped (at
 * least 2 s later: zip dates have 2 s steps), and the second after a cache eviction.
 */
async function bytes(build) {
  const rounds = [];
  let paths = [];
  for (const phase of ['process 1', 'process 2']) {
    const server = await startNext(PORT, build.dir);
    try {
      if (paths.length === 0) paths = await exportPaths(server.base);
      rounds.push({ phase, got: await fetchAll(server.base, paths) });
      if (phase === 'process 2') {
        await evict(server.base, await chartIds(server.base));
        rounds.push({ phase: 'process 2 after eviction', got: await fetchAll(server.base, paths) });
      }
    } finally {
      await server.stop();
    }
    await sleep(2_500);
  }
  const [a, ...rest] = rounds;
  const differing = paths.filter((p) =>
    rest.some((r) => r.got[p].etag === a.got[p].etag && r.got[p].sha256 !== a.got[p].sha256),
  );
  const sameEtag = paths.filter((p) => rest.every((r) => r.got[p].etag === a.got[p].etag));
  console.log(
    `  ${paths.length} exports × ${rounds.length} rounds: ${sameEtag.length} kept their ETag; ${differing.length} gave other bytes under the same ETag`,
  );
  for (const p of differing) {
    console.log(
      `    ${p}: ${rounds.map((r) => r.got[p].sha256.slice(0, 12)).join(' / ')} under ${a.got[p].etag}`,
    );
  }
  return { exports: paths.length, rounds: rounds.map((r) => r.phase), differing, detail: rounds };
}

// --- main -------------------------------------------------------------------------------------

const RUNNERS = { methods, abort, saturation, soak, deck };

/**
 * The target of each check (issue 14) and whether a result meets it; printed, never asserted,
 * since the timing ones depend on the machine.
 */
const TARGETS = {
  methods: [
    'no 5xx but 501 for unparseable methods, every answer with the security headers, TRACE 405',
    (r) =>
      r.summary.fiveXx === 0 &&
      r.summary.withoutSecurityHeaders === 0 &&
      r.summary.trace.every((s) => s === 405),
  ],
  abort: [
    'after each storm the next PNG is 200 and takes ≤ 2× its time before',
    (r) => Object.values(r).every((s) => s.nextStatus === 200 && s.ratio <= 2),
  ],
  saturation: [
    'plain wrk at 100 connections: ≥ 33% of answers 200 (main: 3–9%)',
    (r) => r.wrk.share200 >= 33,
  ],
  soak: ['peak RSS ≤ 1024 MB', (r) => r.peakRssMb <= 1024],
  deck: ['p99 ≤ 200 ms at 50 connections on a fresh server', (r) => r.p99Ms <= 200],
  bytes: ['no export gives other bytes under the same ETag', (r) => r.differing.length === 0],
};
mkdirSync(RESULTS_DIR, { recursive: true });
const list = await builds();
for (const check of wanted) {
  const results = { check, date: new Date().toISOString(), loadAvgAtStart: loadavg(), builds: {} };
  for (const build of list) {
    console.log(
      `${check} — ${build.name} (${build.dir}), load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    if (check === 'bytes') {
      results.builds[build.name] = await bytes(build);
      continue;
    }
    const server = build.base
      ? { base: build.base, pid: undefined, stop: async () => {} }
      : await startNext(PORT, build.dir);
    try {
      results.builds[build.name] = await RUNNERS[check](server.base, server.pid);
    } finally {
      await server.stop();
    }
    await sleep(3_000);
  }
  const [target, meets] = TARGETS[check];
  results.target = target;
  for (const [name, r] of Object.entries(results.builds)) {
    r.meetsTarget = meets(r);
    console.log(
      `  ${check} — ${name}: ${r.meetsTarget ? 'meets' : 'MISSES'} the target: ${target}`,
    );
  }
  writeFileSync(
    join(RESULTS_DIR, `reliability-${check}.json`),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}
