// node bench/experiments/font-subset.mjs: would subset DejaVu fonts make PNGs and pages faster?
// Needs pyftsubset (Debian: apt-get install fonttools); skips with a message without it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR, ROOT, require } from '../lib/server.mjs';
import { loadSpecs } from '../lib/specs.mjs';
import { ratio, summarise, timeIt } from '../lib/stats.mjs';

/** Basic Latin, Latin-1, Latin Extended-A, general punctuation, €, ™, arrows, −, ≤ ≥, ①…, shapes. */
const UNICODES =
  'U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-2044,U+20AC,U+2122,U+2190-2193,U+2212,U+2264,U+2265,U+2460-24FF,U+25A0-25FF';

try {
  execFileSync('pyftsubset', ['--help'], { stdio: 'ignore' });
} catch {
  console.log('font-subset: pyftsubset not found (apt-get install fonttools); skipped');
  process.exit(0);
}

/** @type {typeof import('chart-render')} */
const cr = require('chart-render');
const { Resvg } = require('@resvg/resvg-js');
const dir = mkdtempSync(join(tmpdir(), 'font-subset-'));
const [regular, bold] = cr.FONT_FILES;
/** @param {string} src @param {string} out @param {string[]} extra */
const subset = (src, out, extra = []) =>
  execFileSync(
    'pyftsubset',
    [src, `--unicodes=${UNICODES}`, '--layout-features=*', ...extra, `--output-file=${out}`],
    {
      stdio: 'ignore',
    },
  );
const ttf = [join(dir, 'regular.ttf'), join(dir, 'bold.ttf')];
subset(regular, ttf[0], ['--no-hinting']);
subset(bold, ttf[1], ['--no-hinting']);
const woff2 = [join(dir, 'regular.woff2'), join(dir, 'bold.woff2')];
let woff2Bytes = null;
try {
  subset(regular, woff2[0], ['--flavor=woff2']);
  subset(bold, woff2[1], ['--flavor=woff2']);
  woff2Bytes = statSync(woff2[0]).size + statSync(woff2[1]).size;
} catch {
  console.log('  no WOFF2 output (fontTools without brotli); web font sizes skipped');
}
const fontsource = join(ROOT, 'node_modules', '@fontsource', 'dejavu-sans', 'files');
const webNow =
  statSync(join(fontsource, 'dejavu-sans-latin-400-normal.woff2')).size +
  statSync(join(fontsource, 'dejavu-sans-latin-700-normal.woff2')).size;

/** @param {string[]} files */
const opts = (files) => ({
  font: {
    loadSystemFonts: false,
    fontFiles: files,
    defaultFontFamily: 'DejaVu Sans',
    sansSerifFamily: 'DejaVu Sans',
  },
});
const full = opts([regular, bold]);
const sub = opts(ttf);

const { specs } = await loadSpecs();
const rows = [];
const fullAll = [];
const subAll = [];
let identical = 0;
let compared = 0;
for (const spec of specs) {
  for (const theme of ['light', 'dark', 'transparent']) {
    const svg = cr.renderChartImage(spec, { width: 1920, height: 1080, theme });
    const a = new Resvg(svg, full).render().asPng();
    const b = new Resvg(svg, sub).render().asPng();
    compared++;
    if (Buffer.compare(a, b) === 0) identical++;
    else console.log(`  DIFFERENT PNG: ${spec.id} ${theme}`);
  }
  const svg = cr.renderChartImage(spec, { width: 1920, height: 1080 });
  const f = await timeIt(() => new Resvg(svg, full).render().asPng(), {
    n: 5,
    warmup: 1,
    cpu: true,
  });
  const s = await timeIt(() => new Resvg(svg, sub).render().asPng(), {
    n: 5,
    warmup: 1,
    cpu: true,
  });
  const fp = await timeIt(() => new Resvg(svg, full), { n: 5, cpu: true });
  const sp = await timeIt(() => new Resvg(svg, sub), { n: 5, cpu: true });
  fullAll.push(...f);
  subAll.push(...s);
  const row = {
    id: spec.id,
    textNodes: (svg.match(/<text\b/g) ?? []).length,
    fullMs: summarise(f).median,
    subsetMs: summarise(s).median,
    fullParseMs: summarise(fp).median,
    subsetParseMs: summarise(sp).median,
  };
  rows.push(row);
  console.log(
    `  ${spec.id.padEnd(18)} ${String(row.textNodes).padStart(3)} texts: rasterise (CPU) ${row.fullMs} → ${row.subsetMs} ms (parse ${row.fullParseMs} → ${row.subsetParseMs} ms)`,
  );
}
const result = {
  name: 'font-subset',
  title: 'Experiment: DejaVu Sans subset to the characters the app uses',
  date: new Date().toISOString(),
  command: 'node bench/experiments/font-subset.mjs',
  unicodes: UNICODES,
  ttfBytes: {
    full: statSync(regular).size + statSync(bold).size,
    subset: statSync(ttf[0]).size + statSync(ttf[1]).size,
  },
  woff2Bytes: { fontsourceNow: webNow, subset: woff2Bytes },
  identicalPngs: `${identical} of ${compared}`,
  rasteriseFull: summarise(fullAll),
  rasteriseSubset: summarise(subAll),
  speedup: ratio(summarise(fullAll).median, summarise(subAll).median),
  rows,
};
console.log(
  `  rasterise 1920×1080 p50 (CPU time) ${result.rasteriseFull.median} → ${result.rasteriseSubset.median} ms (${result.speedup}×); ` +
    `PNG bytes identical for ${result.identicalPngs}; TTF ${result.ttfBytes.full} → ${result.ttfBytes.subset} B; ` +
    `web fonts ${webNow} → ${woff2Bytes ?? '–'} B`,
);
writeFileSync(join(RESULTS_DIR, 'font-subset.json'), `${JSON.stringify(result, null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
