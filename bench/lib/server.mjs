import { spawn, execFileSync } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = join(ROOT, 'bench', 'results');
export const require = createRequire(join(ROOT, 'package.json'));
const NEXT_BIN = require.resolve('next/dist/bin/next');

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** The id of the production build in `.next`, or null when there is none. */
export function buildId() {
  const f = join(ROOT, '.next', 'BUILD_ID');
  return existsSync(f) ? readFileSync(f, 'utf8').trim() : null;
}

/** Pids of other `next build` processes (this 2-core machine runs one build at a time). */
function otherBuilds() {
  try {
    return execFileSync('pgrep', ['-f', 'next build'], { encoding: 'utf8' })
      .split('\n')
      .filter((p) => p !== '' && Number(p) !== process.pid);
  } catch {
    return [];
  }
}

/** Waits (up to `maxMs`) until no `next build` runs, so a build never changes `.next` mid-run. */
export async function waitForNoBuild(maxMs = 20 * 60_000) {
  const t0 = Date.now();
  let told = false;
  while (otherBuilds().length > 0) {
    if (!told) console.log('bench: waiting for another `next build` to finish…');
    told = true;
    if (Date.now() - t0 > maxMs) throw new Error('bench: another `next build` ran for too long');
    await sleep(5_000);
  }
  if (told) await sleep(2_000);
}

/** Runs `next build` unless a build exists (or `force`); the numbers are of the production build. */
export async function ensureBuild({ force = false } = {}) {
  await waitForNoBuild();
  if (!force && buildId() !== null) return;
  console.log('bench: npm run build');
  execFileSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/** Work-tree entries the server reads at run time besides `.next` (package.json, the renderer, …). */
const LINKED = [
  'node_modules',
  'packages',
  'package.json',
  'next.config.ts',
  'tsconfig.json',
  'public',
  'data',
  'lib',
  'app',
];

/**
 * Copies the current production build into a private directory and returns it, so other people's
 * `next build` runs in the shared work tree cannot swap files under a running benchmark. Waits
 * for builds in progress; throws when the build changes while it is copied.
 */
export async function snapshotBuild() {
  await waitForNoBuild();
  const id = buildId();
  if (id === null) throw new Error('bench: no production build in .next');
  const dir = join(tmpdir(), `bench-next-${id}`);
  if (!existsSync(join(dir, '.next', 'BUILD_ID'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, '.next'), { recursive: true });
    for (const entry of readdirSync(join(ROOT, '.next'))) {
      if (entry === 'cache' || entry === 'dev' || entry === 'BUILD_ID') continue;
      cpSync(join(ROOT, '.next', entry), join(dir, '.next', entry), {
        recursive: true,
        verbatimSymlinks: true,
      });
    }
    if (buildId() !== id) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error('bench: .next was rebuilt while it was copied; run again');
    }
    for (const entry of LINKED)
      if (existsSync(join(ROOT, entry))) symlinkSync(join(ROOT, entry), join(dir, entry));
    cpSync(join(ROOT, '.next', 'BUILD_ID'), join(dir, '.next', 'BUILD_ID'));
  }
  return { dir, id };
}

/**
 * Starts `next start` in `dir` on 127.0.0.1:`port` and resolves once `/` answers. Its output goes
 * to bench/results/server-<port>.log.tmp.
 * @param {number} port
 * @param {string} [dir]
 */
export async function startNext(port, dir = ROOT) {
  const log = createWriteStream(join(RESULTS_DIR, `server-${port}.log.tmp`));
  const child = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', () => child.kill('SIGKILL'));
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench: next start exited (${child.exitCode})`);
    try {
      const r = await fetch(`${base}/`, { signal: AbortSignal.timeout(10_000) });
      await r.arrayBuffer();
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > 90_000) {
      await stop();
      throw new Error('bench: next start did not answer within 90 s');
    }
    await sleep(250);
  }
  return { base, pid: child.pid, stop, child };
}

/**
 * GET `url` and read the whole body; `ms` is the time to the last byte.
 * @param {string} url
 * @param {Record<string, string>} [headers]
 */
export async function get(url, headers = {}) {
  for (let attempt = 0; ; attempt++) {
    const t = performance.now();
    try {
      const r = await fetch(url, { headers, signal: AbortSignal.timeout(60_000) });
      const body = Buffer.from(await r.arrayBuffer());
      return { status: r.status, headers: r.headers, body, ms: performance.now() - t };
    } catch (e) {
      // A keep-alive socket the server closed as it was reused; the request never reached it.
      const code = /** @type {{ cause?: { code?: string } }} */ (e).cause?.code;
      if (attempt > 0 || (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET')) throw e;
      socketRetries++;
    }
  }
}

let socketRetries = 0;

/** How many requests `get` retried once after a closed keep-alive socket (reported per run). */
export function getSocketRetries() {
  return socketRetries;
}

/**
 * Resident set size in MB of a process, from /proc; null where unreadable.
 * @param {number | undefined} pid
 */
export function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; null where
 * unreadable. Unlike wall-clock time it hardly moves when other work shares the cores.
 * @param {number | undefined} pid
 */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return null;
  }
}
