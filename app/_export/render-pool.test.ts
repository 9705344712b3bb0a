import { renderChartImage, renderPng } from 'chart-render';
import { describe, expect, it } from 'vitest';
import { getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { RenderPool, WORKER_FILE } from './render-pool';

describe('RenderPool', () => {
  const spec = getChartSpec(getDataset(), 'growth-rates');
  const job = { spec, format: 'png', width: 4000, height: 4000, theme: 'dark', scale: 1 } as const;

  it('stops a job at the worker’s next step once its signal fires, and keeps the worker', async () => {
    const pool = new RenderPool({ size: 1, file: WORKER_FILE });
    const c = new AbortController();
    const run = pool.run(job, c.signal);
    // Once posted, the job is in its first step (the SVG) or about to start it: a 16 MP PNG
    // takes far longer than this to paint.
    setTimeout(() => c.abort(new Error('client left')), 5);
    await expect(run).rejects.toThrow('client left');
    expect(pool.stopped.svg + pool.stopped.parse + pool.stopped.paint).toBe(1);
    const svg = await pool.run({ ...job, format: 'svg' }, new AbortController().signal);
    expect(svg).toBe(renderChartImage(spec, { width: 4000, height: 4000, theme: 'dark' }));
  }, 60_000);

  it('answers PNG jobs in a row, small and large, with the bytes renderPng gives', async () => {
    const pool = new RenderPool({ size: 1, file: WORKER_FILE });
    const signal = new AbortController().signal;
    // 0.23 MP (answered, then collected), 4.2 MP (collected, then answered), 0.23 MP again.
    const sizes = [
      [640, 360],
      [2100, 2000],
      [640, 360],
    ] as const;
    for (const [width, height] of sizes) {
      const png = await pool.run({ ...job, width, height, theme: 'light' }, signal);
      expect(Buffer.from(png as Uint8Array)).toEqual(
        renderPng(renderChartImage(spec, { width, height, theme: 'light' })),
      );
    }
    // An SVG job right after a PNG one: the worker takes it once the PNG's collection is done.
    const svg = await pool.run({ ...job, format: 'svg', width: 640, height: 360 }, signal);
    expect(svg).toBe(renderChartImage(spec, { width: 640, height: 360, theme: 'dark' }));
  }, 60_000);

  it('refuses a job whose signal has already fired', async () => {
    const pool = new RenderPool({ size: 1, file: WORKER_FILE });
    await expect(pool.run(job, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(pool.stopped).toEqual({ svg: 0, parse: 0, paint: 0 });
  });
});
