import { describe, expect, it } from 'vitest';
import { chinaKazakhstan } from '@/data/china-kazakhstan';
import { statisticSide } from './format';
import { growthReport } from './growth-report';
import { periodKey } from './periods';

const rows = growthReport(chinaKazakhstan);
const byId = Object.fromEntries(rows.map((r) => [r.observation.id, r]));

describe('growthReport', () => {
  it.each([
    // [observation, stated %, computed % worked out by hand, consistent?]
    ['trade-2006-unstated', 22.8, (8.36 / 6.8 - 1) * 100, true],
    ['trade-2007-unstated', 66, (13.8 / 8.36 - 1) * 100, true],
    ['trade-2023-cn-customs', 32, (41 / 31.2 - 1) * 100, true],
    ['trade-2022-kz-official', 34.1, (24.1 / 18 - 1) * 100, true],
  ])('%s: stated %f%, computed %f%', (id, stated, computed, consistent) => {
    const r = byId[id];
    expect(r?.statedPct).toBe(stated);
    expect(r?.computedPct).toBeCloseTo(computed, 10);
    expect(r?.check?.consistent).toBe(consistent);
  });

  it('keeps a stated rate without a comparable level, computing nothing', () => {
    const r = byId['trade-2007h1-unstated'];
    expect(r?.statedPct).toBe(60.4);
    expect(r?.prior).toBeNull();
    expect(r?.computedPct).toBeNull();
  });

  it('never computes growth across Chinese and Kazakh statistics', () => {
    for (const r of rows) {
      if (r.prior) {
        expect(statisticSide(r.prior.statistic)).toBe(statisticSide(r.observation.statistic));
      }
    }
    // 2010's Chinese 20.4 follows no Chinese 2009: no row. Its Kazakh 20.3 follows the Kazakh 9.4.
    expect(byId['trade-2010-cn-official']).toBeUndefined();
    expect(byId['trade-2010-kz-stat']?.prior?.id).toBe('trade-2009-kz-stat');
    expect(rows.some((r) => periodKey(r.observation.period) === '2010')).toBe(true);
  });

  it('returns rows in period order', () => {
    const years = rows.map((r) => r.observation.period.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('is empty for a series with no figures', () => {
    expect(growthReport({ ...chinaKazakhstan, observations: [] })).toEqual([]);
  });
});
