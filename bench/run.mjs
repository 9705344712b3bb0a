// npm run bench [-- [names…] [--quick] [--build]]: benchmarks against a production server on loopback.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as deck from './deck.mjs';
import * as embed from './embed.mjs';
import * as jsSize from './js-size.mjs';
import * as lighthouse from './lighthouse.mjs';
import * as load from './load.mjs';
import * as pages from './pages.mjs';
import * as png from './png.mjs';
import * as preset from './preset.mjs';
import { writeReport } from './report.mjs';
import {
  RESULTS_DIR,
  ensureBuild,
  getSocketRetries,
  snapshotBuild,
  startNext,
} from './lib/server.mjs';
import { loadSpecs } from './lib/specs.mjs';

const ALL = [jsSize, embed, pages, png, preset, deck, load, lighthouse];
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wanted = args.filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((w) => !ALL.some((b) => b.name === w));
if (unknown.length) {
  console.error(
    `unknown benchmark(s): ${unknown.join(', ')}; known: ${ALL.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}
const selected = wanted.length ? ALL.filter((b) => wanted.includes(b.name)) : ALL;
const PORT = Number(process.env.BENCH_PORT ?? 3400);

/** The machine, as BENCHMARKS.md reports it. */
function machine() {
  let free = null;
  try {
    free = execFileSync('free', ['-m'], { encoding: 'utf8' }).trim();
  } catch {
    // not Linux procps; os.totalmem below still says enough
  }
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memTotalMb: Math.round(os.totalmem() / 2 ** 20),
    free,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAvgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

// BENCH_RESULTS_SUBDIR keeps a side run (a "before") out of the summary in BENCHMARKS.md.
const outDir = join(RESULTS_DIR, process.env.BENCH_RESULTS_SUBDIR ?? '');
mkdirSync(outDir, { recursive: true });
// BENCH_BUILD_DIR reuses an earlier snapshot, e.g. to measure a "before" next to an "after".
const snapshot = process.env.BENCH_BUILD_DIR
  ? {
      dir: process.env.BENCH_BUILD_DIR,
      id: readFileSync(join(process.env.BENCH_BUILD_DIR, '.next', 'BUILD_ID'), 'utf8').trim(),
    }
  : (await ensureBuild({ force: args.includes('--build') }), await snapshotBuild());
const build = snapshot.id;
const server = await startNext(PORT, snapshot.dir);
console.log(
  `bench: next start on ${server.base} (build ${build}, served from ${snapshot.dir})${quick ? ', quick mode' : ''}`,
);

/** @type {Promise<Awaited<ReturnType<typeof loadSpecs>>> | null} */
let specsPromise = null;
const ctx = {
  base: server.base,
  serverPid: server.pid,
  staticPort: PORT + 1,
  quick,
  charts: () => (specsPromise ??= loadSpecs()),
};

let failed = 0;
try {
  for (const b of selected) {
    console.log(`\n${b.name}: ${b.title}`);
    const env = machine();
    const t0 = Date.now();
    try {
      const result = await b.run(ctx);
      const record = {
        name: b.name,
        title: b.title,
        date: new Date().toISOString(),
        command: `npm run bench -- ${b.name}${quick ? ' --quick' : ''}`,
        buildId: build,
        quick,
        seconds: Math.round((Date.now() - t0) / 1000),
        machine: env,
        socketRetries: getSocketRetries(),
        ...result,
      };
      writeFileSync(join(outDir, `${b.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
    } catch (e) {
      failed++;
      console.error(`  ${b.name} failed: ${e instanceof Error ? e.stack : e}`);
      if (e instanceof Error && e.cause) console.error('  cause:', e.cause);
    }
  }
} finally {
  await server.stop();
}
if (process.env.BENCH_RESULTS_SUBDIR) console.log(`\nbench: results in ${outDir}`);
else {
  await writeReport();
  console.log('\nbench: results in bench/results/*.json, summary in BENCHMARKS.md');
}
process.exit(failed ? 1 : 0);
