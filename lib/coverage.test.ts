import { describe, expect, it } from 'vitest';
import { seriesCoverage } from './coverage';
import { getDataset } from './datasets';

const d = getDataset();

describe('seriesCoverage', () => {
  it('covers 20 of the 25 years of trade, 7 of them with both sides', () => {
    const c = seriesCoverage(d, 'trade-turnover');
    expect(c.span).toEqual([2000, 2024]);
    expect(c.years).toHaveLength(20);
    expect(c.bothSides).toEqual([2010, 2013, 2018, 2021, 2022, 2023, 2024]);
  });

  it('counts only annual figures', () => {
    // Q1 2011, H1 2013, Jan–Apr 2017: no year of their own.
    const c = seriesCoverage(d, 'trade-turnover');
    expect(c.years).not.toContain(2017);
  });

  it('is empty for a series without figures', () => {
    expect(seriesCoverage({ ...d, observations: [] }, 'trade-turnover')).toEqual({
      series: 'trade-turnover',
      span: null,
      years: [],
      bySide: { CN: [], KZ: [], unstated: [] },
      bothSides: [],
    });
  });
});
