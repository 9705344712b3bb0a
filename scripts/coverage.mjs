// node scripts/coverage.mjs [root]: per series, the years covered and the years with both sides.
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
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
const { chinaKazakhstan: d } = await load('data/china-kazakhstan.ts');
const { seriesCoverage } = await load('lib/coverage.ts');

const list = (ys) => (ys.length ? ys.join(', ') : '—');
for (const series of [...new Set(d.observations.map((o) => o.series))]) {
  const c = seriesCoverage(d, series);
  const spanYears = c.span ? c.span[1] - c.span[0] + 1 : 0;
  console.log(`${series}: ${c.years.length} of ${spanYears} years (${c.span?.join('–') ?? '—'})`);
  for (const side of ['CN', 'KZ', 'unstated']) {
    console.log(`  ${side.padEnd(8)} ${c.bySide[side].length} years: ${list(c.bySide[side])}`);
  }
  console.log(`  both     ${c.bothSides.length} years: ${list(c.bothSides)}`);
}
