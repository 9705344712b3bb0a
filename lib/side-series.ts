import type { Dataset, Observation, SeriesId, Statistic } from '@/data/types';
import { statisticSide } from './format';
import { periodInterval } from './periods';
import { observationsOf, type Side } from './select';

/**
 * Which statistic stands for a side when it reports a year twice: the one the source names as
 * the agency's (customs, statistics office) before an official quoting a figure.
 */
export const STATISTIC_PREFERENCE: readonly Statistic[] = [
  'cn-customs',
  'cn-official',
  'kz-stat',
  'kz-official',
  'unstated',
];

/** The three sides in the order every table and chart lists them. */
export const SIDES: readonly Side[] = ['CN', 'KZ', 'unstated'];

/**
 * One annual observation per year for one side (CN, KZ or unstated), oldest first. When a side
 * has two statistics for a year, the one earlier in `STATISTIC_PREFERENCE` is kept. With `asOf`,
 * only years that ended on or before that instant are returned. Half-years and quarters are left
 * out. Empty when the side reports no year.
 *
 * @example annualBySide(d, 'trade-turnover', 'KZ').map((o) => o.period.year)
 * // → [2008, 2009, 2011, 2013, 2021, 2022]
 */
export function annualBySide(d: Dataset, series: SeriesId, side: Side, asOf?: Date): Observation[] {
  const byYear = new Map<number, Observation>();
  for (const o of observationsOf(d, series)) {
    if (o.period.type !== 'year' || statisticSide(o.statistic) !== side) continue;
    if (asOf && periodInterval(o.period).end.getTime() > asOf.getTime()) continue;
    const kept = byYear.get(o.period.year);
    const rank = (s: Statistic) => STATISTIC_PREFERENCE.indexOf(s);
    if (!kept || rank(o.statistic) < rank(kept.statistic)) byYear.set(o.period.year, o);
  }
  return [...byYear.values()].sort((a, b) => a.period.year - b.period.year);
}
