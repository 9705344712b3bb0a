import type { Dataset, Observation, Period, SeriesId, Statistic, Target } from '@/data/types';
import { statisticSide } from './format';
import { comparePeriods, periodKey } from './periods';

/** Whose figures a chart line or table group shows: China's, Kazakhstan's, or unstated. */
export type Side = ReturnType<typeof statisticSide>;

/**
 * The observations of one series, ordered by period then statistic.
 *
 * @example observationsOf(d, 'trade-turnover').length // → every trade figure, 2000 first
 */
export function observationsOf(d: Dataset, series: SeriesId): Observation[] {
  return d.observations
    .filter((o) => o.series === series)
    .sort((a, b) => comparePeriods(a.period, b.period) || a.statistic.localeCompare(b.statistic));
}

/**
 * The one observation for a series, period and statistic (or any statistic of a side), or null.
 * When a side has several statistics for the period, the first in statistic order is returned.
 *
 * @example findObservation(d, 'trade-turnover', { type: 'year', year: 2006 }, 'unstated')?.value // → 8.36
 */
export function findObservation(
  d: Dataset,
  series: SeriesId,
  period: Period,
  whose: Statistic | Side,
): Observation | null {
  const key = periodKey(period);
  return (
    observationsOf(d, series).find(
      (o) =>
        periodKey(o.period) === key &&
        (o.statistic === whose || statisticSide(o.statistic) === whose),
    ) ?? null
  );
}

/**
 * Every actual reported for a target's period, one per statistic, for judging the target.
 * Empty for an open-ended target.
 *
 * @example actualsFor(d, target2008) // → [{ statistic: 'kz-official', value: 17.5, … }]
 */
export function actualsFor(d: Dataset, t: Target): Observation[] {
  const targetPeriod = t.period;
  if (!targetPeriod) return [];
  const key = periodKey(targetPeriod);
  return observationsOf(d, t.series).filter((o) => periodKey(o.period) === key);
}

/** The years from the first to the last annual observation of a series, gaps included. */
export function yearSpan(d: Dataset, series: SeriesId): number[] {
  const years = observationsOf(d, series)
    .filter((o) => o.period.type === 'year')
    .map((o) => o.period.year);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Looks a source up by id; the dataset's validation guarantees it exists. */
export function sourceOf(d: Dataset, id: string) {
  const s = d.sources.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source "${id}"`);
  return s;
}
