#!/usr/bin/env node
// npm run gallery: every chart at every image preset and theme, events on and off, plus the page
// and phone-width bodies, as PNGs in gallery/ (not committed) with a contact sheet, gallery/index.html.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from '../bench/lib/specs.mjs';
import { ROOT, require } from '../bench/lib/server.mjs';

/** @type {typeof import('chart-render')} */
const cr = require('chart-render');
const out = join(ROOT, 'gallery');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { IMAGE_PRESETS } = await importTs('lib/export/image-params.ts');
const { getDataset } = await importTs('lib/datasets.ts');
const { chartIds, chartBuilders } = await importTs('lib/charts/registry.ts');
const { tradeTrendSpec } = await importTs('lib/charts/trade-trend.ts');
const { projectionsSpec } = await importTs('lib/charts/projections.ts');
const d = getDataset();
const today = new Date();
/** @param {string} id @param {boolean} events */
function specOf(id, events) {
  if (id === 'trade-trend') return tradeTrendSpec(d, { today, events });
  if (id === 'projections') return projectionsSpec(d, { today, events });
  return chartBuilders[id].length > 1 ? chartBuilders[id](d, { events }) : chartBuilders[id](d);
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const cards = [];
let n = 0;
for (const id of chartIds) {
  const row = [];
  for (const events of [true, false]) {
    const spec = specOf(id, events);
    if (!events && spec.events.length === 0 && specOf(id, true).events.length === 0) continue;
    for (const [preset, size] of Object.entries(IMAGE_PRESETS)) {
      for (const theme of ['light', 'dark', 'transparent']) {
        const file = `${id}-${preset}-${theme}${events ? '' : '-no-events'}.png`;
        const svg = cr.renderChartImage(spec, { ...size, theme });
        writeFileSync(join(out, file), cr.renderPng(svg));
        row.push({ file, caption: `${preset} · ${theme}${events ? '' : ' · events off'}` });
        n++;
      }
    }
  }
  const spec = specOf(id, true);
  for (const [name, w, h] of [
    ['page', 1068, 440],
    ['phone', 358, 300],
  ]) {
    const file = `${id}-${name}.png`;
    writeFileSync(
      join(out, file),
      cr.renderPng(cr.renderChartSvg(spec, { width: w, height: h }), { scale: 2 }),
    );
    row.push({ file, caption: `${name} body ${w}×${h} (2×)` });
    n++;
  }
  cards.push(
    `<section><h2>${esc(spec.title)} <small>${esc(id)}</small></h2><div class="grid">${row
      .map(
        (r) =>
          `<figure><a href="${r.file}"><img src="${r.file}" loading="lazy" alt="${esc(r.caption)}"></a><figcaption>${esc(r.caption)}</figcaption></figure>`,
      )
      .join('')}</div></section>`,
  );
}
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Chart gallery</title><style>body{font-family:sans-serif;margin:1rem;background:#eee}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:12px}figure{margin:0;background:repeating-conic-gradient(#ddd 0 25%,#fff 0 50%) 0 0/16px 16px}img{width:100%;display:block}figcaption{font-size:12px;background:#fff;padding:2px 4px}</style><h1>Every chart, every preset and theme (${n} images)</h1>${cards.join('')}`,
);
console.log(`gallery: ${n} images and ${join(out, 'index.html')}`);
