import { describe, expect, it } from 'vitest';
import { heightForKey, layoutBody, markDetail } from 'chart-render';
import { PHONE_CHART_SIZE } from '@/components/charts/chart-figure';
import { getDataset } from '../datasets';
import { chartIds, getChartSpec } from './registry';

const d = getDataset();

describe('the phone layout of every chart', () => {
  it.each(chartIds)('%s: a plot at least as tall as the key under it', (id) => {
    const spec = getChartSpec(d, id);
    const height = heightForKey(spec, PHONE_CHART_SIZE);
    expect(height).toBeGreaterThanOrEqual(PHONE_CHART_SIZE.height);
    const m = layoutBody(spec, { ...PHONE_CHART_SIZE, height, labels: 'below' });
    const ys = m.below.map((b) => b.y);
    const key = ys.length === 0 ? 0 : Math.max(...ys) + m.lineHeight - Math.min(...ys);
    expect(m.plot.h).toBeGreaterThanOrEqual(key - 0.5);
    // Event badges are the smallest text: 0.8 em of the drawing's font.
    expect(PHONE_CHART_SIZE.fontSize * 0.8 * (288 / PHONE_CHART_SIZE.width)).toBeGreaterThanOrEqual(
      11,
    );
  });
});

describe('markDetail', () => {
  const spec = getChartSpec(d, 'trade-trend');
  const j = spec.series.findIndex((s) => s.id === 'annual-cn');
  const i = spec.series[j]!.values.findIndex((v) => v !== null);

  it.each<[string, number, number, string | null]>([
    ['a gap', j, spec.series[j]!.values.findIndex((v) => v === null), null],
    ['no such series', 99, 0, null],
    ['no such category', j, 999, null],
  ])('%s → null', (_name, series, category, expected) => {
    expect(markDetail(spec, series, category)).toBe(expected);
  });

  it('gives period and value, whose statistics, then the note', () => {
    const s = spec.series[j]!;
    const lines = markDetail(spec, j, i)!.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${spec.categories[i]}: \\$`));
    expect(lines[1]).toBe(s.name);
    expect(lines[2]).toBe(s.notes![i]);
  });
});
