import { renderChartImage } from 'chart-render';
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

  it('refuses a job whose signal has already fired', async () => {
    const pool = new RenderPool({ size: 1, file: WORKER_FILE });
    await expect(pool.run(job, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(pool.stopped).toEqual({ svg: 0, parse: 0, paint: 0 });
  });
});
