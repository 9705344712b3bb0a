// node bench/experiments/png-http.mjs --before http://127.0.0.1:3240 --after http://127.0.0.1:3241 [--reps 6]
// Uncached 1920×1080 PNGs over HTTP from two running `next start` servers (two builds or two
// worktrees), interleaved request by request so machine load hits both alike. Every request is
// a cache miss: its width (1920 − k px, k never repeated in a run) makes an ETag the server has not
// seen; an answer without `X-Export-Cache: miss` (a width an earlier run asked for) is not counted. Which server goes first alternates per chart.
// Also the CPU time each server process spent per request over the timed requests, from
// /proc/<pid>/task/*/stat (the pid listening on the port, found with `ss`), split into the main
// thread, the render worker and the other threads (V8's helpers, which do most of a full GC).
// Prints p50 / p95 per server and the ratio after ÷ before; writes bench/results/png-http.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULTS_DIR } from '../lib/server.mjs';
import { ratio, summarise } from '../lib/stats.mjs';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    reps: { type: 'string', default: '6' },
    height: { type: 'string', default: '1080' },
  },
});
if (!args.before || !args.after) throw new Error('png-http: pass --before URL and --after URL');
const REPS = Number(args.reps);
const H = Number(args.height);
const servers = { before: args.before, after: args.after };

/** @param {string} base */
async function chartIds(base) {
  const r = await fetch(`${base}/api/charts`);
  return /** @type {{ charts: { id: string }[] }} */ (await r.json()).charts.map((c) => c.id);
}

/**
 * One request; its wall-clock time in ms (headers and the whole body) and whether it missed the
 * server's caches.
 */
async function timed(/** @type {string} */ url) {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = new Uint8Array(await res.arrayBuffer());
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  if (body.byteLength < 1000 || body[1] !== 0x50) throw new Error(`${url}: not a PNG`);
  return { ms, miss: res.headers.get('x-export-cache') === 'miss' };
}

/** The pid listening on `base`'s port (Linux `ss -ltnp`). */
function pidOf(/** @type {string} */ base) {
  const port = new URL(base).port;
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const m = /pid=(\d+)/.exec(out);
  if (!m) throw new Error(`png-http: nothing listens on ${port}`);
  return Number(m[1]);
}

/** CPU clock ticks (user + system) of each thread of `pid`, by thread id. */
function cpuTicks(/** @type {number} */ pid) {
  /** @type {Map<number, number>} */
  const ticks = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(tid), Number(f[11]) + Number(f[12]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return ticks;
}

/**
 * CPU ms per request between two readings: all threads; the main thread; the busiest other thread
 * (the render worker: requests one at a time keep one worker busy); the rest (V8's platform
 * threads, which do most of a full collection's marking, and libuv's).
 */
function cpuSplit(
  /** @type {number} */ pid,
  /** @type {Map<number, number>} */ a,
  /** @type {Map<number, number>} */ b,
  /** @type {number} */ n,
) {
  const d = [...b].map(([tid, t]) => [tid, t - (a.get(tid) ?? 0)]);
  const all = d.reduce((x, [, t]) => x + t, 0);
  const main = d.find(([tid]) => tid === pid)?.[1] ?? 0;
  const worker = Math.max(0, ...d.filter(([tid]) => tid !== pid).map(([, t]) => t));
  const ms = (/** @type {number} */ t) => Math.round((t * 10) / n);
  return {
    allThreadsMs: ms(all),
    mainThreadMs: ms(main),
    renderWorkerMs: ms(worker),
    otherThreadsMs: ms(all - main - worker),
  };
}

const ids = await chartIds(servers.before);
const pids = { before: pidOf(servers.before), after: pidOf(servers.after) };
// Warm-up: each server's workers started and every route's code loaded (not timed).
for (const base of Object.values(servers))
  for (const id of ids) await timed(`${base}/api/charts/${id}/png?width=1200&height=${H}`);

/** @type {Record<string, number[]>} */
const ms = { before: [], after: [] };
const cpu0 = { before: cpuTicks(pids.before), after: cpuTicks(pids.after) };
// A width an earlier run already asked for is a cache hit: it is skipped (not timed) for the next.
let k = 1;
let flip = false;
for (let r = 0; r < REPS; r++) {
  for (const id of ids) {
    const order = flip ? ['after', 'before'] : ['before', 'after'];
    flip = !flip;
    for (const side of order) {
      for (;;) {
        const t = await timed(
          `${servers[side]}/api/charts/${id}/png?width=${1920 - k++}&height=${H}`,
        );
        if (t.miss) {
          ms[side].push(t.ms);
          break;
        }
      }
    }
  }
}
// CLK_TCK is 100 on Linux: a tick is 10 ms.
const cpuPerRequest = {
  before: cpuSplit(pids.before, cpu0.before, cpuTicks(pids.before), ms.before.length),
  after: cpuSplit(pids.after, cpu0.after, cpuTicks(pids.after), ms.after.length),
};
const before = summarise(ms.before);
const after = summarise(ms.after);
const out = {
  date: new Date().toISOString(),
  command: `node bench/experiments/png-http.mjs ${process.argv.slice(2).join(' ')}`,
  loadavgAtEnd: (await import('node:os')).loadavg().map((x) => Math.round(x * 100) / 100),
  charts: ids,
  size: `≈1920×${H} (width 1920 − k, one k per chart and round)`,
  before,
  after,
  cpuPerRequest,
  ratioP50: ratio(after.median, before.median),
  ratioP95: ratio(after.p95, before.p95),
};
const cpuLine = (/** @type {'before' | 'after'} */ side) => {
  const c = cpuPerRequest[side];
  return `CPU ${c.allThreadsMs} ms/request: main ${c.mainThreadMs}, render worker ${c.renderWorkerMs}, other threads ${c.otherThreadsMs}`;
};
console.log(
  `before  p50 ${before.median} ms  p95 ${before.p95} ms (n=${before.n}); ${cpuLine('before')}`,
);
console.log(
  `after   p50 ${after.median} ms  p95 ${after.p95} ms (n=${after.n}); ${cpuLine('after')}`,
);
console.log(`after ÷ before: p50 ${out.ratioP50}, p95 ${out.ratioP95}; load ${out.loadavgAtEnd}`);
writeFileSync(join(RESULTS_DIR, 'png-http.json'), `${JSON.stringify(out, null, 2)}\n`);
