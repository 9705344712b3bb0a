import { renderChartImage, renderPng } from 'chart-render';
import { describe, expect, it } from 'vitest';
import { getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { RenderAbortedError } from '@/lib/export/render-gate';
import { outputPixels, renderImage } from './render';
import { exportState } from './state';

describe('renderImage', () => {
  const spec = getChartSpec(getDataset(), 'trade-trend');

  it('gives the bytes of chart-render renderPng, at scale 1 and 2, from a worker', async () => {
    const o = { width: 640, height: 360, theme: 'light' } as const;
    const svg = renderChartImage(spec, o);
    const one = await renderImage(spec, { ...o, format: 'png', scale: 1 });
    const two = await renderImage(spec, { ...o, format: 'png', scale: 2 });
    expect(Buffer.from(one as Uint8Array).equals(renderPng(svg))).toBe(true);
    expect(Buffer.from(two as Uint8Array).equals(renderPng(svg, { scale: 2 }))).toBe(true);
  }, 60_000);

  it('gives the SVG string of renderChartImage', async () => {
    const o = { width: 800, height: 450, theme: 'dark' } as const;
    const svg = await renderImage(spec, { ...o, format: 'svg', scale: 1 });
    expect(svg).toBe(renderChartImage(spec, o));
  }, 60_000);

  it('gives a PNG of width × scale pixels', async () => {
    const crude = getChartSpec(getDataset(), 'crude-shipped');
    const o = { width: 640, height: 400, theme: 'light', scale: 2 } as const;
    const png = Buffer.from((await renderImage(crude, { ...o, format: 'png' })) as Uint8Array);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
  }, 60_000);

  it('drops a render whose caller has left, and renders the next one', async () => {
    const o = { width: 4000, height: 4000, theme: 'light', scale: 1, format: 'png' } as const;
    const left = new AbortController();
    const abandoned = renderImage(spec, o, left.signal);
    left.abort();
    await expect(abandoned).rejects.toBeInstanceOf(RenderAbortedError);
    const next = await renderImage(spec, { ...o, width: 700, height: 400 });
    expect(Buffer.from(next as Uint8Array).readUInt32BE(16)).toBe(700);
    expect([exportState().gate.running, exportState().gate.waiting]).toEqual([0, 0]);
  }, 60_000);
});

describe('outputPixels', () => {
  it.each([
    ['an SVG rasterises nothing', { format: 'svg', width: 1920, height: 1080, scale: 2 }, 0],
    ['a PNG at scale 1', { format: 'png', width: 1920, height: 1080, scale: 1 }, 2_073_600],
    ['a PNG at scale 2', { format: 'png', width: 1000, height: 1000, scale: 2 }, 4_000_000],
  ] as const)('%s', (_name, o, expected) => {
    expect(outputPixels(o)).toBe(expected);
  });
});
