/**
 * Which years a series covers, per side: the numbers behind "17 of 25 years" and "3 years with
 * both sides".
 */
import type { Dataset, SeriesId } from '@/data/types';
import { statisticSide } from './format';
import { observationsOf, type Side } from './select';

/** Years with an annual figure, per side and in all, and the years both sides report. */
export interface SeriesCoverage {
  series: SeriesId;
  /** First to last year with an annual figure of any side; null without one. */
  span: [number, number] | null;
  /** Years with at least one annual figure of any side, ascending. */
  years: number[];
  bySide: Record<Side, number[]>;
  /** Years with both a Chinese and a Kazakh annual figure. */
  bothSides: number[];
}

/**
 * The annual coverage of a series: years with any figure, years per side, years with both a
 * Chinese and a Kazakh figure. Partial years do not count.
 *
 * @example seriesCoverage(d, 'trade-turnover').bothSides // → [2010, 2013, 2018, 2021, 2022, 2023, 2024]
 */
export function seriesCoverage(d: Dataset, series: SeriesId): SeriesCoverage {
  const bySide: Record<Side, Set<number>> = { CN: new Set(), KZ: new Set(), unstated: new Set() };
  for (const o of observationsOf(d, series)) {
    if (o.period.type === 'year') bySide[statisticSide(o.statistic)].add(o.period.year);
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  const years = sorted(new Set([...bySide.CN, ...bySide.KZ, ...bySide.unstated]));
  const first = years[0];
  const last = years.at(-1);
  return {
    series,
    span: first === undefined || last === undefined ? null : [first, last],
    years,
    bySide: { CN: sorted(bySide.CN), KZ: sorted(bySide.KZ), unstated: sorted(bySide.unstated) },
    bothSides: sorted(bySide.CN).filter((y) => bySide.KZ.has(y)),
  };
}
