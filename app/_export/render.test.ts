import { renderChartImage, renderPng } from 'chart-render';
import { describe, expect, it } from 'vitest';
import { getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { exportSvg, rasterise, renderImage } from './render';

describe('rasterise', () => {
  const spec = getChartSpec(getDataset(), 'trade-trend');

  it('gives the same bytes as chart-render renderPng, at scale 1 and 2', async () => {
    const svg = renderChartImage(spec, { width: 640, height: 360 });
    expect(Buffer.from(await rasterise(svg, 1)).equals(renderPng(svg))).toBe(true);
    expect(Buffer.from(await rasterise(svg, 2)).equals(renderPng(svg, { scale: 2 }))).toBe(true);
  }, 30_000);
});

describe('exportSvg', () => {
  it('is renderChartImage, memoised', () => {
    const spec = getChartSpec(getDataset(), 'growth-rates');
    const o = { width: 800, height: 450, theme: 'dark' } as const;
    const a = exportSvg(spec, o);
    expect(a).toBe(renderChartImage(spec, o));
    expect(exportSvg(spec, o)).toBe(a);
  });
});

describe('renderImage', () => {
  const spec = getChartSpec(getDataset(), 'crude-shipped');

  it('gives the SVG string or a PNG of width × scale pixels', async () => {
    const o = { width: 640, height: 400, theme: 'light', scale: 2 } as const;
    expect(await renderImage(spec, { ...o, format: 'svg' })).toBe(exportSvg(spec, o));
    const png = Buffer.from((await renderImage(spec, { ...o, format: 'png' })) as Uint8Array);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
  }, 30_000);
});
